import { describe, expect, test } from 'vitest';
import { commonestFailingRules, meanScore, scoresByService, weeklyTrend, type StoredAuditRules } from './audit-runs.js';

const rule = (id: string, outcome: 'pass' | 'warn' | 'fail'): StoredAuditRules['run'][number] => ({
  id, title: `Rule ${id}`, severity: 'fail', outcome, items: 1, itemsFound: outcome === 'pass' ? 0 : 1,
});

describe('meanScore', () => {
  test.each([
    [[], null],
    [[null, null], null],
    [[80, 90], 85],
    [[80, null, 90], 85],
    [[100, 67, 67], 78],
    [[99, 98, 98], 98.3],
  ] as const)('%j → %s', (scores, expected) => {
    expect(meanScore(scores)).toBe(expected);
  });
});

describe('commonestFailingRules', () => {
  test('counts plans failing each rule, most failed first, then most warned, passes never listed', () => {
    const plans = [
      { run: [rule('B16', 'fail'), rule('B12', 'warn'), rule('A1', 'pass')] },
      { run: [rule('B16', 'fail'), rule('B12', 'fail'), rule('C21', 'warn')] },
      { run: [rule('B16', 'warn'), rule('C21', 'warn'), rule('A1', 'pass')] },
    ];
    expect(commonestFailingRules(plans)).toEqual([
      { ruleId: 'B16', title: 'Rule B16', plansFailing: 2, plansWarning: 1 },
      { ruleId: 'B12', title: 'Rule B12', plansFailing: 1, plansWarning: 1 },
      { ruleId: 'C21', title: 'Rule C21', plansFailing: 0, plansWarning: 2 },
    ]);
  });

  test('keeps at most the limit', () => {
    const plans = [{ run: ['A1', 'A2', 'A3'].map((id) => rule(id, 'fail')) }];
    expect(commonestFailingRules(plans, 2).map((r) => r.ruleId)).toEqual(['A1', 'A2']);
  });
});

test('scoresByService averages each service’s latest scores and keeps services with none', () => {
  const services = [{ id: 'a', name: 'Homecare' }, { id: 'b', name: 'Care home' }];
  expect(scoresByService(services, [{ serviceId: 'a', score: 70 }, { serviceId: 'a', score: 91 }])).toEqual([
    { serviceId: 'a', name: 'Homecare', meanScore: 80.5, plansAudited: 2 },
    { serviceId: 'b', name: 'Care home', meanScore: null, plansAudited: 0 },
  ]);
});

test('weeklyTrend gives one point per week, oldest first', () => {
  expect(weeklyTrend([
    { weekStarting: '2026-11-16', score: 90 },
    { weekStarting: '2026-11-09', score: 60 },
    { weekStarting: '2026-11-16', score: 70 },
    { weekStarting: '2026-11-16', score: null },
  ])).toEqual([
    { weekStarting: '2026-11-09', meanScore: 60, plansAudited: 1 },
    { weekStarting: '2026-11-16', meanScore: 80, plansAudited: 3 },
  ]);
});
