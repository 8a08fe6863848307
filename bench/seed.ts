// Fills the benchmark database: one organisation, its people and their plan versions, then vacuums and
// analyses the tables as autovacuum would have done on a database that had been in use for a while.
import pg from 'pg';
import { seedOrganisation, seedPeople, type SeededOrganisation } from './seed-people.js';
import { seedPlans, type PackCandidate } from './seed-plans.js';

export interface SeededData {
  org: SeededOrganisation;
  personIds: string[];
  /** Longer plans among the people, from which the pack benchmark picks the one printing closest to 20 pages. */
  packCandidates: PackCandidate[];
}

const candidateDetails = [0.7, 0.75, 0.8, 0.8, 0.85, 0.9];

export async function seed(adminUrl: string, people: number, progress: (message: string) => void): Promise<SeededData> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Only the seeding session skips waiting for the disk; the measured requests commit as Hearth always does.
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    const org = await seedOrganisation(client);
    const personIds = await seedPeople(client, org, people);
    progress(`people: ${personIds.length}`);
    const packCandidates = candidateDetails
      .slice(0, Math.max(0, personIds.length - 1))
      .map((detail, i) => ({ personId: personIds[i] as string, detail }));
    await seedPlans(client, org, personIds, packCandidates, progress);
    await client.query('COMMIT');
    for (const table of ['people', 'care_plans', 'care_plan_versions', 'staff', 'staff_grants', 'services', 'organisations']) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    progress('vacuumed and analysed');
    return { org, personIds, packCandidates };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The size of what was seeded, as PostgreSQL stores it (content is compressed and kept out of line). */
export async function seededSize(adminUrl: string): Promise<{ versions: number; versionsTable: string; averageContent: string }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ versions: string; table_size: string; average_content: string }>(
      `SELECT count(*) AS versions, pg_size_pretty(pg_total_relation_size('care_plan_versions')) AS table_size,
         pg_size_pretty(avg(pg_column_size(content))::bigint) AS average_content FROM care_plan_versions`,
    );
    const row = rows[0];
    return {
      versions: Number(row?.versions ?? 0),
      versionsTable: row?.table_size ?? '?',
      averageContent: row?.average_content ?? '?',
    };
  } finally {
    await client.end();
  }
}
