import { sharingDecisionRef, type ContactDetail, type ContactEntryView, type ContactSummary } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { bestInterestsDecisionBody, hasCapacityBody, lacksCapacityBody } from '../test/capacity-fixtures.js';
import { capacityRecordBody } from '../test/capacity-record-fixtures.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let manager: Agent;
let quality: Agent;
let homeManager: Agent;
let outsider: Agent;
let admin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Sharing Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }), t.clock.now);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  homeManager = await signInAs(
    t.app,
    await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }),
    t.clock.now,
  );
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
});
afterAll(() => t.close());

const today = () => londonDate(t.clock.now());
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function newPerson(name: string): Promise<string> {
  const res = await senior.post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const contacts = (personId: string) => `/api/people/${personId}/contacts`;
const contact = (personId: string, contactId: string) => `/api/people/${personId}/contacts/${contactId}`;

async function newContact(personId: string, body: Record<string, unknown> = {}): Promise<ContactDetail> {
  const res = await senior.post(contacts(personId), {
    name: 'Ray Clarke',
    relationship: 'family',
    relationshipDetail: 'Son',
    email: 'ray.clarke@family.example',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ContactDetail>();
}

const decision = (overrides: Record<string, unknown> = {}) => ({
  parts: ['plan', 'daily_records'],
  decidedBy: 'person',
  reason: 'Ray may see how the visits go',
  ...overrides,
});

const fieldsOf = (res: { body: string }) => (JSON.parse(res.body) as { errors?: { field: string }[] }).errors?.map((e) => e.field);

/** The decision about sharing, as a capacity assessment names it. */
const aboutSharing = { decision: sharingDecisionRef.decision, decisionKey: sharingDecisionRef.decisionKey, sectionKeys: [] };

async function posted(path: string, body: Record<string, unknown>): Promise<string> {
  const res = await senior.post(path, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A signed assessment of the person's capacity to decide who sees their record (or `overrides`' decision). */
const assess = (personId: string, lacks: boolean, overrides: Record<string, unknown> = {}) =>
  posted(`/api/people/${personId}/capacity-assessments`, (lacks ? lacksCapacityBody : hasCapacityBody)(today(), { ...aboutSharing, ...overrides }));
const decideInBestInterests = (personId: string, assessmentId: string) =>
  posted(`/api/people/${personId}/best-interests-decisions`, bestInterestsDecisionBody(assessmentId, today(), { ...aboutSharing, sectionKeys: [] }));
const recordAuthority = (personId: string, overrides: Record<string, unknown> = {}) =>
  posted(`/api/people/${personId}/legal-authorities`, capacityRecordBody('legal_authority', today(), overrides));

async function auditFor(personId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; resource_type: string; detail: Record<string, unknown> }>(
          `SELECT action, outcome, resource_type, detail FROM audit_log WHERE resource_id = $1
             AND (action LIKE 'person_contact.%' OR action LIKE 'sharing_decision.%' OR action LIKE 'contact_entry.%')
           ORDER BY chain_seq`,
          [personId],
        )
      ).rows,
  );
}

describe('a decision for a person who lacks capacity to make it', () => {
  interface Records {
    personId: string;
    contactId: string;
    lacks: string;
    replaced: string;
    medicines: string;
    bestInterests: string;
    onMedicines: string;
    welfare: string;
    money: string;
    unregistered: string;
    elsewhere: { assessment: string; bestInterests: string; authority: string };
  }
  let r: Records;

  beforeAll(async () => {
    const personId = await newPerson('Lacks Capacity');
    const { id: contactId } = await newContact(personId, { relationship: 'attorney' });
    const replaced = await assess(personId, true, { assessedOn: addDays(today(), -30) });
    const lacks = await assess(personId, true, { supersedes: replaced, supersedeReason: 'Assessed again with her daughter there' });
    const medicines = await assess(personId, true, { decision: 'Managing her medicines', decisionKey: 'medication', sectionKeys: ['medication'] });
    const other = await newPerson('Someone Else Entirely');
    const otherAssessment = await assess(other, true);
    r = {
      personId,
      contactId,
      lacks,
      replaced,
      medicines,
      bestInterests: await decideInBestInterests(personId, lacks),
      onMedicines: await posted(`/api/people/${personId}/best-interests-decisions`, bestInterestsDecisionBody(medicines, today())),
      welfare: await recordAuthority(personId),
      money: await recordAuthority(personId, { scope: 'property_and_financial_affairs', coversLifeSustainingTreatment: null }),
      unregistered: await recordAuthority(personId, { registeredOn: null, reference: null }),
      elsewhere: {
        assessment: otherAssessment,
        bestInterests: await decideInBestInterests(other, otherAssessment),
        authority: await recordAuthority(other),
      },
    };
  });

  const forThem = (rest: Record<string, unknown>) => decision({ decidedBy: 'legal_authority', ...rest });

  test.each<[string, (r: Records) => Record<string, unknown>, string[] | null]>([
    ['the person themselves: refused, the assessment in force finds they lack capacity', () => decision(), ['decidedBy']],
    ['the assessment in force and a best-interests decision on it', (r) => forThem({ capacityAssessmentId: r.lacks, bestInterestsDecisionId: r.bestInterests }), null],
    ['the assessment in force and a health and welfare attorney', (r) => forThem({ capacityAssessmentId: r.lacks, legalAuthorityRecordId: r.welfare }), null],
    ['the assessment it replaced', (r) => forThem({ capacityAssessmentId: r.replaced, legalAuthorityRecordId: r.welfare }), ['capacityAssessmentId']],
    ['an assessment about her medicines', (r) => forThem({ capacityAssessmentId: r.medicines, bestInterestsDecisionId: r.onMedicines }), ['capacityAssessmentId']],
    ['a best-interests decision on another assessment', (r) => forThem({ capacityAssessmentId: r.lacks, bestInterestsDecisionId: r.onMedicines }), ['bestInterestsDecisionId']],
    ['a property and finance attorney', (r) => forThem({ capacityAssessmentId: r.lacks, legalAuthorityRecordId: r.money }), ['legalAuthorityRecordId']],
    ['an unregistered lasting power of attorney', (r) => forThem({ capacityAssessmentId: r.lacks, legalAuthorityRecordId: r.unregistered }), ['legalAuthorityRecordId']],
    [
      'records of another person',
      (r) => forThem({ capacityAssessmentId: r.elsewhere.assessment, bestInterestsDecisionId: r.elsewhere.bestInterests, legalAuthorityRecordId: r.elsewhere.authority }),
      ['capacityAssessmentId', 'bestInterestsDecisionId', 'legalAuthorityRecordId'],
    ],
    ['an id of nothing at all', () => forThem({ capacityAssessmentId: '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e6f', legalAuthorityRecordId: '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e60' }), ['capacityAssessmentId', 'legalAuthorityRecordId']],
  ])('%s', async (_name, body, fields) => {
    const before = (await senior.get(contact(r.personId, r.contactId))).json<ContactDetail>().decisions.length;
    const res = await senior.post(`${contact(r.personId, r.contactId)}/sharing`, body(r));
    if (fields === null) {
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<ContactDetail>().decisions).toHaveLength(before + 1);
      return;
    }
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
    expect((await senior.get(contact(r.personId, r.contactId))).json<ContactDetail>().decisions).toHaveLength(before);
  });

  test('refused, the person\u2019s own decision says why and what to do instead', async () => {
    const res = await senior.post(`${contact(r.personId, r.contactId)}/sharing`, decision());
    expect(res.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'decidedBy', message: expect.stringContaining('lack capacity to decide who may see their record: record the decision as made by someone with legal authority') },
    ]);
  });

  test('the records are named for those who may read them: care workers yes, administrators only by id, and an administrator cannot name them', async () => {
    const res = await senior.post(`${contact(r.personId, r.contactId)}/sharing`, forThem({ capacityAssessmentId: r.lacks, bestInterestsDecisionId: r.bestInterests }));
    expect(res.statusCode, res.body).toBe(201);
    const byCarer = (await carer.get(contact(r.personId, r.contactId))).json<ContactDetail>().decisions[0]!;
    expect(byCarer).toMatchObject({ capacityAssessmentId: r.lacks, bestInterestsDecisionId: r.bestInterests });
    expect(byCarer.restsOn).toContain('the best-interests decision of');
    expect(byCarer.restsOn).toContain('by Mo Manager (Registered manager)');
    const byAdmin = await admin.get(contact(r.personId, r.contactId));
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json<ContactDetail>().decisions[0]).toMatchObject({ capacityAssessmentId: r.lacks, restsOn: null });
    const refused = await admin.post(`${contact(r.personId, r.contactId)}/sharing`, forThem({ capacityAssessmentId: r.lacks, bestInterestsDecisionId: r.bestInterests }));
    expect(refused.statusCode).toBe(403);
  });

  test('the decision is the person\u2019s again once a newer assessment finds they have capacity for it', async () => {
    const personId = await newPerson('Capacity Regained');
    const { id } = await newContact(personId);
    const first = await assess(personId, true);
    expect(fieldsOf(await senior.post(`${contact(personId, id)}/sharing`, decision()))).toEqual(['decidedBy']);
    await assess(personId, false, { supersedes: first, supersedeReason: 'Her infection has cleared' });
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(201);
  });
});

describe('sharing decided by the person', () => {
  test('a new contact sees nothing until the person decides; then what they decided is in force, with its history', async () => {
    const personId = await newPerson('Peggy Pendle');
    const added = await newContact(personId);
    expect(added).toMatchObject({
      name: 'Ray Clarke',
      relationship: 'family',
      relationshipDetail: 'Son',
      email: 'ray.clarke@family.example',
      phone: null,
      createdByName: 'Sam Senior',
      sharing: { state: 'not_decided', parts: [], endsOn: null },
      signIn: { status: 'not_invited', invitationExpiresAt: null },
      decisions: [],
    });

    const endsOn = addDays(today(), 30);
    const res = await senior.post(`${contact(personId, added.id)}/sharing`, decision({ endsOn }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ContactDetail>()).toMatchObject({
      sharing: { state: 'sharing', parts: ['plan', 'daily_records'], endsOn },
      decisions: [{ parts: ['plan', 'daily_records'], endsOn, revoked: false, decidedBy: 'person', recordedBy: { name: 'Sam Senior' } }],
    });

    const list = (await carer.get(contacts(personId))).json<ContactSummary[]>();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: added.id, sharing: { state: 'sharing', parts: ['plan', 'daily_records'] } });
  });

  test('nothing chosen is a decision: nothing shared', async () => {
    const personId = await newPerson('Nothing Shared');
    const { id } = await newContact(personId);
    const res = await manager.post(`${contact(personId, id)}/sharing`, decision({ parts: [] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ContactDetail>().sharing).toEqual({ state: 'nothing_shared', parts: [], endsOn: null });
  });

  test('a legal authority decides, naming what it rests on; the history keeps every decision as it was recorded', async () => {
    const personId = await newPerson('History Kept');
    const { id } = await newContact(personId, { relationship: 'attorney', relationshipDetail: 'Daughter' });
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision({ parts: ['health'] }))).statusCode).toBe(201);
    const first = (await carer.get(contact(personId, id))).json<ContactDetail>().decisions[0]!;
    const assessmentId = await assess(personId, true);
    const authorityId = await recordAuthority(personId, { holderName: 'Helen Whitfield' });
    const later = await manager.post(
      `${contact(personId, id)}/sharing`,
      decision({
        parts: ['health', 'finances'],
        decidedBy: 'legal_authority',
        capacityAssessmentId: assessmentId,
        legalAuthorityRecordId: authorityId,
        authorityDetail: 'Helen told us by phone after reading the plan',
        reason: 'Her attorney decided, as she would have wanted',
      }),
    );
    expect(later.statusCode, later.body).toBe(201);
    const detail = (await quality.get(contact(personId, id))).json<ContactDetail>();
    expect(detail.sharing).toMatchObject({ state: 'sharing', parts: ['health', 'finances'] });
    expect(detail.decisions).toHaveLength(2);
    expect(detail.decisions[0]).toMatchObject({
      decidedBy: 'legal_authority',
      capacityAssessmentId: assessmentId,
      bestInterestsDecisionId: null,
      legalAuthorityRecordId: authorityId,
      authorityDetail: 'Helen told us by phone after reading the plan',
      recordedBy: { name: 'Maya Manager' },
    });
    expect(detail.decisions[0]!.restsOn).toMatch(/^Rests on the capacity assessment of .+ by Sam Senior, finding they lack capacity to decide \u201cWho may see and share their record\u201d; and the health and welfare lasting power of attorney held by Helen Whitfield\.$/);
    expect(detail.decisions[1]).toEqual(first);
    expect(first).toMatchObject({ capacityAssessmentId: null, restsOn: null });

    await expect(
      inTransaction(t.db.pool, org.id, (tx) => tx.query(`UPDATE sharing_decisions SET parts = '{}' WHERE contact_id = $1`, [id])),
    ).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM sharing_decisions WHERE contact_id = $1', [id]))).rejects.toThrow(
      /DELETE on sharing_decisions is not allowed/,
    );
  });

  test('stopping sharing is a new decision: the state is Stopped, the earlier decision stays', async () => {
    const personId = await newPerson('Stopped Sharing');
    const { id } = await newContact(personId);
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(201);
    const missingReason = await senior.post(`${contact(personId, id)}/sharing/revoke`, { decidedBy: 'person', reason: '' });
    expect(missingReason.statusCode).toBe(400);
    expect(fieldsOf(missingReason)).toEqual(['reason']);

    const res = await senior.post(`${contact(personId, id)}/sharing/revoke`, { decidedBy: 'person', reason: 'She asked us to stop' });
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json<ContactDetail>();
    expect(detail.sharing).toEqual({ state: 'revoked', parts: [], endsOn: null });
    expect(detail.decisions.map((d) => [d.revoked, d.parts])).toEqual([
      [true, []],
      [false, ['plan', 'daily_records']],
    ]);
    expect(detail.decisions[0]!.reason).toBe('She asked us to stop');
  });

  test.each([
    ['legal authority naming nothing it rests on', decision({ decidedBy: 'legal_authority' }), ['capacityAssessmentId', 'bestInterestsDecisionId']],
    ['the person decides but names an assessment', decision({ capacityAssessmentId: '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e6f' }), ['capacityAssessmentId']],
    ['an end date already past', decision({ endsOn: '2020-01-01' }), ['endsOn']],
    ['an end date that does not exist', decision({ endsOn: '2030-02-30' }), ['endsOn']],
    ['a part not on the list', decision({ parts: ['everything'] }), ['parts.0']],
    ['no reason', decision({ reason: '  ' }), ['reason']],
    ['nobody said who decided', decision({ decidedBy: undefined }), ['decidedBy']],
  ])('field errors: %s', async (_name, body, fields) => {
    const personId = await newPerson('Field Errors');
    const { id } = await newContact(personId);
    const res = await senior.post(`${contact(personId, id)}/sharing`, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
    expect((await senior.get(contact(personId, id))).json<ContactDetail>().decisions).toEqual([]);
  });

  test('a contact needs a name and how they know the person; an email must be an email', async () => {
    const personId = await newPerson('Contact Errors');
    const res = await senior.post(contacts(personId), { name: '', relationship: 'neighbour', email: 'not an email' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['name', 'relationship', 'email']);
  });

  test('who may read and decide: care workers and the quality lead read; seniors and managers decide; other services refused; other organisations 404', async () => {
    const personId = await newPerson('Access Check');
    const { id } = await newContact(personId);
    expect((await carer.get(contacts(personId))).statusCode).toBe(200);
    expect((await carer.get(contact(personId, id))).statusCode).toBe(200);
    expect((await carer.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(403);
    expect((await carer.post(`${contact(personId, id)}/sharing/revoke`, { decidedBy: 'person', reason: 'x' })).statusCode).toBe(403);
    expect((await carer.post(contacts(personId), { name: 'A Friend', relationship: 'friend' })).statusCode).toBe(403);
    expect((await carer.post(`${contact(personId, id)}/invitations`)).statusCode).toBe(403);
    expect((await quality.get(contact(personId, id))).statusCode).toBe(200);
    expect((await quality.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(403);
    expect((await homeManager.get(contacts(personId))).statusCode).toBe(403);
    expect((await homeManager.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(403);
    expect((await outsider.get(contacts(personId))).statusCode).toBe(404);
    expect((await outsider.get(contact(personId, id))).statusCode).toBe(404);
    expect((await outsider.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(404);
    // A contact of another person is not found through this person.
    const otherPerson = await newPerson('Someone Else');
    expect((await senior.get(contact(otherPerson, id))).statusCode).toBe(404);
    expect((await senior.post(`${contact(otherPerson, id)}/sharing`, decision())).statusCode).toBe(404);
    expect((await senior.get(contact(personId, id))).json<ContactDetail>().decisions).toEqual([]);
  });

  test('inviting a contact: needs an email, answers a join link once, shows as invited, and keeps the token out of the audit', async () => {
    const personId = await newPerson('Invite Check');
    const noEmail = await newContact(personId, { email: '' });
    expect(noEmail.email).toBeNull();
    const refused = await senior.post(`${contact(personId, noEmail.id)}/invitations`);
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual(['email']);

    const withEmail = await newContact(personId);
    const res = await manager.post(`${contact(personId, withEmail.id)}/invitations`);
    expect(res.statusCode, res.body).toBe(201);
    const { link, expiresAt } = res.json<{ link: string; expiresAt: string }>();
    expect(link).toMatch(/^\/shared\/join\/[\w-]{20,}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(t.clock.now().getTime());
    expect((await carer.get(contact(personId, withEmail.id))).json<ContactDetail>().signIn).toEqual({
      status: 'invited',
      invitationExpiresAt: expiresAt,
    });
    const token = link.split('/').pop()!;
    expect(JSON.stringify(await auditFor(personId))).not.toContain(token);
  });

  test('what contacts added is listed for staff, newest first, and a linked sign-in shows', async () => {
    const personId = await newPerson('Entries Check');
    const { id } = await newContact(personId);
    const invited = (await senior.post(`${contact(personId, id)}/invitations`)).json<{ link: string }>();
    expect(invited.link).toBeTruthy();
    await asOwner(t.db, async (c) => {
      const account = (
        await c.query<{ id: string }>(
          `INSERT INTO external_accounts (organisation_id, email, name, password_hash) VALUES ($1, $2, 'Ray Clarke', 'x') RETURNING id`,
          [org.id, `ray.${personId}@family.example`],
        )
      ).rows[0]!.id;
      const invitation = (
        await c.query<{ id: string }>('SELECT id FROM external_invitations WHERE contact_id = $1', [id])
      ).rows[0]!.id;
      await c.query(
        'INSERT INTO external_account_links (organisation_id, account_id, contact_id, invitation_id) VALUES ($1, $2, $3, $4)',
        [org.id, account, id, invitation],
      );
      await c.query(
        `INSERT INTO contact_entries (organisation_id, person_id, account_id, contact_id, kind, body, client_id, created_at)
         VALUES ($1, $2, $3, $4, 'comment', 'Mum enjoyed the garden', gen_random_uuid(), now() - interval '1 hour'),
                ($1, $2, $3, $4, 'concern', 'Her tablets were late', gen_random_uuid(), now())`,
        [org.id, personId, account, id],
      );
    });
    const entries = await carer.get(`/api/people/${personId}/contact-entries`);
    expect(entries.statusCode, entries.body).toBe(200);
    expect(entries.json<ContactEntryView[]>().map((e) => [e.kind, e.body, e.contactName])).toEqual([
      ['concern', 'Her tablets were late', 'Ray Clarke'],
      ['comment', 'Mum enjoyed the garden', 'Ray Clarke'],
    ]);
    expect((await senior.get(contact(personId, id))).json<ContactDetail>().signIn.status).toBe('signed_up');
    expect((await outsider.get(`/api/people/${personId}/contact-entries`)).statusCode).toBe(404);
  });

  test('every read and change is audited against the person, with codes and no names or words', async () => {
    const personId = await newPerson('Audit Check');
    const { id } = await newContact(personId);
    await senior.post(`${contact(personId, id)}/sharing`, decision({ reason: 'Ray worries about the kettle' }));
    await senior.post(`${contact(personId, id)}/sharing/revoke`, { decidedBy: 'person', reason: 'Changed her mind' });
    await carer.get(contacts(personId));
    await carer.get(contact(personId, id));
    await carer.post(`${contact(personId, id)}/sharing`, decision());
    const audit = await auditFor(personId);
    expect(audit.map((a) => [a.action, a.outcome, a.resource_type])).toEqual([
      ['person_contact.create', 'success', 'person'],
      ['sharing_decision.record', 'success', 'person'],
      ['sharing_decision.revoke', 'success', 'person'],
      ['person_contact.list', 'success', 'person'],
      ['person_contact.read', 'success', 'person'],
      // A refusal names what was refused, against the same person.
      ['sharing_decision.record', 'refused', 'sharing_decision'],
    ]);
    expect(audit[1]!.detail).toMatchObject({ contactId: id, parts: ['plan', 'daily_records'], decidedBy: 'person' });
    expect(JSON.stringify(audit)).not.toMatch(/Ray|kettle|Changed/);
  });

  test('after support ends, sharing can still be stopped but no new sharing is recorded', async () => {
    const personId = await newPerson('Ended Person');
    const { id } = await newContact(personId);
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision())).statusCode).toBe(201);
    const person = (await senior.get(`/api/people/${personId}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, communicationFlag: _f, ...fields } = person;
    expect(
      (await senior.put(`/api/people/${personId}`, { ...fields, status: 'ended', statusDate: today(), reason: 'Moved away' }))
        .statusCode,
    ).toBe(200);
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision())).json()).toMatchObject({ code: 'record_read_only' });
    expect((await senior.post(contacts(personId), { name: 'Late Friend', relationship: 'friend' })).statusCode).toBe(409);
    const stop = await senior.post(`${contact(personId, id)}/sharing/revoke`, { decidedBy: 'person', reason: 'Support ended' });
    expect(stop.statusCode, stop.body).toBe(201);
    expect(stop.json<ContactDetail>().sharing.state).toBe('revoked');
  });

  // Last: it moves the clock on two days, past every session's idle limit.
  test('a decision with an end date has ended the day after it', async () => {
    const personId = await newPerson('Ends Soon');
    const { id } = await newContact(personId);
    expect((await senior.post(`${contact(personId, id)}/sharing`, decision({ endsOn: today() }))).statusCode).toBe(201);
    t.clock.advance(48 * 3_600_000);
    const later = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }), t.clock.now);
    expect((await later.get(contact(personId, id))).json<ContactDetail>().sharing).toMatchObject({ state: 'ended', parts: [] });
  });
});
