import { describe, expect, test } from 'vitest';
import { assessmentInForceFor, assessmentsInForce, isSameDecision, supersedeErrors } from './assessments-in-force.js';
import { buildAssessment } from './test-factories.js';

describe('matching decisions', () => {
  test.each([
    ['the same words', { decision: 'Moving home' }, { decision: 'Moving home' }, true],
    ['case, spacing and a full stop ignored', { decision: ' Moving  home.' }, { decision: 'moving home' }, true],
    ['different words', { decision: 'Moving home' }, { decision: 'Managing money' }, false],
    [
      'the same key, different words',
      { decision: 'Tablets', decisionKey: 'medication' },
      { decision: 'Medicines', decisionKey: 'medication' },
      true,
    ],
    [
      'different keys, same words',
      { decision: 'Medicines', decisionKey: 'medication' },
      { decision: 'Medicines', decisionKey: 'finances' },
      false,
    ],
    ['a key on one side only', { decision: 'Medicines', decisionKey: 'medication' }, { decision: 'Medicines' }, false],
  ])('%s', (_name, a, b, same) => {
    expect(isSameDecision(a, b)).toBe(same);
  });
});

describe('which assessment counts for a decision', () => {
  const older = buildAssessment({ id: 'older', assessedOn: '2026-01-10', outcome: 'has_capacity' });
  const newer = buildAssessment({
    id: 'newer',
    assessedOn: '2026-06-10',
    signedAt: '2026-06-10T15:00:00Z',
    outcome: 'lacks_capacity',
  });
  const draft = buildAssessment({ id: 'draft', assessedOn: '2026-11-01', signedAt: null, outcome: 'has_capacity' });
  const replacement = buildAssessment({
    id: 'replacement',
    assessedOn: '2026-06-10',
    signedAt: '2026-06-12T09:00:00Z',
    supersedes: 'newer',
    outcome: 'has_capacity',
  });
  const sameDaySignedLater = buildAssessment({
    id: 'later-signed',
    assessedOn: '2026-06-10',
    signedAt: '2026-06-11T09:00:00Z',
    outcome: 'has_capacity',
  });
  const otherDecision = buildAssessment({ id: 'money', decision: 'Managing money' });

  test.each([
    ['none recorded', [], null],
    ['one signed', [older], 'older'],
    ['the newest signed', [newer, older], 'newer'],
    ['a draft never counts', [older, draft], 'older'],
    ['only a draft', [draft], null],
    ['a superseded assessment no longer counts', [older, newer, replacement], 'replacement'],
    ['the same day: the later signature', [newer, sameDaySignedLater], 'later-signed'],
    ['another decision does not count', [otherDecision], null],
  ])('%s', (_name, assessments, id) => {
    expect(assessmentInForceFor({ decision: 'Managing her medicines' }, assessments)?.id ?? null).toBe(id);
  });

  test('one assessment in force per decision, newest first', () => {
    expect(assessmentsInForce([older, newer, draft, otherDecision]).map((a) => a.id)).toEqual(['money', 'newer']);
  });
});

describe('replacing a signed assessment', () => {
  const signed = buildAssessment({ id: 'signed' });
  const draft = buildAssessment({ id: 'draft', signedAt: null });
  const replaced = buildAssessment({ id: 'replaced' });
  const replacedBy = buildAssessment({ id: 'replaced-by', supersedes: 'replaced' });
  const existing = [signed, draft, replaced, replacedBy];
  const body = (supersedes: string | null, decision = 'Managing her medicines') => ({ decision, supersedes });

  test.each([
    ['nothing replaced', body(null), []],
    ['a signed assessment of the same decision', body('signed'), []],
    ['an assessment not on this person\u2019s record', body('elsewhere'), ['supersedes']],
    ['a draft', body('draft'), ['supersedes']],
    ['one already replaced', body('replaced'), ['supersedes']],
    ['a different decision', body('signed', 'Moving home'), ['decision']],
  ])('%s', (_name, b, fields) => {
    expect(supersedeErrors(b, existing).map((e) => e.field)).toEqual(fields);
  });
});
