// One record of each of the later kinds kept about a person (contacts and sharing, what a contact added, a data
// request, planned visits, a printed pack, capacity records, Positive Behaviour Support), each added over HTTP by
// the staff who would add it, for the subject access tests. Answers the ids of what was added, to find in the export.
import { addDays, londonInstant } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { londonDate } from '../dates.js';
import { bspAgreementBody, bspReviewBody, bspSaveBody } from './behaviour-support-plan-fixtures.js';
import { bestInterestsDecisionBody, lacksCapacityBody } from './capacity-fixtures.js';
import { capacityRecordBody } from './capacity-record-fixtures.js';
import type { TestOrganisation } from './factories.js';
import { palAssessmentBody } from './pal-fixtures.js';
import { buildExternalAccount, signInShared, uniqueEmail } from './shared-fixtures.js';
import type { Agent, TestApp } from './test-app.js';
import { asOwner } from './test-database.js';

export interface WholeRecordStaff {
  t: TestApp;
  org: TestOrganisation;
  carer: Agent;
  senior: Agent;
  manager: Agent;
  carerId: string;
  seniorId: string;
}

export interface LaterRecordIds {
  contact: string;
  contactEntry: string;
  dataRequest: string;
  plannedVisit: string;
  printedPack: string;
  capacityAssessment: string;
  bestInterestsDecision: string;
  capacityRecords: string[];
  behaviourSupportPlanVersion: string;
  abcRecord: string;
  scatterPlotEntry: string;
  restrictiveIntervention: string;
  palAssessment: string;
}

function created(res: LightMyRequestResponse): string {
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/**
 * Adds one record of each later kind about the person (in the homecare service); `marker` is written into most of
 * them. `alsoOnRequest` is another person of the service the data request names too.
 */
export async function addLaterRecords(
  s: WholeRecordStaff,
  personId: string,
  marker: string,
  alsoOnRequest: string,
): Promise<LaterRecordIds> {
  const now = s.t.clock.now();
  const today = londonDate(now);
  const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
  const url = (path: string) => `/api/people/${personId}/${path}`;

  const contact = created(
    await s.senior.post(url('contacts'), {
      name: `Ray ${marker}`,
      relationship: 'family',
      relationshipDetail: 'Son',
      email: uniqueEmail('ray'),
    }),
  );
  expect(
    (
      await s.senior.post(url(`contacts/${contact}/sharing`), {
        parts: ['plan', 'daily_records'],
        decidedBy: 'person',
        reason: `Ray may see how the visits go ${marker}`,
      })
    ).statusCode,
  ).toBe(201);
  const email = uniqueEmail('ray.signin');
  await buildExternalAccount(s.t.db, s.org, {
    email,
    name: `Ray ${marker}`,
    createdBy: s.seniorId,
    target: { contactId: contact },
  });
  const ray = await signInShared(s.t.app, email);
  const contactEntry = created(
    await ray.post(`/api/shared/people/${personId}/entries`, {
      kind: 'comment',
      text: `Mum enjoyed the garden ${marker}`,
      clientId: randomUUID(),
    }),
  );

  const dataRequest = created(
    await s.manager.post('/api/data-requests', {
      serviceId: s.org.homecareId,
      personIds: [personId, alsoOnRequest],
      whatAsked: `Her daily records ${marker}`,
      requester: {
        name: 'Priya Shah',
        organisation: 'Leeds City Council',
        role: 'social_care_professional',
        email: 'priya.shah@leeds.example',
      },
      receivedAt: new Date(now.getTime() - 3_600_000).toISOString(),
    }),
  );

  const plannedVisit = created(
    await s.senior.post('/api/planned-visits', {
      personId,
      staffId: s.carerId,
      startsAt: hoursFromNow(2),
      endsAt: hoursFromNow(2.5),
      label: `Lunch call ${marker}`,
    }),
  );
  expect(
    (await s.manager.post(`/api/planned-visits/${plannedVisit}/cancellation`, { reason: `Staying with her son ${marker}` }))
      .statusCode,
  ).toBe(201);

  // Printing a pack renders a PDF; the register row it leaves is what the export reads, so it is added directly.
  const printedPack = await asOwner(
    s.t.db,
    async (c) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO printed_packs (organisation_id, person_id, plan_version, print_size, printed_by) VALUES ($1, $2, 1, 'large', $3) RETURNING id`,
          [s.org.id, personId, s.seniorId],
        )
      ).rows[0]!.id,
  );

  const capacityAssessment = created(
    await s.senior.post(
      url('capacity-assessments'),
      lacksCapacityBody(today, { personsWords: `I just want my routine ${marker}` }),
    ),
  );
  const bestInterestsDecision = created(
    await s.manager.post(
      url('best-interests-decisions'),
      bestInterestsDecisionBody(capacityAssessment, today, { decisionMade: `Locked cupboard ${marker}` }),
    ),
  );
  const capacityRecords = [
    created(
      await s.senior.post(
        url('legal-authorities'),
        capacityRecordBody('legal_authority', today, { holderName: `Helen ${marker}` }),
      ),
    ),
    created(await s.senior.post(url('resuscitation-records'), capacityRecordBody('resuscitation', today))),
    created(
      await s.senior.post(
        url('advance-care-plans'),
        capacityRecordBody('advance_care_plan', today, { whatMatters: `My cat ${marker}` }),
      ),
    ),
  ];

  const saved = await s.senior.post(url('behaviour-support-plan/versions'), bspSaveBody(today, null, { marker }));
  expect(saved.statusCode, saved.body).toBe(201);
  // The plan's answer names its versions by number; the row's id is what the export shows.
  const behaviourSupportPlanVersion = await asOwner(
    s.t.db,
    async (c) =>
      (
        await c.query<{ id: string }>('SELECT id FROM behaviour_support_plan_versions WHERE person_id = $1 AND version = 1', [
          personId,
        ])
      ).rows[0]!.id,
  );
  expect((await s.senior.post(url('behaviour-support-plan/versions/1/agreement'), bspAgreementBody(today))).statusCode).toBe(201);
  expect((await s.manager.post(url('behaviour-support-plan/versions/1/reviews'), bspReviewBody(today))).statusCode).toBe(201);

  const abcRecord = created(
    await s.carer.post(url('abc-records'), {
      clientId: randomUUID(),
      occurredAt: hoursFromNow(-2),
      behaviour: 'Trying to leave the building',
      behaviourForm: `Stood at the front door pulling the handle ${marker}`,
      intensity: 3,
      durationMinutes: 20,
      restrictiveInterventionUsed: false,
      setting: 'Front hall',
      activity: 'Waiting for tea',
      peoplePresent: 'One member of staff',
      settingEvents: [],
      antecedent: { category: 'left_alone', description: 'Staff were busy with the tea round' },
      consequence: { category: 'attention_given', description: 'Sat with her and talked about her children' },
      communicating: 'She may have wanted company',
      whatHelped: 'Talking about her children helped',
    }),
  );
  const yesterday = addDays(today, -1);
  const plotted = await s.carer.post(url('scatter-plot/entries'), {
    behaviour: 'Trying to leave the building',
    observedOn: yesterday,
    slotMinutes: 30,
    cells: [{ slotStartMinute: 16 * 60, grade: 'some', activity: `Waiting for tea ${marker}` }],
  });
  expect(plotted.statusCode, plotted.body).toBe(201);
  // The answer is the day's grid, not the entry; its id is found by the cell it filled.
  const scatterPlotEntry = await asOwner(
    s.t.db,
    async (c) =>
      (
        await c.query<{ id: string }>('SELECT id FROM scatter_plot_entries WHERE person_id = $1 AND observed_on = $2', [
          personId,
          yesterday,
        ])
      ).rows[0]!.id,
  );

  const restrictiveIntervention = created(
    await s.carer.post(url('restrictive-interventions'), {
      clientId: randomUUID(),
      kind: 'physical',
      startedAt: londonInstant(yesterday, 15 * 60).toISOString(),
      durationMinutes: 4,
      followedPlan: 'yes',
      abcRecordId: null,
      body: {
        staffInvolved: [{ name: 'Grace Mensah', role: 'Senior care worker' }],
        reason: `Hitting out at another resident ${marker}`,
        riskAnswered: 'Harm to a frail resident',
        lessRestrictive: { tried: ['Calm voice, offered a walk'], noneReason: null },
        whatWasDone: 'Two-person guided escort to her room',
        medicine: null,
        personInjury: { injured: false, details: null },
        staffInjury: { injured: false, details: null },
        personView: 'Said she did not like being held',
      },
    }),
  );
  expect(
    (
      await s.senior.post(`/api/restrictive-interventions/${restrictiveIntervention}/debriefs`, {
        withWhom: 'person',
        heldOn: today,
        body: {
          participants: 'The person and Sam Senior',
          account: `I was frightened when the other man shouted ${marker}`,
          couldBeDoneDifferently: 'Sit her away from the television.',
          planChange: { needed: false, what: null },
        },
      })
    ).statusCode,
    'debrief',
  ).toBe(201);

  const palAssessment = created(
    await s.senior.post(url('pal-assessments'), palAssessmentBody(addDays(today, -3), addDays(today, 87), {})),
  );

  return {
    contact,
    contactEntry,
    dataRequest,
    plannedVisit,
    printedPack,
    capacityAssessment,
    bestInterestsDecision,
    capacityRecords,
    behaviourSupportPlanVersion,
    abcRecord,
    scatterPlotEntry,
    restrictiveIntervention,
    palAssessment,
  };
}

/** A phone's report that it holds a visit record for the person unsent (so the search for her id finds the table). */
export async function reportUnsentVisit(carer: Agent, personId: string, savedAt: string): Promise<void> {
  const res = await carer.post('/api/outbox-reports', {
    deviceId: randomUUID(),
    entries: [{ clientId: randomUUID(), personId, savedAt, state: 'waiting', lastErrorCode: null }],
  });
  expect(res.statusCode, res.body).toBe(201);
}
