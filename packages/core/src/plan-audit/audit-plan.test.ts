import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { planContentSchema, participantKinds } from '../care-plan/plan-content.js';
import { toolkitSections } from '../care-plan/sections/index.js';
import { medicationSupportLevels, supportLevels } from '../care-plan/support-levels.js';
import { planStatuses } from '../care-plan/lifecycle.js';
import type { AuditInput } from './audit-input.js';
import { auditPlan, scoreOf, type RuleResult } from './audit-plan.js';
import { auditConfigSchema, defaultAuditConfig } from './config.js';
import { cqcQualityStatements } from './finding.js';
import { auditRules } from './rules/index.js';
import { planInput, remove, goodSections } from './test-plans.js';

describe('auditPlan', () => {
  test('the good plan passes every rule and scores 100', () => {
    const result = auditPlan(planInput());
    expect(result.findings.map((f) => `${f.ruleId} ${f.field ?? ''} ${f.explanation}`)).toEqual([]);
    expect(result.score).toBe(100);
    expect(result.rulesRun.length + result.rulesNotApplicable.length).toBe(auditRules.length);
  });

  test('an empty plan is a list of findings, not a crash: every missing section is named', () => {
    const input: AuditInput = { ...planInput({ person: null }), content: planContentSchema.parse({ sections: [] }) };
    const result = auditPlan(input);
    const missing = result.findings.filter((f) => f.ruleId === 'B16').map((f) => f.sectionKey);
    expect(missing).toEqual(toolkitSections.map((d) => d.key));
    expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['B9', 'I64']));
    expect(result.score).toBeLessThan(30);
  });

  test('a plan with only some sections gets findings for the rest and judges those it has', () => {
    const input = planInput({
      sections: Object.fromEntries(
        Object.keys(goodSections)
          .filter((k) => k !== 'medication')
          .map((k) => [k, remove]),
      ),
    });
    const result = auditPlan(input);
    expect(result.rulesRun.map((r) => r.id)).toEqual(expect.arrayContaining(['E29', 'E34', 'E35']));
    expect(result.rulesNotApplicable.map((r) => r.id)).toEqual(expect.arrayContaining(['C17', 'G44', 'H52']));
  });

  test('each missing section costs the score: ten missing cost more than one', () => {
    const keys = Object.keys(goodSections);
    const missing = (n: number) =>
      auditPlan(planInput({ sections: Object.fromEntries(keys.slice(0, n).map((k) => [k, remove])) })).score ?? 100;
    expect(missing(1)).toBeLessThan(100);
    expect(missing(10)).toBeLessThan(missing(1) - 10);
  });

  test('a provider can switch a rule off, or change its severity', () => {
    const vague = planInput({
      sections: { visits_and_support: (s) => ({ ...s, steps: [{ when: 'Morning', what: 'Assist as necessary with washing' }] }) },
    });
    const stricter = auditPlan(vague, auditConfigSchema.parse({ severityOverrides: { B12: 'fail' } }));
    expect(stricter.findings.find((f) => f.ruleId === 'B12')?.severity).toBe('fail');
    expect(stricter.rulesRun.find((r) => r.id === 'B12')).toMatchObject({ severity: 'fail', outcome: 'fail' });
    const off = auditPlan(vague, auditConfigSchema.parse({ disabledRules: ['B12'] }));
    expect(off.findings.some((f) => f.ruleId === 'B12')).toBe(false);
    expect(off.rulesDisabled).toEqual(['B12']);
  });

  test.each([
    ['nothing ran', [], null],
    [
      'every rule passed',
      [
        ['fail', 'pass'],
        ['warn', 'pass'],
      ],
      100,
    ],
    [
      'one of two fail rules failed',
      [
        ['fail', 'fail'],
        ['fail', 'pass'],
      ],
      50,
    ],
    [
      'a warning rule warned beside a passing fail rule',
      [
        ['fail', 'pass'],
        ['warn', 'warn'],
      ],
      75,
    ],
    ['a fail rule that only warned loses the warning weight', [['fail', 'warn']], 67],
    [
      'everything failed',
      [
        ['fail', 'fail'],
        ['warn', 'warn'],
      ],
      0,
    ],
  ] as const)('score: %s', (_name, results, score) => {
    const rules: RuleResult[] = results.map(([severity, outcome], i) => ({
      id: `R${i}`,
      title: 'rule',
      severity,
      outcome,
      items: 1,
      itemsFound: outcome === 'pass' ? 0 : 1,
    }));
    expect(scoreOf(rules, defaultAuditConfig.scoreWeights)).toBe(score);
  });
});

describe('the rule list', () => {
  test('ids are unique, follow the numbering scheme, and every rule says where it comes from', () => {
    const ids = auditRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of auditRules) {
      expect(rule.id).toMatch(/^(?:[A-K](?:[1-9]|[1-6]\d|7[0-6])|X\d+)$/);
      expect(rule.guidance.reference.length).toBeGreaterThan(10);
      expect(rule.cqc.length).toBeGreaterThan(0);
      for (const q of rule.cqc) expect(cqcQualityStatements).toContain(q);
      for (const key of rule.configKeys) expect(Object.keys(defaultAuditConfig)).toContain(key);
    }
  });

  test('docs/plan-audit-rules.md describes every rule', () => {
    const doc = readFileSync(new URL('../../../../docs/plan-audit-rules.md', import.meta.url), 'utf8');
    for (const rule of auditRules) expect(doc).toContain(`| ${rule.id} |`);
  });
});

// Arbitrary plans, parsed as the server and the command line parse them, with odd dates and unknown facts around them.
const words = [
  '',
  'Yes',
  'No',
  'None',
  'as required',
  'every 4 hours',
  'dementia',
  'I',
  'my',
  'difficult',
  'wanders',
  'PRN',
  'fluid chart',
  '2026-02-30',
  '2026-01-01',
  '1/2/2026',
  'DNACPR',
  'hoist',
  'standing hoist',
  'cared for in bed',
  'double incontinent',
  'some',
  'lacks',
  'all',
  'capacity',
  '08:30',
  'health and welfare',
  'MUST 2',
  'food first',
  'menu',
  'Monday',
  '.',
  ';',
  '\n',
  '-',
  'yes,',
];
const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
const someText = text.map((t) => (t.trim() === '' ? 'x' : t));
const shortText = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
  .map((w) => (w.join(' ').trim() === '' ? 'x' : w.join(' ')));
const realDate = fc.constantFrom('2020-02-29', '2026-01-01', '2026-06-01', '2031-12-31');
const oddDate = fc.constantFrom('2026-02-31', 'not a date', '', '2026-1-1', '9999-12-31', '2026-06-01', '2024-01-01');
const allPrompts = [...new Set(toolkitSections.flatMap((d) => d.prompts.map((p) => p.key))), 'unknown_prompt'];
const allChecklists = toolkitSections.flatMap((d) => d.checklists.flatMap((c) => c.items.map((i) => [c.key, i.key] as const)));
const id = fc.constantFrom('a', 'b', 'c');

const sectionArb = fc.record({
  sectionKey: fc.constantFrom(...toolkitSections.map((d) => d.key), 'my_own_section'),
  notApplicable: fc.option(fc.record({ reason: someText }), { freq: 4 }),
  checklist: fc.array(
    fc
      .tuple(fc.constantFrom(...allChecklists), fc.constantFrom(...supportLevels))
      .map(([[checklistKey, itemKey], level]) => ({ checklistKey, itemKey, level })),
    { maxLength: 12 },
  ),
  answers: fc.array(fc.record({ promptKey: fc.constantFrom(...allPrompts), text: someText }), { maxLength: 10 }),
  strengths: fc.option(text),
  needs: fc.option(text),
  outcomes: fc.array(
    fc.record({
      id,
      goal: someText,
      howMet: someText,
      whoInvolved: someText,
      targetDate: fc.option(realDate),
      progress: fc.array(fc.record({ date: realDate, note: someText }), { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  steps: fc.array(
    fc.record({ id, when: shortText, time: fc.option(fc.constantFrom('08:00', '23:59')), what: someText, who: shortText }),
    { maxLength: 3 },
  ),
  risks: fc.array(fc.record({ id, risk: someText, howManaged: someText }), { maxLength: 2 }),
  equipment: fc.array(fc.record({ id, item: shortText, notes: fc.option(text) }), { maxLength: 2 }),
  medicationSupportLevel: fc.option(fc.constantFrom(...medicationSupportLevels)),
  nextReviewDate: fc.option(realDate),
});

const inputArb = fc.record({
  content: fc.record({
    sections: fc.array(sectionArb, { maxLength: 8 }),
    involvement: fc.array(
      fc.record({ kind: fc.constantFrom(...participantKinds), name: shortText, how: fc.constant('phone'), date: realDate }),
      { maxLength: 3 },
    ),
    writtenInFirstPerson: fc.boolean(),
  }),
  person: fc.option(
    fc.record({
      serviceStartDate: fc.option(oddDate),
      emergencyStart: fc.boolean(),
      serviceKind: fc.constantFrom('homecare', 'care_home', undefined),
      nhsNumber: fc.constantFrom(null, '9434765919', undefined),
      alerts: fc.option(
        fc.array(fc.record({ kind: fc.constantFrom('allergy' as const, 'alert' as const), description: text }), { maxLength: 2 }),
        { nil: undefined },
      ),
      contacts: fc.option(fc.array(fc.record({ isNextOfKin: fc.boolean() }), { maxLength: 2 }), { nil: undefined }),
    }),
  ),
  status: fc.constantFrom(...planStatuses),
  agreedOn: fc.option(oddDate),
  firstAgreedOn: fc.option(oddDate),
  today: oddDate,
  authorRole: fc.constantFrom('care_worker', 'registered_manager', null, undefined),
  withDefinitions: fc.boolean(),
  config: fc.constantFrom(
    defaultAuditConfig,
    auditConfigSchema.parse({
      vaguePhrases: [],
      subjectiveTerms: [],
      specificWords: [],
      requiredSectionKeys: [],
      firstPlanWithinDays: 0,
      templateSimilarity: 0.1,
    }),
    auditConfigSchema.parse({ archiveAfterDays: 36500, reviewIntervalDays: 0, equipmentTerms: {}, genericOutcomeMaxWords: 50 }),
  ),
});

/** Whether a finding's path names something that exists in the plan content. */
function resolves(content: unknown, path: string): boolean {
  let at: unknown = content;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(part in at)) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return true;
}

describe('auditPlan never throws', () => {
  test('on any parsed plan, with unknown or malformed facts around it, and its paths point into the plan', () => {
    fc.assert(
      fc.property(inputArb, (raw) => {
        const content = planContentSchema.parse(raw.content);
        const input: AuditInput = {
          today: raw.today,
          content,
          version: { status: raw.status, createdOn: null, agreedOn: raw.agreedOn, agreement: null, authorRole: raw.authorRole },
          firstAgreedOn: raw.firstAgreedOn,
          person: raw.person,
          definitions: raw.withDefinitions ? toolkitSections : [],
        };
        const result = auditPlan(input, raw.config);
        expect(result.score === null || (result.score >= 0 && result.score <= 100)).toBe(true);
        for (const f of result.findings) {
          expect(f.explanation.length).toBeGreaterThan(0);
          expect(f.howToFix.length).toBeGreaterThan(0);
          if (f.field?.startsWith('sections.')) expect(resolves(content, f.field)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
