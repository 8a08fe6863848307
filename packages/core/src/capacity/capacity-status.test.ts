import { describe, expect, test } from 'vitest';
import { capacityStatus, reassessmentsDue, sectionsWithoutAssessment, type StatedImpairment } from './capacity-status.js';
import type { StoredCapacityAssessment } from './capacity-assessment.js';
import { buildAssessment } from './test-factories.js';

const medicinesLacks = buildAssessment({ id: 'medicines', decision: 'Managing her medicines', outcome: 'lacks_capacity' });
const moneyLacks = buildAssessment({ id: 'money', decision: 'Managing money', outcome: 'lacks_capacity' });
const clothesHas = buildAssessment({ id: 'clothes', decision: 'What to wear', outcome: 'has_capacity' });
const medicinesHasLater = buildAssessment({
  id: 'medicines-later',
  decision: 'Managing her medicines',
  outcome: 'has_capacity',
  assessedOn: '2026-12-01',
  signedAt: '2026-12-01T10:00:00Z',
});
const medicinesDraftHas = buildAssessment({
  id: 'draft',
  decision: 'Managing her medicines',
  outcome: 'has_capacity',
  signedAt: null,
  assessedOn: '2026-12-02',
});
const medicinesReplaced = buildAssessment({
  id: 'replaces',
  decision: 'Managing her medicines',
  outcome: 'has_capacity',
  supersedes: 'medicines',
});

describe("a person's capacity status", () => {
  test.each<[string, StoredCapacityAssessment[], StatedImpairment | null, string, string | boolean]>([
    ['nothing recorded: capacity is assumed (principle 1)', [], null, 'assumed', false],
    [
      'an impairment that may affect decisions, nothing assessed: assumed, assessment needed',
      [],
      'affects_decisions',
      'assumed',
      true,
    ],
    ['no impairment: all decisions, no assessment required', [], 'none', 'all', 'no_impairment'],
    [
      'an impairment that does not affect decisions: all decisions',
      [],
      'does_not_affect_decisions',
      'all',
      'impairment_not_affecting',
    ],
    ['assessed as having capacity', [clothesHas], 'affects_decisions', 'all', 'assessed'],
    ['lacks capacity for every decision assessed', [medicinesLacks, moneyLacks], 'affects_decisions', 'lacks', 'medicines,money'],
    ['capacity for some decisions and not others', [medicinesLacks, clothesHas], 'affects_decisions', 'some', 'medicines'],
    ['a newer assessment found capacity regained', [medicinesLacks, medicinesHasLater], 'affects_decisions', 'all', 'assessed'],
    ['a draft does not change anything', [medicinesLacks, medicinesDraftHas], 'affects_decisions', 'lacks', 'medicines'],
    ['a superseded assessment does not count', [medicinesLacks, medicinesReplaced], 'affects_decisions', 'all', 'assessed'],
    ['an assessment outranks "no impairment" stated', [medicinesLacks], 'none', 'lacks', 'medicines'],
  ])('%s', (_name, assessments, stated, kind, detail) => {
    const status = capacityStatus(assessments, stated);
    expect(status.kind).toBe(kind);
    switch (status.kind) {
      case 'assumed':
        expect(status.assessmentNeeded).toBe(detail);
        break;
      case 'all':
        expect(status.basis).toBe(detail);
        break;
      case 'some':
      case 'lacks':
        expect(
          status.lacksCapacityFor
            .map((a) => a.id)
            .sort()
            .join(','),
        ).toBe(detail);
        break;
    }
  });

  test('"some decisions" lists both sides', () => {
    const status = capacityStatus([medicinesLacks, clothesHas, moneyLacks], 'affects_decisions');
    expect(status).toMatchObject({ kind: 'some', hasCapacityFor: [{ id: 'clothes' }] });
  });
});

describe('assessments due to be done again', () => {
  const fluctuating = buildAssessment({
    id: 'fluctuating',
    decision: 'Going out alone',
    fluctuates: true,
    reassessOn: '2026-12-01',
  });
  const soon = buildAssessment({ id: 'soon', decision: 'Managing money', reassessOn: '2026-11-25' });
  const later = buildAssessment({ id: 'later', decision: 'Moving home', reassessOn: '2027-06-01' });
  const none = buildAssessment({ id: 'none', decision: 'What to wear' });
  const replacedDue = buildAssessment({ id: 'replaced', decision: 'Medicines', reassessOn: '2026-11-21' });
  const replacement = buildAssessment({
    id: 'replacement',
    decision: 'Medicines',
    supersedes: 'replaced',
    reassessOn: '2027-01-01',
  });
  const all = [fluctuating, soon, later, none, replacedDue, replacement];

  test.each([
    ['nothing due yet', '2026-11-24', []],
    ['due on the day', '2026-11-25', ['soon:due']],
    ['one overdue, one due today', '2026-12-01', ['soon:overdue', 'fluctuating:due']],
    ['all dated ones overdue', '2027-07-01', ['soon:overdue', 'fluctuating:overdue', 'replacement:overdue', 'later:overdue']],
  ])('%s', (_name, today, due) => {
    expect(reassessmentsDue(all, today).map((d) => `${d.assessment.id}:${d.overdue ? 'overdue' : 'due'}`)).toEqual(due);
  });
});

describe('one assessment per plan section for "some decisions" (audit rule 40)', () => {
  const sections = ['personal_care', 'medication', 'finances'];
  test.each<[string, StoredCapacityAssessment[], string[]]>([
    ['nothing assessed', [], ['personal_care', 'medication', 'finances']],
    ['linked by section keys', [buildAssessment({ sectionKeys: ['medication', 'finances'] })], ['personal_care']],
    ['linked by decision key', [buildAssessment({ decisionKey: 'personal_care' })], ['medication', 'finances']],
    ['a draft does not count', [buildAssessment({ sectionKeys: ['medication'], signedAt: null })], sections],
    [
      'a superseded assessment’s sections no longer count',
      [buildAssessment({ id: 'old', sectionKeys: ['medication'] }), buildAssessment({ supersedes: 'old', sectionKeys: [] })],
      sections,
    ],
  ])('%s', (_name, assessments, missing) => {
    expect(sectionsWithoutAssessment(sections, assessments)).toEqual(missing);
  });
});
