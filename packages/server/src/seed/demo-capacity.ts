// The demo people's capacity assessments, legal authority and advance care plans, recorded through the repositories
// the API uses, by the homecare senior. Arthur Pickering was assessed as lacking capacity to decide who his record is
// shared with; his daughter Karen holds a registered health and welfare lasting power of attorney and made the
// best-interests decision; a Court of Protection order authorises the locked door at night and is due for review.
// Peggy Thompson's DNACPR form was replaced by a ReSPECT form at her review with her GP, and she made an advance
// care plan. Names and details are invented for the demo.
import {
  bestInterestsBodySchema,
  capacityAssessmentBodySchema,
  capacityRecordPostSchemas,
  sharingDecisionRef,
  type CapacityRecordKind,
  type CapacityRecordPostInputOf,
  type CapacityRecordView,
} from '@hearth/core';
import type pg from 'pg';
import { recordBestInterestsDecision, recordCapacityAssessment } from '../repo/capacity-repository.js';
import { recordCapacityRecord } from '../repo/capacity-records-repository.js';
import type { RequestRepository } from '../repo/request-repository.js';
import type { DemoDays } from './demo-plans/demo-plan-types.js';
import { demoSeniorFor, type DemoAt } from './demo-senior.js';

type At = DemoAt;

export async function seedDemoCapacity(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const { days, at, peggy, arthur } = await demoSeniorFor(pool, organisationId, now);
  await seedArthur(at, days, arthur);
  await seedPeggy(at, days, peggy);
}

/** Records one capacity record as a form would send it, checked by the same schema as the API. */
function record<K extends CapacityRecordKind>(
  repo: RequestRepository,
  personId: string,
  kind: K,
  input: CapacityRecordPostInputOf<K>,
): Promise<CapacityRecordView> {
  const post = { kind, post: capacityRecordPostSchemas[kind].parse(input) };
  return recordCapacityRecord(repo, personId, post as Parameters<typeof recordCapacityRecord>[2]);
}

async function seedArthur(at: At, days: DemoDays, arthur: string): Promise<void> {
  await record(at(days.ago(9), '10:30'), arthur, 'legal_authority', {
    kind: 'lasting_power_of_attorney',
    holderName: 'Karen Pickering',
    scope: 'health_and_welfare',
    conditions: 'Karen is to talk decisions over with Janet first.',
    reference: '7000-4471-2093',
    registeredOn: '2023-06-14',
    seenOn: days.ago(9),
    coversLifeSustainingTreatment: true,
  });

  const assessment = await recordCapacityAssessment(
    at(days.ago(8), '14:00'),
    arthur,
    capacityAssessmentBodySchema.parse({
      decision: 'Who my records are shared with',
      decisionKey: sharingDecisionRef.decisionKey,
      assessedOn: days.ago(8),
      assessor: { name: 'Sam Okafor', role: 'Senior care worker' },
      practicableSteps: {
        kinds: ['information_in_their_format', 'best_time_of_day', 'people_they_trust_present', 'more_time_or_repeated'],
        detail:
          'A one-page picture sheet of who could see which parts of his record, in the morning when he is most alert, with Janet there; gone through on two visits.',
      },
      stageOne: {
        impairment: 'yes',
        evidence: 'Vascular dementia diagnosed by the Leeds memory clinic after his stroke in 2024 (letter on file).',
      },
      stageTwo: {
        understand: { answer: 'can', evidence: 'Said back that his record is the notes the carers write about him.' },
        retain: {
          answer: 'cannot',
          evidence: 'On both visits he had forgotten within a few minutes that other people could be given a view of it.',
        },
        useOrWeigh: {
          answer: 'cannot',
          evidence: 'Could not weigh family seeing his notes against his wish for privacy; agreed to each option in turn.',
        },
        communicate: { answer: 'can', evidence: 'Told us clearly what he thought, given time to find his words.' },
      },
      causalLink: {
        answer: 'yes',
        explanation: 'The memory loss from his vascular dementia is why he cannot hold on to and weigh the information.',
      },
      outcome: 'lacks_capacity',
      fluctuates: false,
      personsWords: 'Janet sees to all that. I don\u2019t want strangers reading about me.',
    }),
  );

  await recordBestInterestsDecision(
    at(days.ago(7), '15:00'),
    arthur,
    bestInterestsBodySchema.parse({
      decision: 'Who my records are shared with',
      decisionKey: sharingDecisionRef.decisionKey,
      assessmentId: assessment.id,
      decidedOn: days.ago(7),
      decisionMaker: { name: 'Karen Pickering', role: 'Attorney (health and welfare lasting power of attorney)' },
      notBasedOnAppearance: true,
      relevantCircumstances:
        'Janet and Karen help Arthur every day and ring the office when something changes; his advocate has asked for a view of his record.',
      regainCapacity: { outlook: 'unlikely', detail: 'His dementia is not expected to improve.' },
      canWait: true,
      participation: 'Karen went through the picture sheet with Arthur at home, with Janet there, and asked what he wanted.',
      wishesFeelingsBeliefsValues:
        'Arthur has always been a private man: he wants his family to know how he is, and strangers not to read about him.',
      lifeSustainingTreatment: false,
      consulted: [
        { name: 'Arthur Pickering', relationship: 'the_person', views: 'Janet sees to all that; no strangers.' },
        {
          name: 'Janet Pickering',
          relationship: 'family',
          views: 'Happy for Karen to decide; she would like to see his visit notes.',
        },
        { name: 'Joan Ellis', relationship: 'other_advocate', views: 'Would like to see his plan to support him at his review.' },
      ],
      lessRestrictiveOptions: [
        {
          option: 'Share nothing and tell the family by phone',
          assessment: 'Janet would miss what happened on visits she is out for; Arthur wants her to know.',
        },
      ],
      decisionMade:
        'Janet and Karen may see Arthur\u2019s plan and visit records; nobody else is given a view without Karen agreeing, in his best interests.',
      reviewOn: days.ahead(175),
    }),
  );

  // He lives in his own home, where the Deprivation of Liberty Safeguards do not reach: the Court of Protection
  // authorises it instead.
  await record(at(days.ago(5), '12:00'), arthur, 'liberty_safeguard', {
    scheme: 'court_of_protection',
    status: 'authorised',
    appliedOn: days.ago(120),
    authorisedOn: days.ago(60),
    expiresOn: days.ahead(305),
    authorisedBy: 'Court of Protection, on the application of Leeds City Council',
    conditions:
      'The front door is locked at night after he twice left home and got lost. Janet or a carer takes him to his allotment on Moor Road at least twice a week.',
    reviewOn: days.ahead(12),
  });
}

async function seedPeggy(at: At, days: DemoDays, peggy: string): Promise<void> {
  const clinician = { name: 'Dr A Khan', role: 'GP, Headingley Medical Practice' };
  const dnacpr = await record(at(days.ago(200), '09:30'), peggy, 'resuscitation', {
    status: 'dnacpr',
    clinician,
    decidedOn: days.ago(200),
    originalKeptAt: 'Red folder by the phone in the hall',
    howStaffTold: 'Alert on her record and a note at the front of the care plan folder',
  });
  await record(at(days.ago(4), '16:00'), peggy, 'resuscitation', {
    status: 'respect_form',
    cprRecommendation: 'do_not_attempt_cpr',
    careFocus: 'comfort',
    clinician,
    decidedOn: days.ago(4),
    originalKeptAt: 'Red folder by the phone in the hall',
    howStaffTold: 'Told at the team meeting; the new form went into the red folder in place of the old one',
    reviewOn: days.ahead(361),
    supersedes: dnacpr.id,
    supersedeReason: 'Dr Khan went through a ReSPECT form with Peggy at her review; it replaces her DNACPR form.',
  });

  await record(at(days.ago(4), '16:30'), peggy, 'advance_care_plan', {
    madeOn: days.ago(4),
    whatMatters: 'My own home, my garden, and David ringing from Leeds every Sunday.',
    wishesForFutureCare:
      'I want to stay at home as long as I can. I do not want to go into hospital just to be kept going: make me comfortable here.',
    preferredPlaceOfCare: 'At home on Beck Lane',
    preferredPlaceOfDeath: 'At home, in my own bed',
    peopleToInvolve: [{ name: 'David Thompson', relationship: 'Son' }],
    religiousAndCulturalWishes: 'The vicar from St Michael\u2019s, Headingley, if I ask for him.',
    copiesHeldBy: ['David Thompson', 'Dr A Khan, Headingley Medical Practice'],
    capacityWhenMade: 'had_capacity',
    hospitalPassport: { inPlace: true, keptAt: 'Purple folder on the kitchen dresser', lastReviewedOn: days.ago(4) },
    reviewOn: days.ahead(361),
  });
}
