// A guard for the audit's speed work: the full result of auditing a few hundred varied plans, under three
// configurations, must stay exactly what it was. The plans are the benchmark's, changed by a seeded source so that
// every text rule has something to find: copied examples, judgements, vague phrases, conditions, dates, odd spacing.
// Regenerate the fixture only when a rule's behaviour is meant to change: UPDATE_AUDIT_GOLDEN=1 npx vitest run --project bench audit-golden
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  auditConfigSchema,
  auditPlan,
  defaultAuditConfig,
  type AuditConfig,
  type AuditInput,
  type AuditResult,
} from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { benchAuditInput } from './audit-plans.js';
import { seededRandom } from './plan-content.js';

const fixturePath = new URL('./audit-golden.fixture.json', import.meta.url);
const plans = 240;

const customConfig: AuditConfig = auditConfigSchema.parse({
  subjectiveTerms: ['lovely', 'good as gold', "won't", 'refuse', 'anxious', 'aggressive', 'help'],
  vaguePhrases: ['when needed', 'regularly', 'support', 'check', 'as required', 'time'],
  specificWords: ['Tuesdays', 'bedtime', 'weekly'],
  progressiveConditionTerms: ['stroke', 'dementia', "parkinson's"],
  templateSimilarity: 0.35,
  disabledRules: ['A1', 'H56'],
  severityOverrides: { B11: 'fail', B12: 'warn', K74: 'warn' },
  scoreWeights: { fail: 5, warn: 2 },
});
// Not through the schema, which trims and refuses blanks: a caller may still pass lists like these.
const sparseConfig: AuditConfig = {
  ...defaultAuditConfig,
  subjectiveTerms: [],
  vaguePhrases: ['  ', 'Regularly '],
  specificWords: [],
  progressiveConditionTerms: [],
  templateSimilarity: 1,
};
const configs = [defaultAuditConfig, customConfig, sparseConfig] as const;

/** The benchmark's plan for a seed, its text changed here and there so the text rules meet what they look for. */
function variedInput(seed: number): AuditInput {
  const input = benchAuditInput(seed);
  const random = seededRandom(seed * 104_729 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const config = defaultAuditConfig;
  const terms = [
    ...config.subjectiveTerms,
    ...config.vaguePhrases,
    ...config.specificWords,
    ...config.progressiveConditionTerms,
    ...config.bedCarePhrases,
    ...config.doubleIncontinencePhrases,
    ...config.dignityPhrases,
    ...config.escalationWords,
    ...config.genericOutcomes,
    ...Object.values(config.equipmentTerms).flat(),
    ...customConfig.subjectiveTerms,
  ];
  const extras = [
    'every 4 hours',
    'at 08:30',
    '200 ml',
    'two cups',
    '1/3/2026',
    '2026-02-30',
    '2025-06-01 to 2025-06-20',
    'MUST score 2 on 2026-01-04',
    'fluid chart',
    'because',
    'I',
    'my',
    'Yes',
    'No',
    'n/a',
    'some',
    'lacks capacity',
    'health and welfare',
    'am',
    'teatime',
  ];
  const shout = (s: string) => (random() < 0.15 ? s.toUpperCase() : s);
  const odd = (s: string) =>
    random() < 0.2 ? s.replace(/ /g, () => pick([' ', '  ', '-', '\n', ' ; '])).replace(/'/g, '\u2019') : s;
  const phrase = () => odd(shout(pick(random() < 0.8 ? terms : extras)));
  const made = () =>
    Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
      random() < 0.3 ? pick(['.', '!', '?', ';', ',', ' and', '\n', '08.30', 'Mrs. Smith']) : phrase(),
    ).join(' ');
  const definitionOf = (key: string) => input.definitions.find((d) => d.key === key);
  const change = (text: string, sectionKey: string): string => {
    const roll = random();
    const definition = definitionOf(sectionKey);
    if (roll < 0.04 && definition) return definition.goodExample;
    if (roll < 0.07 && definition) return pick(definition.guidance);
    if (roll < 0.1 && definition) {
      const words = definition.goodExample.split(' ');
      for (let i = 0; i < 3; i++) words[Math.floor(random() * words.length)] = pick(terms);
      return words.join(' ');
    }
    if (roll < 0.2) return `${text} ${made()}`;
    if (roll < 0.25) return made();
    if (roll < 0.27) return pick(['', '   ', 'No', 'Yes, in the kitchen drawer', 'None', 'Not sure']);
    return text;
  };
  for (const section of input.content.sections) {
    const key = section.sectionKey;
    if (random() < 0.05) section.notApplicable = { reason: made() };
    for (const a of section.answers) a.text = change(a.text, key);
    for (const c of section.checklist) if (c.note !== null) c.note = change(c.note, key);
    if (section.strengths !== null) section.strengths = random() < 0.05 ? null : change(section.strengths, key);
    if (section.needs !== null) section.needs = change(section.needs, key);
    for (const o of section.outcomes) {
      o.goal = change(o.goal, key);
      o.howMet = change(o.howMet, key);
      o.whoInvolved = change(o.whoInvolved, key);
      for (const p of o.progress) p.note = change(p.note, key);
    }
    for (const s of section.steps) {
      s.what = change(s.what, key);
      s.when = change(s.when, key);
      s.who = change(s.who, key);
    }
    for (const r of section.risks) {
      r.risk = change(r.risk, key);
      r.howManaged = change(r.howManaged, key);
    }
    for (const e of section.equipment) {
      e.item = change(e.item, key);
      if (e.notes !== null) e.notes = change(e.notes, key);
    }
  }
  if (random() < 0.1) input.content.sections.reverse();
  if (random() < 0.1) input.content.sections.splice(Math.floor(random() * input.content.sections.length), 1);
  return input;
}

const hashOf = (value: unknown, length: number) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length);

/**
 * A result as the fixture keeps it, small enough to commit: a hash of the whole result, and per rule its outcome,
 * how many findings it made and a hash of them, so a difference names the plan and the rule to look at.
 */
function summary(result: AuditResult) {
  return {
    hash: hashOf(result, 16),
    score: result.score,
    rules: result.rulesRun
      .map((r) => {
        const found = result.findings.filter((f) => f.ruleId === r.id);
        return `${r.id} ${r.outcome} ${r.itemsFound}/${r.items}${found.length > 0 ? ` ${found.length}#${hashOf(found, 6)}` : ''}`;
      })
      .join('; '),
    notApplicable: result.rulesNotApplicable.map((r) => r.id).join(' '),
  };
}

function auditAll() {
  const out: Record<string, ReturnType<typeof summary>> = {};
  for (let seed = 1; seed <= plans; seed++) {
    const input = variedInput(seed);
    configs.forEach((config, i) => {
      // Every plan under the default configuration; every third under each other one.
      if (i === 0 || seed % 3 === i) out[`${seed}/${i}`] = summary(auditPlan(input, config));
    });
  }
  return out;
}

describe('plan audit results are unchanged', () => {
  test(`${plans} varied plans under three configurations`, () => {
    const actual = auditAll();
    if (process.env.UPDATE_AUDIT_GOLDEN === '1') writeFileSync(fixturePath, `${JSON.stringify(actual, null, 1)}\n`);
    const expected = JSON.parse(readFileSync(fixturePath, 'utf8')) as typeof actual;
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);
  }, 120_000);
});
