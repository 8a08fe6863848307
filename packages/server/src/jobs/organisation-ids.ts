// The one place the server lists organisations: for the nightly job only, over a short-lived owner connection that
// reads nothing but ids. The request path (the hearth_app pool) cannot list organisations; see docs/ARCHITECTURE.md.
import pg from 'pg';

export async function organisationIds(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<{ id: string }>('SELECT id FROM organisations ORDER BY id')).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
