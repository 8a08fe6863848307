import { createHash } from 'node:crypto';
import type { RecordExport } from '@hearth/core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '@hearth/core';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { capacityRecordBody } from '../test/capacity-record-fixtures.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { copyRowsToOrganisation, leftOutOfExport, tablesAboutPeople, tablesNaming } from '../test/subject-access-tables.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { personWithVisits, visitBody, yesterdayOf } from '../test/visit-fixtures.js';
import { addLaterRecords, reportUnsentVisit, type LaterRecordIds } from '../test/whole-record-fixtures.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let manager: Agent;
let quality: Agent;
let homeManager: Agent;
let outsider: Agent;
let seniorId: string;
let carerId: string;
let other: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  seniorId = seniorStaff.id;
  senior = await signInAs(t.app, seniorStaff);
  const carerStaff = await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' });
  carerId = carerStaff.id;
  carer = await signInAs(t.app, carerStaff);
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }), t.clock.now);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null, name: 'Quinn Quality' }));
  homeManager = await signInAs(
    t.app,
    await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }),
    t.clock.now,
  );
  other = await buildOrganisation(t.db, 'Elsewhere Care');
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
async function personWithWholeRecord(name: string): Promise<{ id: string; later: LaterRecordIds; alsoOnRequest: string }> {
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
  const alsoOnRequest = await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Ada Neighbour' }));
  ok(201)(alsoOnRequest);
  const staff = { t, org, carer, senior, manager, carerId, seniorId };
  const later = await addLaterRecords(staff, id, name.split(' ')[0]!, alsoOnRequest.json<{ id: string }>().id);
  await reportUnsentVisit(carer, id, t.clock.now().toISOString());
  return { id, later, alsoOnRequest: alsoOnRequest.json<{ id: string }>().id };
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
  let later: LaterRecordIds;
  let alsoOnRequest: string;
  let first: RecordExport;
  let files: Map<string, Uint8Array>;

  beforeAll(async () => {
    ({ id, later, alsoOnRequest } = await personWithWholeRecord('Edith Clarke'));
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
      'contacts.json',
      'contact-entries.json',
      'care-plan.json',
      'printed-packs.json',
      'visit-records.json',
      'planned-visits.json',
      'capacity-assessments.json',
      'best-interests-decisions.json',
      'capacity-records.json',
      'behaviour-support-plan.json',
      'abc-records.json',
      'scatter-plot-entries.json',
      'restrictive-interventions.json',
      'pal-assessments.json',
      'audits.json',
      'data-requests.json',
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

  /** The rows a file of the export holds under `key`. */
  const rowsIn = (path: string, key: string) => jsonIn(files, path)[key] as Record<string, unknown>[];

  /** A row as the database holds it, less the organisation id (read as the owner, past row-level security). */
  const heldRow = (table: string, rowId: string) =>
    asOwner(t.db, async (c) => {
      const { rows } = await c.query<{ row: Record<string, unknown> }>(
        `SELECT to_jsonb(x) - 'organisation_id' AS row FROM ${table} x WHERE id = $1`,
        [rowId],
      );
      return rows[0]!.row;
    });

  test.each([
    ['contacts.json', 'contacts', 'person_contacts', () => [later.contact]],
    ['contact-entries.json', 'contactEntries', 'contact_entries', () => [later.contactEntry]],
    ['data-requests.json', 'dataRequests', 'data_requests', () => [later.dataRequest]],
    ['planned-visits.json', 'plannedVisits', 'planned_visits', () => [later.plannedVisit]],
    ['printed-packs.json', 'printedPacks', 'printed_packs', () => [later.printedPack]],
    ['capacity-assessments.json', 'capacityAssessments', 'capacity_assessments', () => [later.capacityAssessment]],
    ['best-interests-decisions.json', 'bestInterestsDecisions', 'best_interests_decisions', () => [later.bestInterestsDecision]],
    ['capacity-records.json', 'capacityRecords', 'capacity_records', () => later.capacityRecords],
    ['behaviour-support-plan.json', 'versions', 'behaviour_support_plan_versions', () => [later.behaviourSupportPlanVersion]],
    ['abc-records.json', 'abcRecords', 'abc_records', () => [later.abcRecord]],
    ['scatter-plot-entries.json', 'scatterPlotEntries', 'scatter_plot_entries', () => [later.scatterPlotEntry]],
    [
      'restrictive-interventions.json',
      'restrictiveInterventions',
      'restrictive_interventions',
      () => [later.restrictiveIntervention],
    ],
    ['pal-assessments.json', 'palAssessments', 'pal_assessments', () => [later.palAssessment]],
  ])('%s holds her %s, in order, each row as the database holds it', async (path, key, table, ids) => {
    const rows = rowsIn(path, key);
    expect(rows.map((r) => r.id)).toEqual(ids());
    for (const row of rows) {
      const held = await heldRow(table, row.id as string);
      // The other people a data request names are about someone else, so they are left out.
      if (table === 'data_requests') delete held.person_ids;
      expect(row).toMatchObject(held);
    }
  });

  test('the later kinds name the staff beside their ids and hold their linked records', () => {
    expect(rowsIn('contacts.json', 'contacts')).toEqual([
      expect.objectContaining({
        person_id: id,
        name: 'Ray Edith',
        created_by_name: 'Sam Senior',
        sharing_decisions: [
          expect.objectContaining({
            contact_id: later.contact,
            parts: ['plan', 'daily_records'],
            recorded_by_name: 'Sam Senior',
          }),
        ],
      }),
    ]);
    expect(rowsIn('contact-entries.json', 'contactEntries')).toEqual([
      expect.objectContaining({ body: 'Mum enjoyed the garden Edith', account_name: 'Ray Edith', contact_name: 'Ray Edith' }),
    ]);
    const [request] = rowsIn('data-requests.json', 'dataRequests');
    expect(request).toMatchObject({
      what_asked: 'Her daily records Edith',
      created_by_name: 'Maya Manager',
      updates: [{ status: 'open', updated_by_name: 'Maya Manager' }],
    });
    expect(request).not.toHaveProperty('person_ids');
    expect(JSON.stringify(request)).not.toContain(alsoOnRequest);
    expect(rowsIn('planned-visits.json', 'plannedVisits')).toEqual([
      expect.objectContaining({
        label: 'Lunch call Edith',
        staff_name: 'Cara Carer',
        created_by_name: 'Sam Senior',
        cancellation: expect.objectContaining({ reason: 'Staying with her son Edith', cancelled_by_name: 'Maya Manager' }),
      }),
    ]);
    expect(rowsIn('printed-packs.json', 'printedPacks')).toEqual([
      expect.objectContaining({ print_size: 'large', plan_version: 1, printed_by_name: 'Sam Senior' }),
    ]);
    expect(rowsIn('capacity-assessments.json', 'capacityAssessments')).toEqual([
      expect.objectContaining({ outcome: 'lacks_capacity', signed_by_name: 'Sam Senior' }),
    ]);
    expect(rowsIn('best-interests-decisions.json', 'bestInterestsDecisions')).toEqual([
      expect.objectContaining({ assessment_id: later.capacityAssessment, recorded_by_name: 'Maya Manager' }),
    ]);
    expect(rowsIn('capacity-records.json', 'capacityRecords').map((r) => [r.kind, r.recorded_by_name])).toEqual([
      ['legal_authority', 'Sam Senior'],
      ['resuscitation', 'Sam Senior'],
      ['advance_care_plan', 'Sam Senior'],
    ]);
    expect(rowsIn('behaviour-support-plan.json', 'versions')).toEqual([
      expect.objectContaining({
        version: 1,
        recorded_by_name: 'Sam Senior',
        agreements: [
          expect.objectContaining({ plan_version_id: later.behaviourSupportPlanVersion, recorded_by_name: 'Sam Senior' }),
        ],
        reviews: [
          expect.objectContaining({ plan_version_id: later.behaviourSupportPlanVersion, recorded_by_name: 'Maya Manager' }),
        ],
      }),
    ]);
    expect(rowsIn('abc-records.json', 'abcRecords')).toEqual([
      expect.objectContaining({ behaviour: 'Trying to leave the building', recorded_by_name: 'Cara Carer' }),
    ]);
    expect(rowsIn('scatter-plot-entries.json', 'scatterPlotEntries')).toEqual([
      expect.objectContaining({
        person_id: id,
        grade: 'some',
        slot_start_minute: 960,
        activity: 'Waiting for tea Edith',
        recorded_by_name: 'Cara Carer',
      }),
    ]);
    expect(rowsIn('restrictive-interventions.json', 'restrictiveInterventions')).toEqual([
      expect.objectContaining({
        kind: 'physical',
        recorded_by_name: 'Cara Carer',
        debriefs: [
          expect.objectContaining({
            intervention_id: later.restrictiveIntervention,
            with_whom: 'person',
            recorded_by_name: 'Sam Senior',
          }),
        ],
      }),
    ]);
    expect(rowsIn('pal-assessments.json', 'palAssessments')).toEqual([
      expect.objectContaining({ recorded_by_name: 'Sam Senior' }),
    ]);
    for (const [path, bytes] of files)
      if (path.endsWith('.json')) expect(new TextDecoder().decode(bytes), path).not.toContain('"organisation_id"');
  });

  test('the README says what each later file holds, with how many', () => {
    const readme = new TextDecoder().decode(files.get('README.txt'));
    expect(readme).toContain('contacts.json\r\n  The people around you whom we may let see your record (1 contact)');
    expect(readme).toContain('capacity-records.json\r\n  Records about who may decide for you and about your wishes (3 records)');
    expect(readme).toContain(
      'restrictive-interventions.json\r\n  Each time staff restricted you, for example by holding you (1 time)',
    );
  });

  test('every table holding a row that names her is one the catalogue shows to be about a person, read or left out with a reason', async () => {
    const { naming, about } = await asOwner(t.db, async (c) => ({
      naming: await tablesNaming(c, id),
      about: await tablesAboutPeople(c),
    }));
    expect(naming).toEqual(expect.arrayContaining(['people', 'abc_records', 'outbox_reports', 'audit_log']));
    expect(naming.filter((table) => !about.has(table))).toEqual([]);
    expect(naming.filter((table) => table in leftOutOfExport).sort()).toEqual(['outbox_reports', 'record_exports']);
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

  // Last: it adds an export and copies rows into the other organisation.
  test('another organisation\u2019s records never appear: neither its own person\u2019s nor rows under it naming her', async () => {
    const olive = await outsider.post('/api/people', personBody(other.homecareId, { legalName: 'Olive Elsewhere' }));
    expect(olive.statusCode, olive.body).toBe(201);
    const oliveId = olive.json<{ id: string }>().id;
    const theirs = await outsider.post(
      `/api/people/${oliveId}/legal-authorities`,
      capacityRecordBody('legal_authority', today(), { holderName: 'Olive Attorney' }),
    );
    expect(theirs.statusCode, theirs.body).toBe(201);
    // Every row Riverside holds about its people, copied under the other organisation with new ids.
    const planted = await asOwner(t.db, async (c) =>
      copyRowsToOrganisation(c, (await tablesAboutPeople(c)).keys(), org.id, other.id),
    );
    expect(planted.length).toBeGreaterThan(20);
    const copiesNamingHer = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM abc_records WHERE organisation_id = $1 AND person_id = $2',
            [other.id, id],
          )
        ).rows[0]!.n,
    );
    expect(copiesNamingHer).toBe(1);

    const made = await exportFor(manager, id);
    expect(made.statusCode, made.body).toBe(201);
    const again = unzip((await download(manager, made.json<RecordExport>().id)).rawPayload);
    const text = [...again.values()].map((bytes) => new TextDecoder().decode(bytes)).join('\n');
    const foreign = [oliveId, theirs.json<{ id: string }>().id, ...planted].filter((found) => text.includes(found));
    expect(foreign).toEqual([]);
    expect(text).not.toContain('Olive');
    // Her own records are still there, once each.
    expect((jsonIn(again, 'abc-records.json').abcRecords as { id: string }[]).map((r) => r.id)).toEqual([later.abcRecord]);
    expect((jsonIn(again, 'capacity-records.json').capacityRecords as { id: string }[]).map((r) => r.id)).toEqual(
      later.capacityRecords,
    );
  });
});
