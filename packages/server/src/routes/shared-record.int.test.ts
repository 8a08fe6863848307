import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { capacityRecordRoutes, contactRelationships, recordParts, sectionPart, type CapacityRecordKind, type ContactRelationship, type RecordPart } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { bestInterestsDecisionBody, lacksCapacityBody } from '../test/capacity-fixtures.js';
import { capacityRecordBody } from '../test/capacity-record-fixtures.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { sampleAgreement } from '../test/plan-fixtures.js';
import { buildContact, buildExternalAccount, decideSharing, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { sampleSectionKey, visitBody, yesterdayOf } from '../test/visit-fixtures.js';

let t: TestApp;
let org: TestOrganisation;
let seniorStaff: TestStaff;
let senior: Agent;
let carer: Agent;
let personId: string;
let otherPersonId: string;

/** A word found only in one part of the person's record, so each part's presence can be told apart. */
const marker: Record<RecordPart, string> = {
  plan: 'Zebraeveryday',
  daily_records: 'Zebradaily',
  health: 'Zebrahealth',
  finances: 'Zebramoney',
  behaviour_support: 'Zebrabehaviour',
};
/** The plan section holding each part's marker (daily records hold theirs in a visit record). */
const sectionFor: Record<Exclude<RecordPart, 'daily_records'>, string> = {
  plan: sampleSectionKey(),
  health: 'health_and_wellbeing',
  finances: 'finances',
  behaviour_support: 'behaviour_support',
};

/**
 * Words found only in one capacity record each: health shows every kind but property and financial affairs
 * authorities, which finances shows. No other part shows any of them.
 */
const capacityMarkers: Record<RecordPart, string[]> = {
  plan: [],
  daily_records: [],
  health: ['Quaggaform', 'Quaggawelfare', 'Quaggaassessed', 'Quaggabest', 'Quaggarefusal', 'Quaggacouncil', 'Quaggaadvocate', 'Quaggaconsent', 'Quaggawishes'],
  finances: ['Quaggamoney'],
  behaviour_support: [],
};

const today = () => londonDate(t.clock.now());
const pdfDir = mkdtempSync(path.join(tmpdir(), 'hearth-shared-pdf-'));
let pdfCount = 0;
function pdfText(body: Buffer): string {
  const file = path.join(pdfDir, `r${pdfCount++}.pdf`);
  writeFileSync(file, body);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

async function newPlannedPerson(legalName: string): Promise<string> {
  const created = await senior.post('/api/people', personBody(org.homecareId, { legalName, preferredName: 'Edie' }));
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const content = samplePlanContent() as { sections: Record<string, unknown>[] };
  content.sections[0] = { ...content.sections[0], strengths: `I can choose my own clothes. ${marker.plan}` };
  for (const part of ['health', 'finances', 'behaviour_support'] as const) {
    content.sections.push({ sectionKey: sectionFor[part], strengths: `I know what helps me. ${marker[part]}` });
  }
  const draft = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content });
  expect(draft.statusCode, draft.body).toBe(200);
  expect((await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement })).statusCode).toBe(200);
  expect((await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`)).statusCode).toBe(200);
  const body = visitBody(yesterdayOf(today()));
  const visit = await carer.post(`/api/people/${id}/visit-records`, {
    ...body, content: { ...(body.content as Record<string, unknown>), personalCare: `Washed at the sink. ${marker.daily_records}` },
  });
  expect(visit.statusCode, visit.body).toBe(201);
  return id;
}

/** One record of each kind, each holding its marker, plus a signed assessment and a best-interests decision. */
async function addCapacityRecords(id: string): Promise<void> {
  const on = today();
  const assessment = await senior.post(`/api/people/${id}/capacity-assessments`, lacksCapacityBody(on, { decision: 'Quaggaassessed medicines in a locked cupboard' }));
  expect(assessment.statusCode, assessment.body).toBe(201);
  const decision = await senior.post(`/api/people/${id}/best-interests-decisions`, bestInterestsDecisionBody(assessment.json<{ id: string }>().id, on, {
    decision: 'Quaggaassessed medicines in a locked cupboard', decisionMade: 'Quaggabest: staff keep the medicines locked away',
  }));
  expect(decision.statusCode, decision.body).toBe(201);
  const records: [CapacityRecordKind, Record<string, unknown>][] = [
    ['resuscitation', { status: 'dnacpr', originalKeptAt: 'Quaggaform folder on the dresser' }],
    ['legal_authority', { holderName: 'Karen Quaggawelfare' }],
    ['legal_authority', { holderName: 'Paul Quaggamoney', scope: 'property_and_financial_affairs', coversLifeSustainingTreatment: null }],
    ['advance_decision', { treatmentRefused: 'Quaggarefusal of antibiotics' }],
    ['liberty_safeguard', { authorisedBy: 'Quaggacouncil' }],
    ['imca_involvement', { name: 'Jo Quaggaadvocate' }],
    ['consent', { scope: { kind: 'care_activity', activity: 'Quaggaconsent to a bath' } }],
    ['advance_care_plan', { whatMatters: 'Quaggawishes: my cat and my garden' }],
  ];
  for (const [kind, overrides] of records) {
    const saved = await senior.post(`/api/people/${id}/${capacityRecordRoutes[kind].path}`, capacityRecordBody(kind, on, overrides));
    expect(saved.statusCode, saved.body).toBe(201);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Shared Record Care');
  seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  senior = await signInAs(t.app, seniorStaff);
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' }));
  expect(sectionPart(sampleSectionKey())).toBe('plan');
  personId = await newPlannedPerson('Edith Clarke');
  otherPersonId = await newPlannedPerson('Olive Other');
  await addCapacityRecords(personId);
}, 60_000);
afterAll(() => t.close());

type SharingState = 'granted' | 'not granted' | 'expired' | 'revoked';

/** A reader of the person whose newest decision leaves `part` in `state`. Not granted: every other part is shared. */
async function readerWith(relationship: ContactRelationship, part: RecordPart, state: SharingState, forPerson = personId): Promise<{ agent: Agent; contactId: string }> {
  const email = uniqueEmail(relationship);
  const contact = await buildContact(t.db, org, { personId: forPerson, createdBy: seniorStaff.id, relationship, email, name: `Reader ${relationship}` });
  const decide = (input: { parts: readonly RecordPart[]; endsOn?: string | null; revoked?: boolean; recordedAt?: Date }) =>
    decideSharing(t.db, org, { personId: forPerson, contactId: contact.id, recordedBy: seniorStaff.id, ...input });
  const earlier = new Date(t.clock.now().getTime() - 60_000);
  switch (state) {
    case 'granted':
      await decide({ parts: [part] });
      break;
    case 'not granted':
      await decide({ parts: recordParts.filter((p) => p !== part) });
      break;
    case 'expired':
      await decide({ parts: [part], endsOn: yesterdayOf(today()) });
      break;
    case 'revoked':
      await decide({ parts: [part], recordedAt: earlier });
      await decide({ parts: [part], revoked: true });
      break;
  }
  await buildExternalAccount(t.db, org, { email, name: `Reader ${relationship}`, createdBy: seniorStaff.id, target: { contactId: contact.id } });
  return { agent: await signInShared(t.app, email), contactId: contact.id };
}

const states: SharingState[] = ['granted', 'not granted', 'expired', 'revoked'];
const scenarios = contactRelationships.flatMap((relationship) =>
  recordParts.flatMap((part) => states.map((state) => ({ relationship, part, state }))));

describe('what each reader sees, part by part', () => {
  test.each(scenarios)('$relationship, $part $state: seen exactly when granted', async ({ relationship, part, state }) => {
    const { agent } = await readerWith(relationship, part, state);
    const expectSeen = state === 'granted';
    const inReach = state === 'granted' || state === 'not granted';
    const url = `/api/shared/people/${personId}`;

    const view = await agent.get(url);
    const search = await agent.get(`${url}/search?q=${marker[part]}`);
    const capacitySearch = capacityMarkers[part].length > 0 ? await agent.get(`${url}/search?q=${capacityMarkers[part][0]}`) : null;
    const text = await agent.get(`${url}/record.txt`);
    const pdf = await agent.get(`${url}/record.pdf`);
    const list = await agent.get('/api/shared/people');
    if (!inReach) {
      const easyRead = await agent.get(`${url}/record-easy-read.pdf`);
      for (const res of [view, search, text, pdf, easyRead]) expect(res.statusCode).toBe(404);
      expect(list.json().people).toEqual([]);
      return;
    }
    for (const res of [view, search, text, pdf, list]) expect(res.statusCode, res.body).toBe(200);
    expect(view.json().person.name).toBe('Edith Clarke');
    expect(view.json().relationship).toBe(relationship);
    expect(view.json().parts.includes(part)).toBe(expectSeen);
    expect(list.json().people.map((p: { personId: string }) => p.personId)).toEqual([personId]);
    const shown = new Set(view.json().parts as RecordPart[]);
    const printed = pdfText(pdf.rawPayload);
    for (const p of recordParts) {
      const seen = shown.has(p);
      expect(view.body.includes(marker[p]), `${p} in the page`).toBe(seen);
      expect(text.body.includes(marker[p]), `${p} in the plain text`).toBe(seen);
      // The large print holds the same view as the page: the shared plan sections and the visits. (Easy read is made
      // from the same view; it is checked below with and without daily records, not rendered again for every scenario.)
      expect(printed.includes(marker[p]), `${p} in the large-print PDF`).toBe(seen);
      // The capacity records of the part too, and nothing of a part not shared.
      for (const word of capacityMarkers[p]) {
        expect(view.body.includes(word), `${word} (${p}) in the page`).toBe(seen);
        expect(text.body.includes(word), `${word} (${p}) in the plain text`).toBe(seen);
        expect(printed.includes(word), `${word} (${p}) in the large-print PDF`).toBe(seen);
      }
    }
    expect(view.json().capacity === null).toBe(!shown.has('health') && !shown.has('finances'));
    expect(search.json().results.length > 0).toBe(expectSeen);
    if (capacitySearch) expect(capacitySearch.json().results.length > 0, 'a capacity record found by search').toBe(expectSeen);
    expect(text.body.includes('Edith Clarke')).toBe(true);
  });
});

describe('the shared record in the person\u2019s preferred format', () => {
  test('the visits the reader may see are in the large-print and easy-read PDFs; without daily records shared they are not', async () => {
    const { agent: withVisits } = await readerWith('family', 'daily_records', 'granted');
    const { agent: withoutVisits } = await readerWith('friend', 'daily_records', 'not granted');
    for (const file of ['record.pdf', 'record-easy-read.pdf']) {
      const shown = await withVisits.get(`/api/shared/people/${personId}/${file}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.headers['content-type']).toBe('application/pdf');
      const shownText = pdfText(shown.rawPayload);
      expect(shownText, file).toContain(marker.daily_records);
      expect(shownText, file).toContain('Washed at the sink');
      expect(shownText, file).not.toContain(marker.plan);
      const hidden = pdfText((await withoutVisits.get(`/api/shared/people/${personId}/${file}`)).rawPayload);
      expect(hidden, file).not.toContain(marker.daily_records);
      expect(hidden, file).not.toContain('Washed at the sink');
      expect(hidden, file).toContain(marker.plan);
    }
  });

  test('the downloads come in the order the person\u2019s communication needs call for, the preferred one marked', async () => {
    const id = await newPlannedPerson('Stanley Whitaker');
    const contact = await readerWith('family', 'plan', 'granted', id);
    const formats = async () => (await contact.agent.get(`/api/shared/people/${id}`)).json().formats as unknown;
    expect(await formats()).toEqual({ order: ['large_print', 'easy_read', 'plain_text'], preferred: null });
    const needs = {
      askedBy: 'Sam Senior', answeredBy: 'person', askedOn: today(), askedHow: 'in_person', outcome: 'has_needs',
      formats: ['easy_read'], reviewOn: '2099-01-01',
    };
    const saved = await senior.put(`/api/people/${id}/communication-needs`, { needs, reason: null, latestVersion: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await formats()).toEqual({ order: ['easy_read', 'large_print', 'plain_text'], preferred: 'easy_read' });
    const easyRead = pdfText((await contact.agent.get(`/api/shared/people/${id}/record-easy-read.pdf`)).rawPayload);
    expect(easyRead).toContain('About this record');
    expect(easyRead).toContain(marker.plan);
  });

  test('each printed version is audited as read with its format', async () => {
    const { agent } = await readerWith('friend', 'daily_records', 'granted');
    const accountId = (await agent.get('/api/shared/auth/session')).json().accountId as string;
    await agent.get(`/api/shared/people/${personId}/record.pdf`);
    await agent.get(`/api/shared/people/${personId}/record-easy-read.pdf`);
    const rows = await asOwner(t.db, (c) => c.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE actor_id = $1 AND resource_type = 'person' AND outcome = 'success' ORDER BY chain_seq",
      [accountId],
    ));
    expect(rows.rows.map((r) => r.action)).toEqual(['shared.record.large_print', 'shared.record.easy_read']);
  });
});

describe('reach', () => {
  test('another person, an unknown id or a malformed one is 404 like every other', async () => {
    const { agent } = await readerWith('family', 'plan', 'granted');
    for (const id of [otherPersonId, '00000000-0000-4000-8000-000000000000', 'not-a-person']) {
      for (const suffix of ['', '/search?q=Zebra', '/record.txt', '/record.pdf', '/record-easy-read.pdf', '/record-views']) {
        expect((await agent.get(`/api/shared/people/${id}${suffix}`)).statusCode, `${id}${suffix}`).toBe(404);
      }
      expect((await agent.post(`/api/shared/people/${id}/entries`, { kind: 'comment', text: 'Hello' })).statusCode).toBe(404);
    }
  });

  test('a revoke takes effect on the very next request', async () => {
    const { agent, contactId } = await readerWith('family', 'daily_records', 'granted');
    expect((await agent.get(`/api/shared/people/${personId}`)).statusCode).toBe(200);
    await decideSharing(t.db, org, { personId, contactId, recordedBy: seniorStaff.id, parts: ['daily_records'], revoked: true });
    expect((await agent.get(`/api/shared/people/${personId}`)).statusCode).toBe(404);
    expect((await agent.get('/api/shared/people')).json().people).toEqual([]);
    expect((await agent.get('/api/shared/auth/session')).json().people).toEqual([]);
  });

  test('every read is audited with the reader as actor, and a refusal too', async () => {
    const { agent } = await readerWith('friend', 'plan', 'granted');
    const accountId = (await agent.get('/api/shared/auth/session')).json().accountId as string;
    await agent.get(`/api/shared/people/${personId}`);
    await agent.get(`/api/shared/people/${personId}/record.txt`);
    await agent.get(`/api/shared/people/${otherPersonId}`);
    const rows = await asOwner(t.db, (c) => c.query<{ action: string; resource_id: string; outcome: string }>(
      "SELECT action, resource_id, outcome FROM audit_log WHERE actor_id = $1 AND resource_type = 'person' ORDER BY chain_seq",
      [accountId],
    ));
    expect(rows.rows).toEqual([
      { action: 'shared.record.read', resource_id: personId, outcome: 'success' },
      { action: 'shared.record.plain_text', resource_id: personId, outcome: 'success' },
      { action: 'shared.record.read', resource_id: otherPersonId, outcome: 'refused' },
    ]);
  });
});

describe('capacity records in the shared record', () => {
  test('the words a family member needs, and the read audited with what was shown', async () => {
    const { agent } = await readerWith('attorney', 'health', 'granted');
    const accountId = (await agent.get('/api/shared/auth/session')).json().accountId as string;
    const text = (await agent.get(`/api/shared/people/${personId}/record.txt`)).body;
    expect(text).toContain('\nMental capacity, legal authority and advance care planning\n');
    expect(text).toContain('DNACPR \u2014 do not attempt CPR.\nOriginal form: Quaggaform folder on the dresser.');
    expect(text).toContain('\nLasting power of attorney (health and welfare)\n\nKaren Quaggawelfare, registered on 1 April 2023, reference 7000-1234-5678.');
    expect(text).toContain('Lacks capacity to make this decision at this time.');
    const rows = await asOwner(t.db, (c) => c.query<{ detail: { parts: string[]; capacityRecords?: Record<string, number> } }>(
      "SELECT detail FROM audit_log WHERE actor_id = $1 AND action = 'shared.record.plain_text' AND resource_id = $2",
      [accountId, personId],
    ));
    expect(rows.rows.map((r) => r.detail.capacityRecords)).toEqual([{
      resuscitation: 1, capacity_status: 1, capacity_assessment: 1, best_interests_decision: 1, legal_authority: 1,
      advance_decision: 1, advance_care_plan: 1, consent: 1, liberty_safeguard: 1, imca_involvement: 1,
    }]);
  });
});

describe('adding to the record', () => {
  test('a contact adds a comment, marked as theirs, searchable and in the plain text; bad input names the field', async () => {
    const { agent } = await readerWith('family', 'plan', 'granted');
    const bad = await agent.post(`/api/shared/people/${personId}/entries`, { kind: 'gossip', text: '  ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'text']);
    const clientId = '6f0c8a8e-5b7a-4c1d-9a53-1f7a3b2c4d5e';
    const added = await agent.post(`/api/shared/people/${personId}/entries`, { kind: 'about_me', text: 'Mum loves Quokkasong on the radio', clientId });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ kind: 'about_me', text: 'Mum loves Quokkasong on the radio', byYou: true });
    const repeated = await agent.post(`/api/shared/people/${personId}/entries`, { kind: 'about_me', text: 'Mum loves Quokkasong on the radio', clientId });
    expect(repeated.json().id).toBe(added.json().id);
    const view = (await agent.get(`/api/shared/people/${personId}`)).json();
    expect(view.entries).toEqual([expect.objectContaining({ id: added.json().id, byYou: true })]);
    expect((await agent.get(`/api/shared/people/${personId}/search?q=quokkasong`)).json().results).toHaveLength(1);
    expect((await agent.get(`/api/shared/people/${personId}/record.txt`)).body).toContain('Mum loves Quokkasong on the radio');
    // Another reader of the same person does not see it as theirs.
    const { agent: other } = await readerWith('friend', 'plan', 'granted');
    expect((await other.get(`/api/shared/people/${personId}`)).json().entries).toEqual([]);
  });

  test('an officer answering a data request reads what the grant covers and adds nothing', async () => {
    const email = uniqueEmail('officer');
    const grantId = await asOwner(t.db, async (c) => {
      const request = (await c.query<{ id: string }>(
        `INSERT INTO data_requests (organisation_id, service_id, person_ids, requester, what_asked, received_at, due_at, created_by)
         VALUES ($1, $2, $3, $4, 'Records for a safeguarding enquiry', now(), now() + interval '30 days', $5) RETURNING id`,
        [org.id, org.homecareId, [personId], JSON.stringify({ name: 'Olu Officer', organisation: 'Council', kind: 'local_authority' }), seniorStaff.id],
      )).rows[0]!.id;
      return (await c.query<{ id: string }>(
        `INSERT INTO data_request_grants (organisation_id, request_id, officer_name, officer_email, person_ids, parts, expires_at, created_by)
         VALUES ($1, $2, 'Olu Officer', $3, $4, $5, now() + interval '7 days', $6) RETURNING id`,
        [org.id, request, email, [personId], ['daily_records'], seniorStaff.id],
      )).rows[0]!.id;
    });
    await buildExternalAccount(t.db, org, { email, name: 'Olu Officer', createdBy: seniorStaff.id, target: { grantId } });
    const officer = await signInShared(t.app, email);
    const view = await officer.get(`/api/shared/people/${personId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ relationship: 'officer', readOnly: true, parts: ['daily_records'] });
    expect(view.body).toContain(marker.daily_records);
    expect(view.body).not.toContain(marker.plan);
    expect((await officer.post(`/api/shared/people/${personId}/entries`, { kind: 'comment', text: 'Noted' })).statusCode).toBe(403);
  });
});

describe('who has looked at my record', () => {
  test('the person themselves sees staff and outside readers by name and day; nobody else may', async () => {
    const { agent: self } = await readerWith('self', 'plan', 'granted');
    const { agent: family } = await readerWith('family', 'plan', 'granted');
    await family.get(`/api/shared/people/${personId}`);
    await senior.get(`/api/people/${personId}`);
    const views = await self.get(`/api/shared/people/${personId}/record-views`);
    expect(views.statusCode).toBe(200);
    const rows = views.json().views as { who: string; kind: string; on: string; times: number }[];
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ who: 'Reader family', kind: 'outside', on: today() }),
      expect.objectContaining({ who: 'Sam Senior', kind: 'staff' }),
    ]));
    expect((await self.get(`/api/shared/people/${personId}`)).json().canSeeRecordViews).toBe(true);
    expect((await family.get(`/api/shared/people/${personId}/record-views`)).statusCode).toBe(403);
    expect((await family.get(`/api/shared/people/${personId}`)).json().canSeeRecordViews).toBe(false);
  });
});
