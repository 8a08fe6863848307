// Restores a backup into an empty database, all in one transaction (a failure leaves the database as it was), then
// walks every audit chain: a restore is reported good only when the restored audit log verifies.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { verifyAuditChains, type VerifyResult } from '../audit/verify-chain.js';
import { applyMigrations } from '../db/database.js';
import { BackupError, backupFormat, backupFormatVersion, verifyChecksum, type BackupHeader, type BackupMarker } from './backup-file.js';
import { appliedMigrations, listTables } from './write-backup.js';

const batchRows = 500;

export interface RestoreSummary {
  tables: number;
  rows: number;
  audit: VerifyResult;
}

function parseLine(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BackupError(`Line ${lineNumber} of the backup is not readable: the file is damaged`);
  }
}

function checkHeader(value: unknown): BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  if (header?.format !== backupFormat) throw new BackupError('This file is not a Hearth backup');
  if (header.version !== backupFormatVersion)
    throw new BackupError(`This backup is in format ${String(header.version)}; this version of Hearth reads format ${backupFormatVersion}`);
  return header as BackupHeader;
}

async function refuseUnlessEmpty(client: pg.ClientBase): Promise<void> {
  const r = await client.query<{ organisations: string; audit: string }>(
    'SELECT (SELECT count(*) FROM organisations)::text AS organisations, (SELECT count(*) FROM audit_log)::text AS audit',
  );
  const row = r.rows[0];
  if (row && (row.organisations !== '0' || row.audit !== '0'))
    throw new BackupError('The database already holds records: a backup is restored only into an empty database, so nothing is overwritten');
}

export async function restoreBackup(adminUrl: string, file: string): Promise<RestoreSummary> {
  await verifyChecksum(file);
  await applyMigrations(adminUrl);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await refuseUnlessEmpty(client);
    let header: BackupHeader | null = null;
    let table: string | null = null;
    let batch: string[] = [];
    const restoredRows = new Map<string, number>();
    let ended = false;
    let lineNumber = 0;

    const flush = async () => {
      if (table === null || batch.length === 0) return;
      const name = pg.escapeIdentifier(table);
      await client.query(`INSERT INTO ${name} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${name}, $1::json)`, [
        `[${batch.join(',')}]`,
      ]);
      restoredRows.set(table, (restoredRows.get(table) ?? 0) + batch.length);
      batch = [];
    };

    await client.query('BEGIN');
    // Replica mode: the append-only and audit triggers do not fire, so rows (and the audit hashes) land as they were.
    await client.query("SET LOCAL session_replication_role = 'replica'");
    // Made just before it is read: lines emitted before iteration starts would be lost.
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const text of lines) {
      lineNumber++;
      if (ended) throw new BackupError('The backup goes on after its end marker: the file is damaged');
      if (header === null) {
        header = checkHeader(parseLine(text, lineNumber));
        const migrations = await appliedMigrations(client);
        if (header.migrations !== migrations)
          throw new BackupError(
            `The backup was made with ${header.migrations} schema migrations and this Hearth has ${migrations}: restore it with the version of Hearth that made it`,
          );
        const tables = await listTables(client);
        const named = header.tables.map((t) => t.name);
        if (tables.join() !== [...named].sort().join())
          throw new BackupError('The backup\u2019s tables do not match this database\u2019s: restore it with the version of Hearth that made it');
        // Migrations may have put reference rows in; the backup holds them as they were, so they are replaced.
        await client.query(`TRUNCATE ${tables.map((t) => pg.escapeIdentifier(t)).join(', ')}`);
        continue;
      }
      if (text.startsWith('{')) {
        if (table === null) throw new BackupError(`Line ${lineNumber} of the backup is outside any table: the file is damaged`);
        batch.push(text);
        if (batch.length >= batchRows) await flush();
        continue;
      }
      await flush();
      const marker = parseLine(text, lineNumber) as BackupMarker;
      if (!Array.isArray(marker)) throw new BackupError(`Line ${lineNumber} of the backup is not readable: the file is damaged`);
      switch (marker[0]) {
        case 'table': {
          const name = marker[1];
          if (!header.tables.some((t) => t.name === name)) throw new BackupError(`The backup names a table it did not list: ${name}`);
          table = name;
          break;
        }
        case 'sequences':
          table = null;
          for (const s of marker[1]) await client.query("SELECT setval(format('%I', $1::text)::regclass, $2::bigint, $3)", [s.name, s.lastValue, s.isCalled]);
          break;
        case 'end':
          table = null;
          ended = true;
          break;
        default:
          throw new BackupError(`Line ${lineNumber} of the backup is not readable: the file is damaged`);
      }
    }
    if (header === null || !ended) throw new BackupError('The backup is incomplete (it has no end marker), so nothing was restored');
    for (const t of header.tables) {
      const restored = restoredRows.get(t.name) ?? 0;
      if (restored !== t.rows) throw new BackupError(`The backup lists ${t.rows} rows of ${t.name} but holds ${restored}: nothing was restored`);
    }
    await client.query('COMMIT');
    const audit = await verifyAuditChains(client);
    const rows = [...restoredRows.values()].reduce((a, b) => a + b, 0);
    return { tables: header.tables.length, rows, audit };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
