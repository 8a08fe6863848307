// Writes a consistent backup of Hearth's database: every table read in one snapshot, so the file is one moment's
// state even while Hearth goes on writing. Runs as the owner, which row-level security does not filter.
import { createWriteStream } from 'node:fs';
import { constants } from 'node:fs';
import { access, rename } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { BackupError, backupFormat, backupFormatVersion, writeChecksum, type BackupHeader, type BackupMarker, type SequenceState } from './backup-file.js';

const batchRows = 1000;

export interface BackupSummary {
  file: string;
  sha256: string;
  tables: number;
  rows: number;
}

export async function listTables(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return result.rows.map((r) => r.name);
}

export async function appliedMigrations(client: pg.ClientBase): Promise<number> {
  const result = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations');
  return Number(result.rows[0]?.n ?? 0);
}

async function sequenceStates(client: pg.ClientBase): Promise<SequenceState[]> {
  const result = await client.query<{ name: string; last_value: string | null; is_called: boolean }>(
    `SELECT sequencename AS name, last_value::text, last_value IS NOT NULL AS is_called
       FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  // A sequence never used has no last value: restoring it as "not called" at its start gives the same next id.
  return result.rows.map((r) => ({ name: r.name, lastValue: r.last_value ?? '1', isCalled: r.is_called }));
}

/** Writes FILE (via FILE.partial, renamed only when complete) and FILE.sha256. */
export async function writeBackup(adminUrl: string, file: string, now: Date): Promise<BackupSummary> {
  try {
    await access(path.dirname(file), constants.W_OK);
  } catch {
    throw new BackupError(`Cannot write to the folder ${path.dirname(file)}: it does not exist or is not writable, so no backup was made`);
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const partial = `${file}.partial`;
  const lines = new PassThrough();
  const written = pipeline(lines, createGzip({ level: 6 }), createWriteStream(partial));
  // Watched from the start: a write failure (a full disk) must not go unhandled while rows are still being read.
  written.catch(() => undefined);
  const put = async (line: BackupHeader | BackupMarker | string) => {
    if (!lines.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`)) await once(lines, 'drain');
  };
  let rows = 0;
  let tableCount = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(client);
    tableCount = tables.length;
    const counts: BackupHeader['tables'] = [];
    for (const name of tables) {
      const r = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${pg.escapeIdentifier(name)}`);
      counts.push({ name, rows: Number(r.rows[0]?.n ?? 0) });
    }
    const header: BackupHeader = {
      format: backupFormat,
      version: backupFormatVersion,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(client),
      tables: counts,
    };
    await put(header);
    for (const name of tables) {
      await put(['table', name]);
      await client.query(`DECLARE hearth_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${pg.escapeIdentifier(name)} t`);
      for (;;) {
        const batch = await client.query<{ line: string }>(`FETCH ${batchRows} FROM hearth_backup`);
        for (const row of batch.rows) await put(row.line);
        rows += batch.rows.length;
        if (batch.rows.length < batchRows) break;
      }
      await client.query('CLOSE hearth_backup');
    }
    await put(['sequences', await sequenceStates(client)]);
    await put(['end', { tables: tableCount, rows }]);
    await client.query('COMMIT');
    lines.end();
    await written;
  } catch (error) {
    lines.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  await rename(partial, file);
  const sha256 = await writeChecksum(file);
  return { file, sha256, tables: tableCount, rows };
}
