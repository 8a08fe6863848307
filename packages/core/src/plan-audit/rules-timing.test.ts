// Scenario tables for the timing and currency rules (A).
import { describe, expect, test } from 'vitest';
import type { AuditInput } from './audit-input.js';
import { auditConfigSchema } from './config.js';
import type { AuditRule } from './rule.js';
import { contradictoryMedicationSupport } from './rules/contradictory-medication-support.js';
import { emergencyStart } from './rules/emergency-start.js';
import { planBeforeStart } from './rules/plan-before-start.js';
import { planOnTime } from './rules/plan-on-time.js';
import { reviewCurrency } from './rules/review-currency.js';
import { stalePlan } from './rules/stale-plan.js';
import { answers, findingsOf, notApplicable, outcomeOf, planInput, set, type Expected } from './test-plans.js';

const agreedFirst = (firstAgreedOn: string | null) => planInput({ firstAgreedOn, version: { agreedOn: '2026-05-20' } });
const noPlanYet = (start: string, today: string, emergency = false) =>
  planInput({
    firstAgreedOn: null,
    version: { status: 'draft', agreedOn: null, agreement: null },
    person: { serviceStartDate: start, emergencyStart: emergency },
    today,
  });
const emergencyAgreed = (firstAgreedOn: string) => planInput({ firstAgreedOn, person: { emergencyStart: true } });

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['A1 agreed before the service started', planOnTime, planInput(), 'pass'],
  ['A1 agreed on the second day after the start', planOnTime, agreedFirst('2026-01-12'), 'pass'],
  ['A1 agreed on the third day after the start', planOnTime, agreedFirst('2026-01-13'), ['fail']],
  ['A1 never agreed, months after the start', planOnTime, noPlanYet('2026-01-10', '2026-06-01'), ['fail']],
  ['A1 not agreed yet, but not yet due', planOnTime, noPlanYet('2026-05-31', '2026-06-01'), 'pass'],
  [
    'A1 the version being audited is the first agreed, late',
    planOnTime,
    planInput({ firstAgreedOn: null, version: { agreedOn: '2026-02-01' } }),
    ['fail'],
  ],
  ['A1 does not judge an emergency start', planOnTime, emergencyAgreed('2026-01-20'), 'n/a'],
  ['A1 does not judge without the person', planOnTime, planInput({ person: null }), 'n/a'],
  ['A1 does not judge without a start date', planOnTime, planInput({ person: { serviceStartDate: null } }), 'n/a'],
  [
    'A1 does not judge a start date that is not a date',
    planOnTime,
    planInput({ person: { serviceStartDate: '2026-02-31' } }),
    'n/a',
  ],
  ['A2 agreed before the start', planBeforeStart, planInput(), 'pass'],
  ['A2 agreed the day after the start', planBeforeStart, agreedFirst('2026-01-11'), ['warn']],
  ['A2 leaves a late plan to A1', planBeforeStart, agreedFirst('2026-01-13'), 'pass'],
  ['A2 service started yesterday without a plan', planBeforeStart, noPlanYet('2026-05-31', '2026-06-01'), ['warn']],
  ['A2 does not judge an emergency start', planBeforeStart, emergencyAgreed('2026-01-11'), 'n/a'],
  ['A3 not an emergency start', emergencyStart, planInput(), 'n/a'],
  ['A3 emergency start, plan agreed the next day', emergencyStart, emergencyAgreed('2026-01-11'), 'pass'],
  ['A3 emergency start, plan agreed 10 days later', emergencyStart, emergencyAgreed('2026-01-20'), ['fail']],
  ['A3 emergency start, still no plan', emergencyStart, noPlanYet('2026-05-01', '2026-06-01', true), ['fail']],
  ['A5 agreed this month', stalePlan, planInput(), 'pass'],
  ['A5 agreed more than 2 years ago', stalePlan, planInput({ version: { agreedOn: '2024-05-01' } }), ['fail']],
  ['A5 does not judge a draft', stalePlan, planInput({ version: { status: 'draft', agreedOn: null } }), 'n/a'],
  [
    'A5 does not judge a superseded version',
    stalePlan,
    planInput({ version: { status: 'superseded', agreedOn: '2020-01-01' } }),
    'n/a',
  ],
  ['A6 "administer" and level 2 agree', contradictoryMedicationSupport, planInput(), 'pass'],
  [
    'A6 "prompt" and level 0 agree',
    contradictoryMedicationSupport,
    planInput({
      sections: {
        health_and_wellbeing: answers({ medication_support: 'Yes, prompt only' }),
        medication: set({ level: 'level_0' }),
      },
    }),
    'pass',
  ],
  [
    'A6 "prompt" but level 2',
    contradictoryMedicationSupport,
    planInput({ sections: { health_and_wellbeing: answers({ medication_support: 'Yes, prompt only' }) } }),
    ['fail'],
  ],
  [
    'A6 "no" but level 2',
    contradictoryMedicationSupport,
    planInput({ sections: { health_and_wellbeing: answers({ medication_support: 'No, I take no medicines' }) } }),
    ['fail'],
  ],
  [
    'A6 "family given" and self-medicating agree',
    contradictoryMedicationSupport,
    planInput({
      sections: {
        health_and_wellbeing: answers({ medication_support: 'Family given: Tom does it' }),
        medication: set({ level: 'self_medicating' }),
      },
    }),
    'pass',
  ],
  [
    'A6 an answer that names no kind of support is not judged',
    contradictoryMedicationSupport,
    planInput({ sections: { health_and_wellbeing: answers({ medication_support: 'See my MAR chart' }) } }),
    'pass',
  ],
  [
    'A6 medication section not applicable',
    contradictoryMedicationSupport,
    planInput({ sections: { medication: notApplicable } }),
    'n/a',
  ],
  ['A7 agreed 12 days ago', reviewCurrency, planInput(), 'pass'],
  ['A7 agreed 7 months ago', reviewCurrency, planInput({ version: { agreedOn: '2025-11-01' } }), ['fail']],
  [
    'A7 a section review date has passed',
    reviewCurrency,
    planInput({ sections: { medication: set({ nextReviewDate: '2026-05-01' }) } }),
    ['fail'],
  ],
  [
    'A7 a section review date still ahead',
    reviewCurrency,
    planInput({ sections: { medication: set({ nextReviewDate: '2026-07-01' }) } }),
    'pass',
  ],
  ['A7 a draft without review dates', reviewCurrency, planInput({ version: { status: 'draft', agreedOn: null } }), 'n/a'],
];

describe('timing and currency rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });

  test('the review interval is configuration: a provider reviewing yearly passes a 7-month-old plan', () => {
    const input = planInput({ version: { agreedOn: '2025-11-01' } });
    expect(outcomeOf(reviewCurrency, input, auditConfigSchema.parse({ reviewIntervalDays: 365 }))).toBe('pass');
  });

  test('a passed section review date points at that section\u2019s field', () => {
    const [finding] = findingsOf(reviewCurrency, planInput({ sections: { medication: set({ nextReviewDate: '2026-05-01' }) } }));
    expect(finding).toMatchObject({ ruleId: 'A7', sectionKey: 'medication', field: 'sections.5.nextReviewDate' });
  });

  test('the contradiction points at the medication support level', () => {
    const [finding] = findingsOf(
      contradictoryMedicationSupport,
      planInput({ sections: { health_and_wellbeing: answers({ medication_support: 'Yes, prompt only' }) } }),
    );
    expect(finding?.field).toBe('sections.5.medicationSupportLevel');
  });
});
