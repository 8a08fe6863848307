// Backup and restore: the demo organisation backed up and restored into a fresh database holds the same rows in every
// table, its audit chains verify, and new ids carry on after the restored ones. A damaged, cut-short or unchecked
// file, or a database that already holds records, is refused and leaves the target as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChains } from '../audit/verify-chain.js';
import { seedDemoIfEmpty } from '../seed/seed-demo.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { tableDigester, type Digests } from '../test/table-digests.js';
import { asOwner, createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { BackupError, checksumPath, writeChecksum } from './backup-file.js';
import { restoreBackup } from './restore-backup.js';
import { writeBackup } from './write-backup.js';

let source: TestApp;
let dir: string;
let file: string;
let summary: Awaited<ReturnType<typeof writeBackup>>;
const extraDatabases: TestDatabase[] = [];

async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  extraDatabases.push(db);
  return db;
}

/** Each table's row count and digest, so two databases can be compared table by table. */
async function tableDigests(db: TestDatabase): Promise<Digests> {
  const digester = await tableDigester(db.adminUrl, []);
  try {
    return await digester.digest();
  } finally {
    await digester.close();
  }
}

async function organisationCount(db: TestDatabase): Promise<number> {
  return asOwner(db, async (c) => Number((await c.query<{ n: string }>('SELECT count(*)::text AS n FROM organisations')).rows[0]?.n));
}

beforeAll(async () => {
  source = await createTestApp();
  expect(await seedDemoIfEmpty(source.db.adminUrl, source.db.pool, source.clock.now())).toBe(true);
  dir = await mkdtemp(path.join(os.tmpdir(), 'hearth-backup-'));
  file = path.join(dir, 'hearth.backup.gz');
  summary = await writeBackup(source.db.adminUrl, file, source.clock.now());
}, 180_000);

afterAll(async () => {
  for (const db of extraDatabases) await db.close();
  await source.close();
  await rm(dir, { recursive: true, force: true });
});

describe('backup then restore', () => {
  test('every table holds the same rows after a restore into a fresh database, and the audit chains verify', async () => {
    expect(summary.rows).toBeGreaterThan(100);
    expect(await readFile(checksumPath(file), 'utf8')).toBe(`${summary.sha256}  hearth.backup.gz\n`);

    const target = await freshDatabase();
    const restored = await restoreBackup(target.adminUrl, file);
    expect(restored.rows).toBe(summary.rows);
    expect(restored.audit.firstProblem).toBeNull();
    expect(restored.audit.entriesChecked).toBeGreaterThan(0);

    const before = await tableDigests(source.db);
    const after = await tableDigests(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect({ name, digest: after[name] }).toEqual({ name, digest: before[name] });
    expect(Object.values(before).filter((d) => !d.startsWith('0:')).length).toBeGreaterThan(20);
  }, 120_000);

  test('the restored database carries on: a new audit entry follows the restored ones in its chain', async () => {
    const target = await freshDatabase();
    await restoreBackup(target.adminUrl, file);
    await asOwner(target, async (c) => {
      const org = (await c.query<{ id: string }>('SELECT id FROM organisations LIMIT 1')).rows[0]?.id;
      const top = Number((await c.query<{ n: string }>('SELECT max(id)::text AS n FROM audit_log')).rows[0]?.n);
      await c.query('BEGIN');
      await c.query("SELECT set_config('hearth.org_id', $1, true)", [org]);
      const id = Number(
        (await c.query<{ id: string }>("SELECT hearth_audit_append($1::uuid, NULL, 'backup.test', 'organisation', $2, 'success', '{}')::text AS id", [org, org]))
          .rows[0]?.id,
      );
      await c.query('COMMIT');
      expect(id).toBeGreaterThan(top);
      expect((await verifyAuditChains(c)).firstProblem).toBeNull();
    });
  }, 120_000);
});

describe('the audit chain is checked after a restore', () => {
  test('an audit entry changed inside the backup is restored but reported, naming its chain', async () => {
    const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
    const start = lines.indexOf('["table","audit_log"]');
    const index = lines.findIndex((l, i) => i > start && l.includes('"action":"'));
    lines[index] = (lines[index] ?? '').replace(/"action":"[^"]*"/, '"action":"person.read"');
    const changed = path.join(dir, 'changed-audit.gz');
    await writeFile(changed, gzipSync(lines.join('\n')));
    await writeChecksum(changed);
    const target = await freshDatabase();
    const restored = await restoreBackup(target.adminUrl, changed);
    expect(restored.audit.firstProblem?.problem).toBe('hash_mismatch');
  }, 60_000);
});

describe('what backup refuses', () => {
  test('a folder that does not exist: a clear refusal and no file', async () => {
    const nowhere = path.join(dir, 'missing-folder', 'hearth.gz');
    await expect(writeBackup(source.db.adminUrl, nowhere, source.clock.now())).rejects.toThrow(/does not exist or is not writable/);
  });
});

describe('what restore refuses', () => {
  test('a database that already holds records is left as it was', async () => {
    await expect(restoreBackup(source.db.adminUrl, file)).rejects.toThrow(/already holds records/);
    expect(await organisationCount(source.db)).toBe(1);
  }, 60_000);

  test('a changed byte fails the checksum and nothing is restored', async () => {
    const damaged = path.join(dir, 'damaged.gz');
    const bytes = await readFile(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    await writeFile(damaged, bytes);
    await writeFile(checksumPath(damaged), await readFile(checksumPath(file)));
    const target = await freshDatabase();
    await expect(restoreBackup(target.adminUrl, damaged)).rejects.toThrow(BackupError);
    await expect(restoreBackup(target.adminUrl, damaged)).rejects.toThrow(/does not match its checksum/);
    expect(await organisationCount(target)).toBe(0);
  }, 60_000);

  test('a file without its checksum is not restored', async () => {
    const lone = path.join(dir, 'lone.gz');
    await writeFile(lone, await readFile(file));
    const target = await freshDatabase();
    await expect(restoreBackup(target.adminUrl, lone)).rejects.toThrow(/No checksum file/);
  }, 60_000);

  test('a file cut short (even with a checksum made after) rolls back, leaving the database empty', async () => {
    const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
    const cut = path.join(dir, 'cut.gz');
    await writeFile(cut, gzipSync(lines.slice(0, Math.floor(lines.length * 0.8)).join('\n') + '\n'));
    await writeChecksum(cut);
    const target = await freshDatabase();
    await expect(restoreBackup(target.adminUrl, cut)).rejects.toThrow(/incomplete/);
    expect(await organisationCount(target)).toBe(0);
  }, 60_000);

  test('a backup from a different schema is refused', async () => {
    const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as { migrations: number };
    lines[0] = JSON.stringify({ ...header, migrations: header.migrations + 1 });
    const newer = path.join(dir, 'newer.gz');
    await writeFile(newer, gzipSync(lines.join('\n')));
    await writeChecksum(newer);
    const target = await freshDatabase();
    await expect(restoreBackup(target.adminUrl, newer)).rejects.toThrow(/schema migrations/);
    expect(await organisationCount(target)).toBe(0);
  }, 60_000);
});
