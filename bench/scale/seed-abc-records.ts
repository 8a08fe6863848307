// ABC records for the people with behaviour support: one person in 50, about 100 records each spread over the
// last year, written in one INSERT … SELECT by the care workers of the person's service.
import type pg from 'pg';
import { abcBodyTemplates, behaviours } from './abc-templates.js';
import { createCarerTable, recordDays, type StaffInService } from './seed-visit-records.js';

export const abcShare = 50;
export const abcRecordsEach = 100;
const templateCount = 40;

/** The people with behaviour support: every 50th in the order given. */
export const abcPeopleOf = <T>(people: readonly T[]): T[] => people.filter((_, i) => i % abcShare === 0);

export async function seedAbcRecords(client: pg.Client, personIds: readonly string[], carers: readonly StaffInService[]): Promise<number> {
  await client.query('CREATE TEMP TABLE bench_abc_templates (n int PRIMARY KEY, body jsonb NOT NULL)');
  const templates = abcBodyTemplates(templateCount).map((t) => JSON.stringify(t));
  await client.query('INSERT INTO bench_abc_templates SELECT * FROM unnest($1::int[], $2::jsonb[])', [templates.map((_, n) => n), templates]);
  await createCarerTable(client, carers);
  const result = await client.query(
    `INSERT INTO abc_records (organisation_id, service_id, person_id, client_id, occurred_at, behaviour, intensity, duration_minutes,
       restrictive_intervention_used, body, recorded_by, recorded_at)
     SELECT p.organisation_id, p.service_id, p.id, gen_random_uuid(), o.at, ($3::text[])[1 + (h.h % array_length($3::text[], 1))::int],
       1 + (h.h % 5)::int, 5 + (h.h % 40)::int, false, t.body, c.staff_id, o.at + interval '30 minutes'
     FROM people p
     CROSS JOIN generate_series(1, $2::int) AS k(n)
     CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || 'abc' || k.n::text)::bigint) AS h) h
     CROSS JOIN LATERAL (SELECT now() - make_interval(days => (k.n * ${recordDays} / $2::int)::int, mins => (h.h % 720)::int) AS at) o
     JOIN bench_abc_templates t ON t.n = h.h % ${templateCount}
     JOIN bench_carers c ON c.service_id = p.service_id AND c.k = h.h % c.in_service
     WHERE p.id = ANY($1::uuid[])`,
    [personIds, abcRecordsEach, behaviours],
  );
  await client.query('DROP TABLE bench_abc_templates');
  return result.rowCount ?? 0;
}
