// Every table's rows as one digest, read in a single query as the owner, so a test can show a request changed nothing.
import pg from 'pg';
import { listTables } from '../backup/write-backup.js';

export type Digests = Record<string, string>;

export interface TableDigester {
  digest(): Promise<Digests>;
  close(): Promise<void>;
}

/** `skip` names tables that change by design even when a request is refused; say why where it is called. */
export async function tableDigester(adminUrl: string, skip: readonly string[]): Promise<TableDigester> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const tables = (await listTables(client)).filter((name) => !skip.includes(name));
  const columns = tables.map((name) => {
    const table = pg.escapeIdentifier(name);
    return `(SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM ${table} t) AS ${table}`;
  });
  const query = `SELECT ${columns.join(', ')}`;
  return {
    async digest() {
      const row = (await client.query<Digests>(query)).rows[0];
      if (!row) throw new Error('the digest query returned no row');
      return row;
    },
    close: () => client.end(),
  };
}

/** The tables whose digest differs, each with its row count before and after. */
export function changedTables(before: Digests, after: Digests): string[] {
  return Object.keys(before)
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name} (rows ${before[name]?.split(':')[0] ?? '?'} → ${after[name]?.split(':')[0] ?? '?'})`);
}
