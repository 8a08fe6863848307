import { describe, expect, test } from 'vitest';
import { capacityAttention, needsCapacityAttention } from './capacity-attention.js';
import type { LibertyBody } from './deprivation-of-liberty.js';
import { buildAssessment } from './test-factories.js';

const today = '2026-11-20';

const liberty = (patch: Partial<LibertyBody>): LibertyBody => ({
  scheme: 'dols',
  status: 'authorised',
  appliedOn: '2026-01-05',
  authorisedOn: '2026-02-01',
  expiresOn: '2027-01-31',
  authorisedBy: 'The council',
  conditions: null,
  reviewOn: null,
  ...patch,
});

describe('capacity work due', () => {
  test.each([
    ['reassessment date passed', { reassessOn: '2026-11-19' }, [{ reassessOn: '2026-11-19', overdue: true }]],
    ['reassessment due today', { reassessOn: '2026-11-20' }, [{ reassessOn: '2026-11-20', overdue: false }]],
    ['reassessment to come', { reassessOn: '2026-11-21' }, []],
    ['no date to reassess', { reassessOn: null }, []],
    ['a draft is never due', { reassessOn: '2026-11-01', signedAt: null }, []],
  ] as const)('%s', (_name, patch, expected) => {
    const assessment = buildAssessment({ assessedOn: '2026-10-01', ...patch });
    expect(capacityAttention([assessment], [], today).reassessmentsDue).toEqual(
      expected.map((e) => ({ assessmentId: assessment.id, decision: assessment.decision, ...e })),
    );
  });

  test('a replaced assessment is not due; the one replacing it is judged instead', () => {
    const old = buildAssessment({ assessedOn: '2026-09-01', reassessOn: '2026-10-01' });
    const replacement = buildAssessment({ assessedOn: '2026-10-02', supersedes: old.id, reassessOn: '2027-01-01' });
    expect(capacityAttention([old, replacement], [], today).reassessmentsDue).toEqual([]);
  });

  test.each([
    ['expired', liberty({ expiresOn: '2026-11-19' }), 'expired'],
    ['expiring within the renewal notice', liberty({ expiresOn: '2026-12-10' }), 'renewal_due'],
    ['review date reached', liberty({ reviewOn: '2026-11-20' }), 'review_due'],
    ['nothing due', liberty({}), null],
    ['not needed', liberty({ status: 'not_needed', authorisedOn: null, expiresOn: null, authorisedBy: null }), null],
  ] as const)('liberty safeguards %s', (_name, body, expected) => {
    const found = capacityAttention([], [{ id: 'dols-1', body }], today);
    expect(found.libertyAttention.map((l) => l.attention)).toEqual(expected === null ? [] : [expected]);
    expect(needsCapacityAttention(found)).toBe(expected !== null);
  });

  test('the liberty entry says what to do and carries the dates', () => {
    const [entry] = capacityAttention([], [{ id: 'dols-1', body: liberty({ expiresOn: '2026-11-19' }) }], today).libertyAttention;
    expect(entry).toMatchObject({ recordId: 'dols-1', status: 'authorised', expiresOn: '2026-11-19', reviewOn: null });
    expect(entry?.label).toMatch(/expired/);
  });
});
