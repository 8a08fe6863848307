import { createHash } from 'node:crypto';
import type { RecordExport } from '@hearth/core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '@hearth/core';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { personWithVisits, visitBody, yesterdayOf } from '../test/visit-fixtures.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let manager: Agent;
let quality: Agent;
let homeManager: Agent;
let outsider: Agent;
let seniorId: string;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  seniorId = seniorStaff.id;
  senior = await signInAs(t.app, seniorStaff);
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' }));
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }), t.clock.now);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null, name: 'Quinn Quality' }));
  homeManager = await signInAs(
    t.app,
    await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }),
    t.clock.now,
  );
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager' }), t.clock.now);
});
afterAll(() => t.close());

const today = () => londonDate(t.clock.now());
const letter = Buffer.concat([
  Buffer.from('%PDF-1.4\n', 'latin1'),
  Buffer.from(Array.from({ length: 500 }, (_, i) => i % 256)),
  Buffer.from('\n%%EOF\n'),
]);

/** A person with something in every part of their record, each added by the staff who would add it. */
async function personWithWholeRecord(name: string): Promise<string> {
  const id = await personWithVisits(senior, org.homecareId, name);
  const ok = (status: number) => (res: { statusCode: number; body: string }) => {
    expect(res.statusCode, res.body).toBe(status);
  };
  ok(200)(
    await senior.put(`/api/people/${id}/communication-needs`, {
      needs: {
        askedBy: 'Sam Senior',
        answeredBy: 'person',
        askedOn: today(),
        askedHow: 'in_person',
        outcome: 'has_needs',
        formats: ['large_print'],
        reviewOn: addDays(today(), 180),
      },
      latestVersion: 0,
    }),
  );
  ok(201)(
    await senior.post(`/api/people/${id}/information-choices`, {
      discussedOn: today(),
      participants: { personPresent: true, others: [], staffMember: 'Sam Senior' },
      optionsExplained: ['paper_in_home', 'app'],
      decision: { ways: ['paper_in_home'] },
      reviewOn: addDays(today(), 365),
    }),
  );
  ok(201)(
    await carer.post(`/api/people/${id}/care-plan/comments`, { sectionKey: null, body: 'Walked to the corner shop today' }),
  );
  ok(201)(
    await t.app.inject({
      method: 'POST',
      url: `/api/people/${id}/care-plan/attachments?fileName=GP%20letter.pdf`,
      headers: { cookie: senior.cookie, 'x-csrf-token': senior.csrfToken, 'content-type': 'application/pdf' },
      payload: letter,
    }),
  );
  const visit = await carer.post(`/api/people/${id}/visit-records`, visitBody(yesterdayOf(today())));
  ok(201)(visit);
  ok(201)(await carer.post(`/api/visit-records/${visit.json<{ id: string }>().id}/addenda`, { body: 'She also had a bath.' }));
  ok(200)(await manager.post('/api/plan-audits', { scope: { kind: 'person', personId: id } }));
  ok(201)(
    await manager.post('/api/quality-actions', {
      personId: id,
      title: 'Say how she was involved',
      ownerId: seniorId,
      dueDate: addDays(today(), 7),
    }),
  );
  return id;
}

const exportFor = (agent: Agent, id: string) => agent.post(`/api/people/${id}/subject-access-exports`);

async function download(agent: Agent, exportId: string) {
  const res = await agent.get(`/api/record-exports/${exportId}/file`);
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

function unzip(bytes: Buffer): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(new Uint8Array(bytes))));
}
const jsonIn = (files: Map<string, Uint8Array>, path: string) =>
  JSON.parse(new TextDecoder().decode(files.get(path))) as Record<string, unknown>;

describe('subject access: a person\u2019s whole record in one step', () => {
  let id: string;
  let first: RecordExport;
  let files: Map<string, Uint8Array>;

  beforeAll(async () => {
    id = await personWithWholeRecord('Edith Clarke');
    // Another member of staff reads the plan: the export must say so.
    expect((await senior.get(`/api/people/${id}/care-plan`)).statusCode).toBe(200);
    const made = await exportFor(manager, id);
    expect(made.statusCode, made.body).toBe(201);
    first = made.json<RecordExport>();
    const res = await download(manager, first.id);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(res.rawPayload.length).toBe(first.sizeBytes);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(first.sha256);
    files = unzip(res.rawPayload);
  });

  test('the answer names the export, its size and checksum', () => {
    expect(first).toMatchObject({
      purpose: 'subject_access',
      mediaType: 'application/zip',
      fileName: expect.stringMatching(/^subject-access-.*\.zip$/),
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('every part of the record is in its file', () => {
    expect([...files.keys()]).toEqual([
      'README.txt',
      'person.json',
      'care-plan.json',
      'visit-records.json',
      'audits.json',
      'disclosures.json',
      'disclosures.csv',
      'attachments/001-GP letter.pdf',
    ]);
    expect(new TextDecoder().decode(files.get('README.txt'))).toContain(
      'Everything Riverside Test Care holds about Edith Clarke',
    );
    expect(jsonIn(files, 'person.json')).toMatchObject({
      person: { id, legal_name: 'Edith Clarke', access_key_safe_code: '1234' },
      detailsHistory: [{ version: 1 }],
      communicationNeeds: [{ version: 1, needs: { formats: ['large_print'] } }],
      informationChoices: [{ decision: { ways: ['paper_in_home'] } }],
    });
    const plan = jsonIn(files, 'care-plan.json') as {
      versions: { version: number; status: string }[];
      comments: { body: string }[];
      attachments: Record<string, unknown>[];
    };
    expect(plan.versions.map((v) => [v.version, v.status])).toEqual([[1, 'in_use']]);
    expect(plan.comments.map((c) => c.body)).toEqual(['Walked to the corner shop today']);
    expect(plan.attachments).toEqual([
      expect.objectContaining({
        fileName: 'GP letter.pdf',
        mediaType: 'application/pdf',
        sizeBytes: letter.length,
        sha256: createHash('sha256').update(letter).digest('hex'),
        path: 'attachments/001-GP letter.pdf',
      }),
    ]);
    expect(Buffer.from(files.get('attachments/001-GP letter.pdf')!)).toEqual(letter);
    const visits = jsonIn(files, 'visit-records.json') as {
      visitRecords: { recorded_by_name: string; addenda: { body: string }[]; escalations: { concern: string }[] }[];
    };
    expect(visits.visitRecords).toEqual([
      expect.objectContaining({
        recorded_by_name: 'Cara Carer',
        addenda: [expect.objectContaining({ body: 'She also had a bath.' })],
        escalations: [expect.objectContaining({ concern: 'Red mark on left heel' })],
      }),
    ]);
    const audits = jsonIn(files, 'audits.json') as {
      planQualityChecks: unknown[];
      manualAudits: unknown[];
      qualityActions: { title: string }[];
    };
    expect(audits.planQualityChecks.length).toBeGreaterThanOrEqual(1);
    expect(audits.qualityActions.map((a) => a.title)).toEqual(['Say how she was involved']);
  });

  test('the disclosure log includes the senior\u2019s earlier read of the plan, in JSON and CSV', () => {
    const log = (jsonIn(files, 'disclosures.json') as { disclosures: { who: string; action: string; what: string }[] })
      .disclosures;
    expect(log).toContainEqual(
      expect.objectContaining({ who: 'Sam Senior', action: 'care_plan.read', what: 'Read their care and support plan' }),
    );
    expect(log).toContainEqual(expect.objectContaining({ who: 'Cara Carer', action: 'visit_record.create' }));
    expect(log).toContainEqual(expect.objectContaining({ who: 'Maya Manager', action: 'quality_action.create' }));
    const csv = new TextDecoder().decode(files.get('disclosures.csv'));
    expect(csv).toMatch(/Sam Senior,[0-9a-f-]{36},read,Read their care and support plan,care_plan\.read/);
  });

  test('the export and its download appear in the disclosure log of the next export; the audit names the id, not the name', async () => {
    const again = await exportFor(quality, id);
    expect(again.statusCode, again.body).toBe(201);
    const next = unzip((await download(quality, again.json<RecordExport>().id)).rawPayload);
    const log = (jsonIn(next, 'disclosures.json') as { disclosures: { who: string; action: string }[] }).disclosures;
    expect(log).toContainEqual(expect.objectContaining({ who: 'Maya Manager', action: 'record_export.create' }));
    expect(log).toContainEqual(expect.objectContaining({ who: 'Maya Manager', action: 'record_export.download' }));
    // The quality lead does not work in the service, so how to get into the home is left out of their export.
    expect(jsonIn(next, 'person.json')).toMatchObject({ person: { legal_name: 'Edith Clarke' } });
    expect((jsonIn(next, 'person.json') as { person: Record<string, unknown> }).person).not.toHaveProperty(
      'access_key_safe_code',
    );

    const entries = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ resource_type: string; resource_id: string; detail: Record<string, unknown> }>(
            `SELECT resource_type, resource_id, detail FROM audit_log WHERE action = 'record_export.create' AND organisation_id = $1 AND outcome = 'success' ORDER BY chain_seq`,
            [org.id],
          )
        ).rows,
    );
    expect(entries.map((e) => [e.resource_type, e.resource_id, e.detail.exportId])).toEqual([
      ['person', id, first.id],
      ['person', id, again.json<RecordExport>().id],
    ]);
    expect(JSON.stringify(entries)).not.toContain('Edith');
  });

  test('a copy made for a council\u2019s data request is in the disclosure log as shared, and downloads here too', async () => {
    const request = await manager.post('/api/data-requests', {
      serviceId: org.homecareId,
      personIds: [id],
      whatAsked: 'The current plan, for a review',
      requester: {
        name: 'Priya Shah',
        organisation: 'Leeds City Council',
        role: 'social_care_professional',
        email: 'priya.shah@leeds.example',
      },
      receivedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
    });
    expect(request.statusCode, request.body).toBe(201);
    const bundle = await manager.post(`/api/data-requests/${request.json<{ id: string }>().id}/exports`);
    expect(bundle.statusCode, bundle.body).toBe(201);
    const bundleId = bundle.json<{ id: string }>().id;
    expect((await download(quality, bundleId)).rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await homeManager.get(`/api/record-exports/${bundleId}/file`)).statusCode).toBe(403);

    const made = (await exportFor(manager, id)).json<RecordExport>();
    const log = (
      jsonIn(unzip((await download(manager, made.id)).rawPayload), 'disclosures.json') as {
        disclosures: { who: string; kind: string; what: string }[];
      }
    ).disclosures;
    expect(log).toContainEqual(
      expect.objectContaining({
        who: 'Maya Manager',
        kind: 'shared',
        what: 'Made a copy of their record to answer a request for information',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({
        who: 'Quinn Quality',
        kind: 'shared',
        what: 'Downloaded a copy of their record made for a request for information',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({
        who: 'Maya Manager',
        what: 'Logged a request for their information from a council or professional',
      }),
    );
  });

  test.each([
    ['a care worker', () => carer, 403],
    ['a senior', () => senior, 403],
    ['the manager of another service', () => homeManager, 403],
    ['another organisation', () => outsider, 404],
  ])('%s may not make an export or download one', async (_who, agent, status) => {
    expect((await exportFor(agent(), id)).statusCode).toBe(status);
    expect((await agent().get(`/api/record-exports/${first.id}/file`)).statusCode).toBe(status);
  });

  test('an export is kept exactly as made: no change or removal', async () => {
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE record_exports SET sha256 = 'x'"))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asOwner(t.db, (c) => c.query("UPDATE record_exports SET file_name = 'x.zip'"))).rejects.toThrow(
      /UPDATE on record_exports is not allowed/,
    );
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM record_exports'))).rejects.toThrow(
      /DELETE on record_exports is not allowed/,
    );
  });

  test('an export of someone who does not exist is 404', async () => {
    expect((await exportFor(manager, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await manager.get('/api/record-exports/00000000-0000-4000-8000-000000000000/file')).statusCode).toBe(404);
  });
});
