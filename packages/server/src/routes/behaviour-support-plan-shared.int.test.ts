// Behaviour support in the shared record: a reader with the behaviour_support part shared sees the plan in use and
// the last 31 days of ABC records and restrictive interventions (corrections in force, not what they replaced) on
// the page, in search, plain text and the PDFs; a reader without it sees none of it; every read is audited.
import { recordParts, type SharedRecordView } from '@hearth/core';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { bspAgreementBody, bspSaveBody } from '../test/behaviour-support-plan-fixtures.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { buildContact, buildExternalAccount, decideSharing, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let seniorStaff: TestStaff;
let personId: string;
const day = 86_400_000;

function pdfText(body: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hearth-bsp-shared-')), 'record.pdf');
  writeFileSync(file, body);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const ago = (days: number) => new Date(t.clock.now().getTime() - days * day);

async function abcRecord(daysAgo: number, behaviour: string, supersedes: string | null = null): Promise<string> {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO abc_records (organisation_id, service_id, person_id, client_id, occurred_at, behaviour, intensity, duration_minutes,
           restrictive_intervention_used, body, supersedes, supersede_reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, 3, 12, false, '{}', $7, $8, $9) RETURNING id`,
          [
            org.id,
            org.homecareId,
            personId,
            randomUUID(),
            ago(daysAgo),
            behaviour,
            supersedes,
            supersedes ? 'Wrong behaviour named' : null,
            seniorStaff.id,
          ],
        )
      ).rows[0]!.id,
  );
}

async function intervention(
  daysAgo: number,
  kind: string,
  minutes: number,
  followedPlan: string,
  supersedes: string | null = null,
): Promise<string> {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO restrictive_interventions (organisation_id, service_id, person_id, client_id, kind, started_at, duration_minutes,
           followed_plan, body, supersedes, supersede_reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', $9, $10, $11) RETURNING id`,
          [
            org.id,
            org.homecareId,
            personId,
            randomUUID(),
            kind,
            ago(daysAgo),
            minutes,
            followedPlan,
            supersedes,
            supersedes ? 'Length corrected' : null,
            seniorStaff.id,
          ],
        )
      ).rows[0]!.id,
  );
}

async function debrief(interventionId: string, withWhom: 'person' | 'staff'): Promise<void> {
  await asOwner(t.db, (c) =>
    c.query(
      `INSERT INTO restrictive_intervention_debriefs (organisation_id, intervention_id, with_whom, held_on, body, recorded_by)
       VALUES ($1, $2, $3, $4, '{}', $5)`,
      [org.id, interventionId, withWhom, londonDate(t.clock.now()), seniorStaff.id],
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Shared Behaviour Care');
  seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  const senior: Agent = await signInAs(t.app, seniorStaff, t.clock.now);
  personId = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Stanley Shared' }))).json<{
    id: string;
  }>().id;
  const today = londonDate(t.clock.now());
  expect(
    (
      await senior.post(
        `/api/people/${personId}/behaviour-support-plan/versions`,
        bspSaveBody(today, null, { marker: 'Okapiplan', withEscort: true }),
      )
    ).statusCode,
  ).toBe(201);
  expect(
    (await senior.post(`/api/people/${personId}/behaviour-support-plan/versions/1/agreement`, bspAgreementBody(today)))
      .statusCode,
  ).toBe(201);
  // A newer version not agreed yet is not what care follows, so it is not shown.
  expect(
    (
      await senior.post(
        `/api/people/${personId}/behaviour-support-plan/versions`,
        bspSaveBody(today, 1, { marker: 'Okapiproposed' }),
      )
    ).statusCode,
  ).toBe(201);

  await abcRecord(2, 'Okapicurrent at the door');
  await abcRecord(3, 'Okapicorrected shouting', await abcRecord(3, 'Okapiwrong'));
  await abcRecord(40, 'Okapiold');
  const held = await intervention(1, 'physical', 4, 'yes');
  await debrief(held, 'person');
  const first = await intervention(5, 'physical', 10, 'partly');
  await debrief(first, 'person');
  await intervention(5, 'physical', 8, 'partly', first);
  await debrief(await intervention(10, 'seclusion', 20, 'no'), 'staff');
  await intervention(50, 'chemical', 30, 'no_plan');
}, 60_000);
afterAll(() => t.close());

/** A family reader whose newest sharing decision shares exactly `parts`. */
async function readerSharing(parts: readonly (typeof recordParts)[number][]): Promise<{ agent: Agent; accountId: string }> {
  const email = uniqueEmail('family');
  const contact = await buildContact(t.db, org, {
    personId,
    createdBy: seniorStaff.id,
    relationship: 'family',
    email,
    name: 'Jean Reader',
  });
  await decideSharing(t.db, org, { personId, contactId: contact.id, recordedBy: seniorStaff.id, parts });
  const accountId = await buildExternalAccount(t.db, org, {
    email,
    name: 'Jean Reader',
    createdBy: seniorStaff.id,
    target: { contactId: contact.id },
  });
  return { agent: await signInShared(t.app, email), accountId };
}

const readsBy = (accountId: string) =>
  asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE actor_id = $1 AND resource_id = $2 ORDER BY id',
          [accountId, personId],
        )
      ).rows,
  );

describe('behaviour support in the shared record', () => {
  test('shared: the plan in use and the month\u2019s records in force, on the page, in search, text and both PDFs', async () => {
    const { agent, accountId } = await readerSharing(['behaviour_support']);
    const url = `/api/shared/people/${personId}`;
    const view = (await agent.get(url)).json<SharedRecordView>();
    const bs = view.behaviourSupport!;
    expect(bs.plan).toMatchObject({ version: 1 });
    expect(bs.plan!.sections.map((s) => s.heading)).toContain('Restrictive practice allowed only as a last resort');
    expect(JSON.stringify(bs)).toContain('Okapiplan');
    expect(JSON.stringify(bs)).not.toContain('Okapiproposed');
    expect(bs.abcRecords.map((r) => [r.behaviour, r.intensity, r.durationMinutes])).toEqual([
      ['Okapicurrent at the door', 3, 12],
      ['Okapicorrected shouting', 3, 12],
    ]);
    expect(bs.restrictiveInterventions.map((r) => [r.kind, r.durationMinutes, r.followedPlan, r.debriefWithPerson])).toEqual([
      ['physical', 4, 'yes', true],
      // The correction keeps the debrief held about the record it replaced.
      ['physical', 8, 'partly', true],
      ['seclusion', 20, 'no', false],
    ]);

    const text = (await agent.get(`${url}/record.txt`)).body;
    expect(text).toContain('Behaviour support');
    expect(text).toContain('Okapicurrent at the door. Intensity 3 out of 5, lasted 12 minutes.');
    expect(text).toContain(
      'Seclusion for 20 minutes. Did not follow the behaviour support plan. No debrief with the person is recorded.',
    );
    expect(text).not.toMatch(/Okapiwrong|Okapiold|Okapiproposed/);
    const search = (await agent.get(`${url}/search?q=okapicurrent`)).json<{ results: { where: string }[] }>();
    expect(search.results.map((r) => r.where)).toEqual(['Behaviour support: ABC records in the last 31 days']);
    for (const file of ['record.pdf', 'record-easy-read.pdf']) {
      const printed = pdfText((await agent.get(`${url}/${file}`)).rawPayload);
      expect(printed, file).toContain('Okapicorrected');
      expect(printed, file).toContain('Okapiplan');
      expect(printed, file).not.toContain('Okapiwrong');
    }

    const reads = await readsBy(accountId);
    expect(reads.map((r) => r.action)).toEqual([
      'shared.record.read',
      'shared.record.plain_text',
      'shared.record.search',
      'shared.record.large_print',
      'shared.record.easy_read',
    ]);
    for (const r of reads) {
      expect(r.outcome).toBe('success');
      expect(r.detail.behaviourSupport).toEqual({ planVersion: 1, abcRecords: 2, restrictiveInterventions: 3 });
    }
  });

  test('not shared: none of it anywhere, and the audit says nothing of it', async () => {
    const { agent, accountId } = await readerSharing(recordParts.filter((p) => p !== 'behaviour_support'));
    const url = `/api/shared/people/${personId}`;
    const page = await agent.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.json<SharedRecordView>().behaviourSupport).toBeNull();
    expect(page.body).not.toContain('Okapi');
    expect((await agent.get(`${url}/record.txt`)).body).not.toMatch(/Okapi|ABC records/);
    expect((await agent.get(`${url}/search?q=okapicurrent`)).json<{ results: unknown[] }>().results).toEqual([]);
    expect(pdfText((await agent.get(`${url}/record.pdf`)).rawPayload)).not.toContain('Okapi');
    const reads = await readsBy(accountId);
    expect(reads).toHaveLength(4);
    for (const r of reads) expect(r.detail).not.toHaveProperty('behaviourSupport');
  });

  test('shared with no plan agreed and nothing recorded: each part says so', async () => {
    const senior = await signInAs(t.app, seniorStaff, t.clock.now);
    const other = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Nora Noplan' }))).json<{
      id: string;
    }>().id;
    const email = uniqueEmail('family');
    const contact = await buildContact(t.db, org, { personId: other, createdBy: seniorStaff.id, email, name: 'Nora Reader' });
    await decideSharing(t.db, org, {
      personId: other,
      contactId: contact.id,
      recordedBy: seniorStaff.id,
      parts: ['behaviour_support'],
    });
    await buildExternalAccount(t.db, org, {
      email,
      name: 'Nora Reader',
      createdBy: seniorStaff.id,
      target: { contactId: contact.id },
    });
    const reader = await signInShared(t.app, email);
    expect((await reader.get(`/api/shared/people/${other}`)).json<SharedRecordView>().behaviourSupport).toEqual({
      plan: null,
      abcRecords: [],
      restrictiveInterventions: [],
    });
    expect((await reader.get(`/api/shared/people/${other}/record.txt`)).body).toContain(
      'There is no agreed behaviour support plan.',
    );
  });
});
