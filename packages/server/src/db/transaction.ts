// Runs work in one transaction acting for one organisation, so row-level security scopes every query in it.
import type pg from 'pg';

export type Tx = pg.PoolClient;

export async function inTransaction<T>(pool: pg.Pool, organisationId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (organisationId !== null) await actFor(client, organisationId);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Switches an open transaction to act for an organisation (sign-in learns it part-way). */
export async function actFor(tx: Tx, organisationId: string): Promise<void> {
  await tx.query("SELECT set_config('hearth.org_id', $1, true)", [organisationId]);
}
