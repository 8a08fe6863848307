// A year of daily records: one visit (home care) or shift (care home) record per person per day for the 365 days
// before today, written on the server with INSERT … SELECT over generate_series, a month of days per statement. Each
// record's content is one of a set of compact templates, chosen by a hash of the person and the day, and its author
// one of the care workers of the person's service.
import type pg from 'pg';
import { visitContentTemplates } from './visit-templates.js';

export const recordDays = 365;
const templateCount = 200;
const daysPerStatement = 30;

export interface StaffInService {
  id: string;
  serviceId: string;
}

/** Writes the records as the owner; answers how many were written. */
export async function seedVisitRecords(
  client: pg.Client,
  carers: readonly StaffInService[],
  planVersion: number,
  progress: (message: string) => void,
): Promise<number> {
  await client.query('CREATE TEMP TABLE bench_visit_templates (n int PRIMARY KEY, content jsonb NOT NULL)');
  const templates = visitContentTemplates(templateCount).map((t) => JSON.stringify(t));
  await client.query('INSERT INTO bench_visit_templates SELECT * FROM unnest($1::int[], $2::jsonb[])', [
    templates.map((_, n) => n),
    templates,
  ]);
  await createCarerTable(client, carers);
  let written = 0;
  for (let first = 1; first <= recordDays; first += daysPerStatement) {
    const last = Math.min(recordDays, first + daysPerStatement - 1);
    const result = await client.query(
      `INSERT INTO visit_records (organisation_id, service_id, person_id, client_id, kind, visit_label, planned_for, arrived_at, left_at,
         plan_version, content, recorded_by, recorded_at)
       SELECT p.organisation_id, p.service_id, p.id, gen_random_uuid(),
         CASE WHEN s.kind = 'care_home' THEN 'shift' ELSE 'visit' END,
         CASE WHEN s.kind = 'care_home' THEN 'Day shift' ELSE 'Morning visit' END,
         CASE WHEN s.kind = 'care_home' THEN NULL ELSE a.arrived - make_interval(mins => (h.h % 30)::int) END,
         a.arrived, a.arrived + make_interval(mins => 15 + (h.h % 45)::int), $3::int, t.content, c.staff_id,
         a.arrived + make_interval(mins => 20 + (h.h % 45)::int)
       FROM people p
       JOIN services s ON s.id = p.service_id
       CROSS JOIN generate_series($1::int, $2::int) AS d(ago)
       CROSS JOIN LATERAL (SELECT abs(hashtext(p.id::text || d.ago::text)::bigint) AS h) h
       CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - make_interval(days => d.ago) + make_interval(mins => 420 + (h.h % 600)::int) AS arrived) a
       JOIN bench_visit_templates t ON t.n = h.h % ${templateCount}
       JOIN bench_carers c ON c.service_id = p.service_id AND c.k = h.h % c.in_service
       WHERE p.status = 'active'`,
      [first, last, planVersion],
    );
    written += result.rowCount ?? 0;
    progress(`visit records: days ${first}–${last} of ${recordDays} ago, ${written.toLocaleString('en-GB')} written`);
  }
  await client.query('DROP TABLE bench_visit_templates');
  return written;
}

/** The care workers of each service numbered 0 … n-1 within it, so a hash picks one of the person's service. */
export async function createCarerTable(client: pg.Client, carers: readonly StaffInService[]): Promise<void> {
  await client.query('DROP TABLE IF EXISTS bench_carers');
  await client.query('CREATE TEMP TABLE bench_carers (service_id uuid, k int, in_service int, staff_id uuid, PRIMARY KEY (service_id, k))');
  await client.query(
    `INSERT INTO bench_carers
     SELECT service_id, (row_number() OVER (PARTITION BY service_id ORDER BY staff_id) - 1)::int,
            (count(*) OVER (PARTITION BY service_id))::int, staff_id
     FROM unnest($1::uuid[], $2::uuid[]) AS c(staff_id, service_id)`,
    [carers.map((c) => c.id), carers.map((c) => c.serviceId)],
  );
}
