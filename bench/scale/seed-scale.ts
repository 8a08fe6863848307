// Fills one size's database for the scale benchmark, as the owner and in bulk: the organisation and its people
// (two home care services and a care home), five plan versions each, 50 care workers, a registered manager with a
// known authenticator secret, a year of daily records and the ABC records of the people with behaviour support;
// then vacuums and analyses what was written, as autovacuum would have on a database in use.
import pg from 'pg';
import { newTotpSecret } from '../../packages/server/src/auth/totp.js';
import { seedCarers } from '../seed-carers.js';
import { seedOrganisation, seedPeople, type SeededOrganisation } from '../seed-people.js';
import { seedPlans, versionsPerPerson } from '../seed-plans.js';
import { abcPeopleOf, seedAbcRecords } from './seed-abc-records.js';
import { seedVisitRecords, type StaffInService } from './seed-visit-records.js';

/** At least as many as the care workers recording visits at once in the 50-at-once scenario. */
export const carerCount = 50;

export interface ScalePerson {
  id: string;
  serviceId: string;
  kind: 'visit' | 'shift';
  legalName: string;
}

export interface ScaleCarer extends StaffInService {
  email: string;
}

export interface ScaleData {
  org: SeededOrganisation;
  people: ScalePerson[];
  carers: ScaleCarer[];
  manager: { id: string; email: string; totpSecret: string };
  abcPeople: string[];
  counts: { visitRecords: number; abcRecords: number };
}

export const seededTables = [
  'organisations',
  'services',
  'staff',
  'staff_grants',
  'people',
  'care_plans',
  'care_plan_versions',
  'visit_records',
  'abc_records',
] as const;

export async function seedScale(adminUrl: string, size: number, progress: (message: string) => void): Promise<ScaleData> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Only the seeding session skips waiting for the disk; the measured requests commit as Hearth always does.
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    const org = await seedOrganisation(client);
    const personIds = await seedPeople(client, org, size);
    progress(`people: ${personIds.length.toLocaleString('en-GB')}`);
    await seedPlans(client, org, personIds, [], progress);
    const seeded = await seedCarers(client, org, carerCount);
    const totpSecret = newTotpSecret();
    const manager = (
      await client.query<{ email: string }>('UPDATE staff SET totp_secret = $2 WHERE id = $1 RETURNING email', [org.manager.id, totpSecret])
    ).rows[0];
    if (!manager) throw new Error('the seeded manager is missing');
    await client.query('COMMIT');

    const carerIds = new Map(
      (
        await client.query<{ id: string; email: string }>('SELECT id, email FROM staff WHERE email = ANY($1::text[])', [seeded.map((c) => c.email)])
      ).rows.map((r) => [r.email, r.id]),
    );
    const carers = seeded.map((c) => ({ ...c, id: carerIds.get(c.email) ?? '' }));
    const visitRecords = await seedVisitRecords(client, carers, versionsPerPerson, progress);
    const abcPeople = abcPeopleOf(personIds);
    const abcRecords = await seedAbcRecords(client, abcPeople, carers);
    progress(`ABC records: ${abcRecords.toLocaleString('en-GB')} for ${abcPeople.length} people with behaviour support`);
    for (const table of seededTables) await client.query(`VACUUM (ANALYZE) ${table}`);
    progress('vacuumed and analysed');
    const people = (
      await client.query<{ id: string; service_id: string; kind: string; legal_name: string }>(
        'SELECT p.id, p.service_id, s.kind, p.legal_name FROM people p JOIN services s ON s.id = p.service_id ORDER BY p.id',
      )
    ).rows.map((r) => ({ id: r.id, serviceId: r.service_id, kind: r.kind === 'care_home' ? ('shift' as const) : ('visit' as const), legalName: r.legal_name }));
    return { org, people, carers, manager: { id: org.manager.id, email: manager.email, totpSecret }, abcPeople, counts: { visitRecords, abcRecords } };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export interface TableSize {
  table: string;
  rows: number;
  /** Table, its TOAST and its indexes. */
  bytes: number;
}

/** Rows and stored size of each table named, as the owner sees them. */
export async function tableSizes(adminUrl: string, tables: readonly string[]): Promise<TableSize[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const sizes: TableSize[] = [];
    for (const table of tables) {
      const row = (
        await client.query<{ rows: string; bytes: string }>(
          `SELECT (SELECT count(*) FROM ${pg.escapeIdentifier(table)}) AS rows, pg_total_relation_size($1::regclass) AS bytes`,
          [table],
        )
      ).rows[0];
      sizes.push({ table, rows: Number(row?.rows ?? 0), bytes: Number(row?.bytes ?? 0) });
    }
    return sizes;
  } finally {
    await client.end();
  }
}
