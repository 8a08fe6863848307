import { addDays, type StaffTrainingResponse, type TrainingFlag, type TrainingOverview } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate, startOfLondonDay } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let quality: Agent;
let homecareSenior: Agent;
let homeSenior: Agent;
let homeSeniorStaff: TestStaff;
let managerStaff: TestStaff;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Flag Test Care');
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' });
  manager = await signInAs(t.app, managerStaff, t.clock.now);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }), t.clock.now);
  homecareSenior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }), t.clock.now);
  homeSeniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId, name: 'Grace Senior' });
  homeSenior = await signInAs(t.app, homeSeniorStaff, t.clock.now);
});
afterAll(() => t.close());

const today = () => londonDate(t.clock.now());

async function newPerson(serviceId: string, name: string): Promise<string> {
  const res = await manager.post('/api/people', personBody(serviceId, { legalName: name, preferredName: null }));
  if (res.statusCode !== 201) {
    // A homecare manager cannot add someone to the care home: the care-home senior can.
    const again = await homeSenior.post('/api/people', personBody(serviceId, { legalName: name, preferredName: null }));
    expect(again.statusCode, again.body).toBe(201);
    return again.json<{ id: string }>().id;
  }
  return res.json<{ id: string }>().id;
}

/** A behaviour support plan version, written as the owner (the plan's own routes are another part of Hearth). */
async function planVersion(personId: string, practices: string[], agreed: boolean): Promise<void> {
  await asOwner(t.db, async (c) => {
    const next = (
      await c.query<{ n: number }>(
        'SELECT coalesce(max(version), 0) + 1 AS n FROM behaviour_support_plan_versions WHERE person_id = $1',
        [personId],
      )
    ).rows[0]!.n;
    const id = (
      await c.query<{ id: string }>(
        `INSERT INTO behaviour_support_plan_versions (organisation_id, person_id, version, body, review_by, restrictive_practices, change_reason, recorded_by)
       VALUES ($1, $2, $3, '{}'::jsonb, $4, $5, 'Test', $6) RETURNING id`,
        [org.id, personId, next, addDays(today(), 90), practices, managerStaff.id],
      )
    ).rows[0]!.id;
    if (agreed) {
      await c.query(
        `INSERT INTO behaviour_support_plan_agreements (organisation_id, plan_version_id, body, recorded_by) VALUES ($1, $2, '{}'::jsonb, $3)`,
        [org.id, id, managerStaff.id],
      );
    }
  });
}

/** A planned visit `days` from today at 10:00 in England, cancelled if asked (written as the owner). */
async function visit(personId: string, staffId: string, days: number, cancelled = false): Promise<void> {
  await asOwner(t.db, async (c) => {
    const startsAt = new Date(startOfLondonDay(addDays(today(), days)).getTime() + 10 * 3_600_000);
    const id = (
      await c.query<{ id: string }>(
        `INSERT INTO planned_visits (organisation_id, service_id, person_id, staff_id, starts_at, ends_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [org.id, org.homecareId, personId, staffId, startsAt, new Date(startsAt.getTime() + 1_800_000), managerStaff.id],
      )
    ).rows[0]!.id;
    if (cancelled)
      await c.query(
        'INSERT INTO planned_visit_cancellations (visit_id, organisation_id, reason, cancelled_by) VALUES ($1, $2, $3, $4)',
        [id, org.id, 'Test', managerStaff.id],
      );
  });
}

async function train(staffId: string, overrides: Record<string, unknown>): Promise<void> {
  const res = await manager.post(`/api/staff/${staffId}/training-records`, {
    topic: 'restrictive_practice',
    course: 'Restrictive practice',
    trainingProvider: 'Calm Approaches',
    completedOn: addDays(today(), -300),
    expiresOn: addDays(today(), 65),
    rrnCertified: true,
    certificateReference: 'CERT-1',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
}

// The quality lead reads across the organisation; a homecare manager cannot read a care-home resident at all.
const flagsFor = async (personId: string, agent: Agent = quality) => {
  const res = await agent.get(`/api/training/flags?personId=${personId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ flags: TrainingFlag[] }>().flags;
};
const summary = (flags: TrainingFlag[]) =>
  flags.map((f) => [f.staffName, f.severity, f.standing, f.hasUncertifiedCourse, f.basis]);

describe('in a care home: care workers and seniors holding a role there', () => {
  let stan: string;
  let olu: TestStaff;
  beforeAll(async () => {
    stan = await newPerson(org.careHomeId, 'Stanley Flagged');
    olu = await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId, name: 'Olu Expired' });
    const bea = await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId, name: 'Bea Uncertified' });
    const cy = await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId, name: 'Cy Soon' });
    await train(olu.id, { expiresOn: addDays(today(), -20) });
    await train(bea.id, { rrnCertified: false, certificateReference: null, expiresOn: addDays(today(), 300) });
    await train(cy.id, { expiresOn: addDays(today(), 30) });
    await train(homeSeniorStaff.id, { expiresOn: addDays(today(), 200) });
  });

  test('nobody is flagged until a plan naming a restrictive practice is agreed', async () => {
    await planVersion(stan, ['physical'], false);
    expect(await flagsFor(stan)).toEqual([]);
  });

  test('once agreed: expired and uncertified training are flagged, expiring training warned about, current training not', async () => {
    await planVersion(stan, ['physical'], true);
    expect(summary(await flagsFor(stan))).toEqual([
      ['Bea Uncertified', 'flag', 'missing', true, 'care_home_grant'],
      ['Olu Expired', 'flag', 'expired', false, 'care_home_grant'],
      ['Cy Soon', 'warning', 'expires_soon', false, 'care_home_grant'],
    ]);
    const oluFlag = (await flagsFor(stan)).find((f) => f.staffId === olu.id);
    expect(oluFlag).toMatchObject({
      personName: 'Stanley Flagged',
      restrictivePractices: ['physical'],
      expiresOn: addDays(today(), -20),
    });
  });

  test('the flags show on the overview, on the staff member\u2019s training and to the care worker themself', async () => {
    const overview = (await quality.get('/api/training')).json<TrainingOverview>();
    expect(overview.flags.filter((f) => f.personId === stan).map((f) => f.staffName)).toEqual([
      'Bea Uncertified',
      'Olu Expired',
      'Cy Soon',
    ]);
    const own = await signInAs(t.app, olu, t.clock.now);
    const read = (await own.get(`/api/staff/${olu.id}/training`)).json<StaffTrainingResponse>();
    expect(read.flags.map((f) => [f.personId, f.standing])).toEqual([[stan, 'expired']]);
    expect(read.restrictivePractice.standing).toBe('expired');
  });

  test('readers outside the care home see neither its residents nor its staff', async () => {
    expect((await homecareSenior.get(`/api/training/flags?personId=${stan}`)).statusCode).toBe(403);
    for (const agent of [homecareSenior, manager]) {
      const overview = (await agent.get('/api/training')).json<TrainingOverview>();
      expect(overview.flags.filter((f) => f.personId === stan)).toEqual([]);
    }
    expect((await flagsFor(stan, homeSenior)).length).toBe(3);
  });

  test('the latest agreed version counts: an agreed plan with no restrictive practice ends the flags', async () => {
    await planVersion(stan, [], true);
    expect(await flagsFor(stan)).toEqual([]);
  });

  test('a refresher clears a flag', async () => {
    const winnie = await newPerson(org.careHomeId, 'Winifred Refreshed');
    await planVersion(winnie, ['seclusion'], true);
    expect((await flagsFor(winnie)).map((f) => f.staffName)).toContain('Olu Expired');
    await train(olu.id, { completedOn: today(), expiresOn: addDays(today(), 365) });
    expect((await flagsFor(winnie)).map((f) => f.staffName)).not.toContain('Olu Expired');
  });
});

describe('in homecare: staff with a planned visit from today for the next 14 days', () => {
  test('only uncancelled visits within the window count', async () => {
    const arthur = await newPerson(org.homecareId, 'Arthur Visited');
    await planVersion(arthur, ['physical'], true);
    const names = [
      'Tomorrow Visitor',
      'Fourteen Days',
      'Fifteen Days',
      'Cancelled Visitor',
      'Yesterday Visitor',
      'Certified Visitor',
    ];
    const [tomorrow, fourteen, fifteen, cancelled, yesterday, certified] = await Promise.all(
      names.map((name) => buildStaff(t.db, org, { role: 'care_worker', name })),
    );
    await visit(arthur, tomorrow!.id, 1);
    await visit(arthur, tomorrow!.id, 3);
    await visit(arthur, fourteen!.id, 14);
    await visit(arthur, fifteen!.id, 15);
    await visit(arthur, cancelled!.id, 2, true);
    await visit(arthur, yesterday!.id, -1);
    await visit(arthur, certified!.id, 2);
    await train(certified!.id, { expiresOn: addDays(today(), 300) });
    const flags = await flagsFor(arthur);
    expect(summary(flags)).toEqual([
      ['Fourteen Days', 'flag', 'missing', false, 'planned_visit'],
      ['Tomorrow Visitor', 'flag', 'missing', false, 'planned_visit'],
    ]);
    expect(flags.find((f) => f.staffId === tomorrow!.id)?.nextVisitAt).toBe(
      new Date(startOfLondonDay(addDays(today(), 1)).getTime() + 10 * 3_600_000).toISOString(),
    );
    // A homecare senior reaches the person and the visiting staff of their service.
    expect((await flagsFor(arthur, homecareSenior)).map((f) => f.staffName)).toEqual(['Fourteen Days', 'Tomorrow Visitor']);
  });

  test('a holder of a homecare grant is not assigned by the grant alone', async () => {
    const edith = await newPerson(org.homecareId, 'Edith Unvisited');
    await planVersion(edith, ['chemical'], true);
    expect(await flagsFor(edith)).toEqual([]);
  });
});

describe('reading flags', () => {
  test('someone outside the organisation is not found, and the read is audited', async () => {
    const other = await buildOrganisation(t.db, 'Other Flag Care');
    const outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager' }), t.clock.now);
    const person = await newPerson(org.homecareId, 'Peggy Private');
    expect((await outsider.get(`/api/training/flags?personId=${person}`)).statusCode).toBe(404);
    expect((await manager.get('/api/training/flags?personId=not-an-id')).statusCode).toBe(400);
    await flagsFor(person);
    const audited = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ action: string; outcome: string }>(
            'SELECT action, outcome FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
            [person],
          )
        ).rows,
    );
    expect(audited.filter((a) => a.action === 'staff_training.flags')).toEqual([
      { action: 'staff_training.flags', outcome: 'refused' },
      { action: 'staff_training.flags', outcome: 'success' },
    ]);
  });
});
