// The care workers who record visits in the benchmark, each with the care worker role in one service (spread over
// the services in turn), and the smaller database the visit benchmark needs on its own: people and care workers.
import pg from 'pg';
import { seedOrganisation, seedPeople, type SeededOrganisation } from './seed-people.js';

export interface Carer {
  email: string;
  serviceId: string;
}

/** Adds `count` care workers to the organisation, signing in with the benchmark's password and no second factor. */
export async function seedCarers(client: pg.Client, org: SeededOrganisation, count: number): Promise<Carer[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    email: `carer${String(i + 1).padStart(3, '0')}@bench.example`,
    name: `Bench Care Worker ${i + 1}`,
    serviceId: org.serviceIds[i % org.serviceIds.length] as string,
  }));
  await client.query(
    `WITH added AS (
       INSERT INTO staff (organisation_id, email, name, password_hash)
       SELECT $1, r.email, r.name, $2 FROM unnest($3::text[], $4::text[]) AS r(email, name)
       RETURNING id, email)
     INSERT INTO staff_grants (organisation_id, staff_id, role, service_id)
     SELECT $1, a.id, 'care_worker', r.service_id FROM added a JOIN unnest($3::text[], $5::uuid[]) AS r(email, service_id) USING (email)`,
    [org.organisationId, org.passwordHash, rows.map((r) => r.email), rows.map((r) => r.name), rows.map((r) => r.serviceId)],
  );
  return rows.map(({ email, serviceId }) => ({ email, serviceId }));
}

/** Care workers for a database seeded already (the plans-and-packs run), in their own connection. */
export async function addCarers(adminUrl: string, org: SeededOrganisation, count: number): Promise<Carer[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const carers = await seedCarers(client, org, count);
    await client.query('VACUUM (ANALYZE) staff');
    await client.query('VACUUM (ANALYZE) staff_grants');
    return carers;
  } finally {
    await client.end();
  }
}

/** `--only visits`: the organisation, `people` people and `carers` care workers; no plans (a record then notes no plan version). */
export async function seedForVisits(
  adminUrl: string,
  people: number,
  carers: number,
): Promise<{ org: SeededOrganisation; carers: Carer[] }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    const org = await seedOrganisation(client);
    await seedPeople(client, org, people);
    const seeded = await seedCarers(client, org, carers);
    await client.query('COMMIT');
    for (const table of ['people', 'staff', 'staff_grants', 'services', 'organisations'])
      await client.query(`VACUUM (ANALYZE) ${table}`);
    return { org, carers: seeded };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
