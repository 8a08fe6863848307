import { auditRules, cqcQualityStatements } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { isActionOverdue, statementsFromRuns } from './audit-report-model.js';

const rules = [
  { id: 'A1', title: 'On time', cqc: ['Assessing needs'] as const },
  { id: 'B2', title: 'In my words', cqc: ['Person-centred care', 'Assessing needs'] as const },
  { id: 'C3', title: 'Medicines', cqc: ['Medicines optimisation'] as const },
];
const result = (id: string, outcome: 'pass' | 'fail' | 'warn') => ({ id, title: id, severity: 'fail' as const, outcome, items: 1, itemsFound: 1 });

describe('rules by CQC quality statement', () => {
  test('each statement lists its related rules with the plans that applied, failed and warned on each', () => {
    const statements = statementsFromRuns(rules, [
      { run: [result('A1', 'fail'), result('B2', 'pass')] },
      { run: [result('A1', 'fail'), result('B2', 'warn')] },
      { run: [result('A1', 'pass')] },
    ]);
    expect(statements.map((s) => s.statement)).toEqual(['Assessing needs', 'Medicines optimisation', 'Person-centred care']);
    expect(statements[0]?.rules).toEqual([
      { ruleId: 'A1', title: 'On time', plansChecked: 3, plansFailing: 2, plansWarning: 0 },
      { ruleId: 'B2', title: 'In my words', plansChecked: 2, plansFailing: 0, plansWarning: 1 },
    ]);
    expect(statements[1]?.rules).toEqual([{ ruleId: 'C3', title: 'Medicines', plansChecked: 0, plansFailing: 0, plansWarning: 0 }]);
  });

  test('every rule Hearth runs appears under each statement it relates to', () => {
    const statements = statementsFromRuns(auditRules, []);
    const pairs = statements.flatMap((s) => s.rules.map((r) => `${s.statement}|${r.ruleId}`)).sort();
    expect(pairs).toEqual(auditRules.flatMap((r) => r.cqc.map((c) => `${c}|${r.id}`)).sort());
    expect(statements.every((s) => cqcQualityStatements.includes(s.statement))).toBe(true);
  });
});

describe('an overdue action', () => {
  test.each([
    ['open', '2026-11-22', true],
    ['in_progress', '2026-11-22', true],
    ['open', '2026-11-23', false],
    ['done', '2026-11-01', false],
    ['cancelled', '2026-11-01', false],
  ] as const)('%s due %s on 2026-11-23: overdue %s', (status, due, overdue) => {
    expect(isActionOverdue(status, due, '2026-11-23')).toBe(overdue);
  });
});
