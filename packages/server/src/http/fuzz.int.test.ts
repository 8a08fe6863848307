// Input fuzzing from the OpenAPI document: every operation with path, query or body inputs receives malformed and
// hostile values made from its own schemas, signed in as each staff role in turn (and as an outside reader of the
// shared record for /api/shared). Nothing may answer 5xx or show a stack trace or database detail; every malformed
// value must be refused; and a batch of refused requests must leave every table as it was.
//
// Cases are fixed (no randomness): the same schemas give the same requests on every run. Roles take turns across
// cases rather than each role sending every case, which keeps the file to seconds; validation runs before access
// checks, so the malformed cases meet every role's session along the way.
import { recordParts, staffRoles, type StaffRole } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../config.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { fuzzCases, hasInputs, operationsOf, type FuzzCase, type IdFor, type Operation } from '../test/openapi-fuzz.js';
import { buildContact, buildExternalAccount, decideSharing, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { changedTables, tableDigester, type Digests, type TableDigester } from '../test/table-digests.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { buildApp } from './app.js';

/** The document the cases are made from, read from an app with no database before any test is collected. */
async function openApiDocument(): Promise<unknown> {
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  const app = await buildApp({ pool, config: loadConfig({ NODE_ENV: 'test' }), databaseMode: 'external', version: 'test', now: () => new Date() }, { logger: false });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await pool.end();
  }
}

const operations = operationsOf(await openApiDocument()).filter(hasInputs);

/**
 * Tables that change by design when a request is refused, left out of the "nothing changed" check:
 * - audit_log, audit_chain_heads: every refusal of a person's record is itself audited (who tried, what, why refused);
 * - sessions, external_sessions: every signed-in request, refused or not, moves the session's idle timer.
 */
const changedByRefusal = ['audit_log', 'audit_chain_heads', 'sessions', 'external_sessions'];

/** Stack frames, source paths and PostgreSQL's own wording: none may reach a response. */
const internalDetail = /node_modules|\.[cm]?[jt]s:\d+|\n\s+at |\bat [\w$.<>]+ \(|syntax error at or near|relation "|violates|invalid input syntax|duplicate key|SQLSTATE|\bpg_[a-z]/i;

type Who = StaffRole | 'shared_reader';

let t: TestApp;
let org: TestOrganisation;
let digester: TableDigester | undefined;
let lastDigest: Digests;
const agents = new Map<Who, Agent>();
let personId = '';
let contactId = '';
let targetStaffId = '';
let careWorkerId = '';
const tally = { malformed: 0, hostile: 0, hostileAccepted: 0 };

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  for (const role of staffRoles) {
    const serviceId = role === 'quality_lead' || role === 'administrator' ? null : org.homecareId;
    const staff = await buildStaff(t.db, org, { role, serviceId });
    if (role === 'care_worker') careWorkerId = staff.id;
    agents.set(role, await signInAs(t.app, staff, t.clock.now));
  }
  const created = await agents.get('senior_care_worker')!.post('/api/people', personBody(org.homecareId));
  if (created.statusCode !== 201) throw new Error(`person set-up failed: ${created.body}`);
  personId = created.json<{ id: string }>().id;
  targetStaffId = (await buildStaff(t.db, org)).id;
  // The outside reader's contact sees every part of the record; staff routes work on another contact, so a hostile
  // but valid "revoke" cannot cut the reader off halfway through.
  const readerContact = await buildContact(t.db, org, { personId, createdBy: careWorkerId, name: 'Fuzz Reader' });
  await decideSharing(t.db, org, { personId, contactId: readerContact.id, recordedBy: careWorkerId, parts: recordParts });
  const email = uniqueEmail('reader');
  await buildExternalAccount(t.db, org, { email, name: 'Fuzz Reader', createdBy: careWorkerId, target: { contactId: readerContact.id } });
  agents.set('shared_reader', await signInShared(t.app, email));
  contactId = (await buildContact(t.db, org, { personId, createdBy: careWorkerId, name: 'Fuzz Contact' })).id;
  digester = await tableDigester(t.db.adminUrl, changedByRefusal);
  lastDigest = await digester.digest();
}, 60_000);

afterAll(async () => {
  await digester?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set-up may have failed before the app existed
  await t?.close();
});

/** Real ids by parameter or field name, so that cases reach past "not found" into the handlers. */
const idFor: IdFor = (name, path) => {
  if (name === 'id') {
    if (path.startsWith('/api/people/')) return personId;
    if (path.startsWith('/api/services/')) return org.homecareId;
    if (path.startsWith('/api/staff/')) return targetStaffId;
    return undefined;
  }
  if (name === 'personId' || name === 'personIds') return personId;
  if (name === 'serviceId') return org.homecareId;
  if (name === 'contactId') return contactId;
  if (name === 'ownerId' || name === 'staffId') return careWorkerId;
  if (name === 'key') return 'toolkit';
  return undefined;
};

const staffTurns: Who[] = [...staffRoles];
const sharedTurns: Who[] = staffRoles.flatMap((role): Who[] => ['shared_reader', role]);

async function send(op: Operation, c: FuzzCase, who: Who): Promise<LightMyRequestResponse> {
  const agent = agents.get(who)!;
  const headers: Record<string, string> = { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken };
  const method = op.method as 'GET' | 'POST' | 'PUT';
  if ('none' in c.body) return t.app.inject({ method, url: c.url, headers });
  if ('raw' in c.body) return t.app.inject({ method, url: c.url, headers: { ...headers, 'content-type': c.body.contentType }, payload: c.body.raw });
  return t.app.inject({ method, url: c.url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(c.body.json) });
}

/** What is wrong with a response, if anything: a 5xx, a refusal that is not problem+json, or internal detail shown. */
function problemWith(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}`;
  const type = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 400 && !type.includes('application/problem+json')) return `refused without problem+json (${type})`;
  if ((res.statusCode >= 400 || /json|text|csv/.test(type)) && internalDetail.test(res.body)) return `shows internal detail: ${internalDetail.exec(res.body)?.[0] ?? ''}`;
  return null;
}

/** Runs a batch and says what went wrong; `mustRefuse` makes any acceptance a finding of its own. */
async function runBatch(op: Operation, cases: FuzzCase[], turn: number, mustRefuse: boolean): Promise<{ findings: string[]; allRefused: boolean }> {
  const turns = op.path.startsWith('/api/shared/') ? sharedTurns : staffTurns;
  const findings: string[] = [];
  let allRefused = true;
  for (const [i, c] of cases.entries()) {
    const who = turns[(turn + i) % turns.length]!;
    const res = await send(op, c, who);
    const problem = problemWith(res);
    if (problem) findings.push(`${c.what} as ${who}: ${problem} — ${res.body.slice(0, 300)}`);
    if (res.statusCode < 400) {
      allRefused = false;
      if (mustRefuse) findings.push(`${c.what} as ${who}: accepted (${res.statusCode}) though the contract refuses it`);
    }
  }
  return { findings, allRefused };
}

describe('every operation with inputs, fed malformed and hostile values', () => {
  test('the OpenAPI document gives cases for every operation that takes input', () => {
    expect(operations.length).toBeGreaterThan(100);
    for (const op of operations) expect(fuzzCases(op, () => undefined).length, `${op.method} ${op.path}`).toBeGreaterThan(0);
  });

  test.each(operations.map((op, i) => [`${op.method} ${op.path}`, op, i] as const))('%s', async (_name, op, index) => {
    const cases = fuzzCases(op, idFor);
    const malformed = cases.filter((c) => c.kind === 'malformed');
    const hostile = cases.filter((c) => c.kind === 'hostile');
    tally.malformed += malformed.length;
    tally.hostile += hostile.length;

    const before = lastDigest;
    const refused = await runBatch(op, malformed, index, true);
    const afterRefused = await digester!.digest();
    const unwelcome = await runBatch(op, hostile, index + 1, false);
    lastDigest = await digester!.digest();
    if (!unwelcome.allRefused) tally.hostileAccepted++;

    expect([...refused.findings, ...unwelcome.findings]).toEqual([]);
    expect(changedTables(before, afterRefused), 'tables changed by refused requests').toEqual([]);
    // A hostile batch refused throughout is held to the same standard; one accepted in part (rightly: hostile text is
    // still text) changed data on purpose, and its result is the next operation's starting point.
    if (unwelcome.allRefused) expect(changedTables(afterRefused, lastDigest), 'tables changed by refused requests').toEqual([]);
  });

  test('the "nothing changed" check can fail: one row added by hand is seen', async () => {
    const before = await digester!.digest();
    await buildOrganisation(t.db, 'Digest Check Ltd');
    expect(changedTables(before, await digester!.digest()).map((change) => change.split(' ')[0])).toEqual(['organisations', 'services']);
  });

  test('the fuzzing reached the handlers, not just the validator', () => {
    // Some hostile values must be accepted somewhere, or every case died at the door and proved little.
    expect(tally.hostileAccepted).toBeGreaterThan(10);
    expect(tally.malformed + tally.hostile).toBeGreaterThan(2000);
  });
});
