import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import pg from 'pg';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner, type TestDatabase } from '../test/test-database.js';
import { verifyAuditChains } from './verify-chain.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  const person = (await senior.post('/api/people', personBody(org.homecareId))).json();
  for (let i = 0; i < 5; i++) await senior.get(`/api/people/${person.id}`);
});
afterAll(() => t.close());

const verify = (db: TestDatabase) => asOwner(db, (c) => verifyAuditChains(c));

/** Tampering as someone with the owner's rights would: switching the append-only trigger off first. */
async function tamper(db: TestDatabase, sql: string, params: unknown[] = []): Promise<void> {
  await asOwner(db, async (c) => {
    await c.query('BEGIN');
    await c.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await c.query(sql, params);
    await c.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    await c.query('COMMIT');
  });
}

describe('the audit chain', () => {
  let fresh: TestApp;
  beforeEach(async () => {
    fresh = await createTestApp();
    const o = await buildOrganisation(fresh.db);
    const a = await signInAs(fresh.app, await buildStaff(fresh.db, o, { role: 'senior_care_worker' }));
    const p = (await a.post('/api/people', personBody(o.homecareId))).json();
    for (let i = 0; i < 4; i++) await a.get(`/api/people/${p.id}`);
    return () => fresh.close();
  });

  test('an untouched log verifies', async () => {
    const result = await verify(fresh.db);
    expect(result.firstProblem).toBeNull();
    expect(result.entriesChecked).toBeGreaterThanOrEqual(6);
  });

  test('a changed row is named', async () => {
    const target = await asOwner(fresh.db, (c) => c.query("SELECT id FROM audit_log WHERE action = 'person.read' ORDER BY id LIMIT 1 OFFSET 1"));
    const id = Number(target.rows[0].id);
    await tamper(fresh.db, `UPDATE audit_log SET detail = '{"version": 99}' WHERE id = $1`, [id]);
    expect((await verify(fresh.db)).firstProblem).toMatchObject({ entryId: id, problem: 'hash_mismatch' });
  });

  test('a removed row breaks the chain at the next entry', async () => {
    const rows = await asOwner(fresh.db, (c) => c.query("SELECT id FROM audit_log WHERE action = 'person.read' ORDER BY id"));
    await tamper(fresh.db, 'DELETE FROM audit_log WHERE id = $1', [rows.rows[1].id]);
    expect((await verify(fresh.db)).firstProblem).toMatchObject({ entryId: Number(rows.rows[2].id), problem: 'sequence_gap' });
  });

  test('removing the newest row is caught by the chain head', async () => {
    await tamper(fresh.db, 'DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
    expect((await verify(fresh.db)).firstProblem).toMatchObject({ problem: 'head_mismatch' });
  });

  test('an inserted row is caught, even with a correctly computed hash of its own', async () => {
    await tamper(fresh.db, `
      UPDATE audit_log SET chain_seq = chain_seq + 1000 WHERE organisation_id IS NOT NULL AND chain_seq >= 3;
      UPDATE audit_log SET chain_seq = chain_seq - 999 WHERE organisation_id IS NOT NULL AND chain_seq >= 1000;
      INSERT INTO audit_log (organisation_id, chain_seq, at, actor_id, action, outcome, detail, prev_hash, hash)
      SELECT organisation_id, 3, now(), actor_id, 'person.read', 'success', '{}', hash, 'forged'
      FROM audit_log WHERE organisation_id IS NOT NULL AND chain_seq = 2`);
    const problem = (await verify(fresh.db)).firstProblem;
    expect(problem?.chainSeq).toBe(3);
  });

  test('the application role cannot change or remove audit rows', async () => {
    const client = await fresh.db.pool.connect();
    try {
      await expect(client.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/permission denied/);
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      await expect(client.query(
        "INSERT INTO audit_log (chain_seq, at, action, outcome, prev_hash, hash) VALUES (1, now(), 'x', 'success', '', '')",
      )).rejects.toThrow(/permission denied/);
    } finally {
      client.release();
    }
  });

  test('even the owner cannot change a row while the trigger stands', async () => {
    await expect(asOwner(fresh.db, (c) => c.query("UPDATE audit_log SET action = 'x'"))).rejects.toThrow(/not allowed/);
    await expect(asOwner(fresh.db, (c) => c.query('TRUNCATE audit_log'))).rejects.toThrow(/not allowed/);
  });
});

describe('any single changed field of any row is detected', () => {
  test('property: tampering with a random row and column is caught', async () => {
    const rows = (await asOwner(t.db, (c) => c.query('SELECT id FROM audit_log ORDER BY id'))).rows.map((r) => Number(r.id));
    const columns = ['action', 'resource_id', 'outcome', 'actor_id', 'at', 'detail'] as const;
    const values: Record<(typeof columns)[number], string> = {
      action: "'person.update'", resource_id: "'someone-else'", outcome: "'refused'",
      actor_id: "gen_random_uuid()", at: "at + interval '1 second'", detail: `'{"forged": true}'`,
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...rows), fc.constantFrom(...columns), async (id, column) => {
        await asOwner(t.db, async (c) => {
          await c.query('BEGIN');
          await c.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
          await c.query(`UPDATE audit_log SET ${column} = ${values[column]} WHERE id = $1`, [id]);
          const result = await verifyAuditChains(c, { insideTransaction: true });
          await c.query('ROLLBACK');
          expect(result.firstProblem).toMatchObject({ entryId: id, problem: 'hash_mismatch' });
        });
      }),
      { numRuns: 25 },
    );
    expect((await verify(t.db)).firstProblem).toBeNull();
  });
});

describe('npm run audit:verify', () => {
  const run = promisify(execFile);
  const cli = path.resolve(import.meta.dirname, '../cli/audit-verify.ts');
  const tsx = path.resolve(import.meta.dirname, '../../../../node_modules/.bin/tsx');

  test('exits 0 on a good chain and non-zero naming the first bad entry', async () => {
    const env = { ...process.env, DATABASE_URL: t.db.adminUrl };
    const good = await run(tsx, [cli], { env });
    expect(good.stdout).toMatch(/verified: \d+ entries/);
    const target = Number((await asOwner(t.db, (c) => c.query("SELECT id FROM audit_log WHERE action = 'person.read' ORDER BY id LIMIT 1"))).rows[0].id);
    await tamper(t.db, `UPDATE audit_log SET outcome = 'refused' WHERE id = $1`, [target]);
    const bad = await run(tsx, [cli], { env }).then(() => null, (e: unknown) => e as { code: number; stderr: string });
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toContain(`at entry id ${target}`);
  });
});

test('row-level security: the application role sees only the organisation it acts for, with no filter in the query', async () => {
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const otherSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
  await otherSenior.post('/api/people', personBody(other.homecareId));
  const client = new pg.Client({ connectionString: (t.db.pool as unknown as { options: { connectionString: string } }).options.connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('hearth.org_id', $1, true)", [org.id]);
    const people = await client.query('SELECT DISTINCT organisation_id FROM people');
    expect(people.rows.map((r) => r.organisation_id)).toEqual([org.id]);
    const audit = await client.query('SELECT DISTINCT organisation_id FROM audit_log');
    expect(audit.rows.map((r) => r.organisation_id)).toEqual([org.id]);
    await expect(client.query(
      "INSERT INTO services (organisation_id, name, kind) VALUES ($1, 'Sneaky', 'homecare')", [other.id],
    )).rejects.toThrow(/row-level security/);
    await client.query('ROLLBACK');
    // With no organisation set, nothing at all is visible.
    expect((await client.query('SELECT count(*)::int AS n FROM people')).rows[0].n).toBe(0);
  } finally {
    await client.end();
  }
});
