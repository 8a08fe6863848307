import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bspAgreeRefusal,
  bspInUseVersion,
  bspIsStaleSave,
  bspNextVersion,
  bspPastDateErrors,
  bspProposedVersion,
  bspReviewDateErrors,
  bspReviewDue,
  bspVersionStatus,
  type BspVersionFacts,
} from './bsp-lifecycle.js';

/** Versions 1..n written as a string of a (agreed) and u (not agreed), oldest first: "aau" is 1 and 2 agreed, 3 not. */
const versions = (pattern: string): BspVersionFacts[] =>
  Array.from(pattern).map((c, i) => ({ version: i + 1, agreed: c === 'a' }));

describe('which version is in use and which is proposed', () => {
  test.each([
    // versions, in use, proposed, statuses oldest first
    ['', null, null, []],
    ['u', null, 1, ['proposed']],
    ['a', 1, null, ['in_use']],
    ['au', 1, 2, ['in_use', 'proposed']],
    ['aa', 2, null, ['replaced', 'in_use']],
    ['auu', 1, 3, ['in_use', 'not_agreed', 'proposed']],
    ['aua', 3, null, ['replaced', 'not_agreed', 'in_use']],
    ['uu', null, 2, ['not_agreed', 'proposed']],
  ])('%j: in use %s, proposed %s', (pattern, inUse, proposed, statuses) => {
    const all = versions(pattern);
    expect(bspInUseVersion(all)).toBe(inUse);
    expect(bspProposedVersion(all)).toBe(proposed);
    expect(all.map((v) => bspVersionStatus(all, v.version))).toEqual(statuses);
  });

  test('a version that does not exist has no status', () => {
    expect(bspVersionStatus(versions('a'), 2)).toBeNull();
  });
});

const versionsArb = fc
  .array(fc.boolean(), { maxLength: 12 })
  .map((flags) => flags.map((agreed, i) => ({ version: i + 1, agreed })));

describe('rules that hold for every history of versions', () => {
  test('the version in use is agreed, and no agreed version is newer', () => {
    fc.assert(
      fc.property(versionsArb, (all) => {
        const inUse = bspInUseVersion(all);
        const agreed = all.filter((v) => v.agreed);
        if (inUse === null) return agreed.length === 0;
        return all.find((v) => v.version === inUse)?.agreed === true && agreed.every((v) => v.version <= inUse);
      }),
    );
  });

  test('a proposed version is the latest, is not agreed, and is newer than the one in use', () => {
    fc.assert(
      fc.property(versionsArb, (all) => {
        const proposed = bspProposedVersion(all);
        if (proposed === null) return all.length === 0 || all[all.length - 1]!.agreed;
        const inUse = bspInUseVersion(all);
        return proposed === all.length && !all[proposed - 1]!.agreed && (inUse === null || proposed > inUse);
      }),
    );
  });

  test('at most one version is in use and at most one proposed', () => {
    fc.assert(
      fc.property(versionsArb, (all) => {
        const statuses = all.map((v) => bspVersionStatus(all, v.version));
        return statuses.filter((s) => s === 'in_use').length <= 1 && statuses.filter((s) => s === 'proposed').length <= 1;
      }),
    );
  });

  test('agreeing the one version that may be agreed puts it into use', () => {
    fc.assert(
      fc.property(versionsArb, fc.integer({ min: 1, max: 13 }), (all, version) => {
        if (bspAgreeRefusal(all, version) !== null) return true;
        const after = all.map((v) => (v.version === version ? { ...v, agreed: true } : v));
        return bspInUseVersion(after) === version && bspProposedVersion(after) === null;
      }),
    );
  });

  test('a save is stale unless it started from the latest version', () => {
    fc.assert(
      fc.property(versionsArb, fc.option(fc.integer({ min: 1, max: 13 }), { nil: null }), (all, basedOn) => {
        const latest = all.length === 0 ? null : all.length;
        return bspIsStaleSave(all, basedOn) === (basedOn !== latest) && bspNextVersion(all) === all.length + 1;
      }),
    );
  });
});

describe('agreeing a version', () => {
  test.each([
    ['u', 1, null],
    ['au', 2, null],
    ['au', 1, 'already_agreed'],
    ['uu', 1, 'not_latest'],
    ['a', 1, 'already_agreed'],
    ['a', 2, 'not_found'],
  ] as const)('%j, version %i: %s', (pattern, version, refusal) => {
    expect(bspAgreeRefusal(versions(pattern), version)).toBe(refusal);
  });
});

describe('when the plan in use is due for review', () => {
  const today = '2026-03-10';
  test.each([
    ['written for review long ahead', '2026-09-01', [], 'not_due', '2026-09-01'],
    ['within four weeks', '2026-04-07', [], 'due_soon', '2026-04-07'],
    ['on the day', '2026-03-10', [], 'due_soon', '2026-03-10'],
    ['the day has passed', '2026-03-09', [], 'overdue', '2026-03-09'],
    [
      'a review set the next date later',
      '2026-03-01',
      [{ nextReviewBy: '2026-09-01', recordedAt: '2026-02-28T10:00:00Z' }],
      'not_due',
      '2026-09-01',
    ],
    [
      'the latest review counts, not the furthest date',
      '2026-09-01',
      [
        { nextReviewBy: '2027-01-01', recordedAt: '2026-01-01T10:00:00Z' },
        { nextReviewBy: '2026-03-01', recordedAt: '2026-02-01T10:00:00Z' },
      ],
      'overdue',
      '2026-03-01',
    ],
  ])('%s', (_name, reviewBy, reviews, status, dueBy) => {
    expect(bspReviewDue({ reviewBy, reviews }, today)).toEqual({ status, dueBy });
  });

  test('once overdue, a plan stays overdue as the days go by until it is reviewed', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (reviewBy, d1, d2) => {
        const [earlier, later] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const before = bspReviewDue({ reviewBy, reviews: [] }, earlier).status;
        const after = bspReviewDue({ reviewBy, reviews: [] }, later).status;
        return before !== 'overdue' || after === 'overdue';
      }),
    );
  });
});

describe('dates', () => {
  test.each([
    ['2026-03-10', []],
    ['2026-03-11', []],
    ['2027-03-11', []],
    ['2027-03-12', ['Review the plan at least once a year: choose a date within 12 months']],
  ])('a review date of %s written on 2026-03-10', (date, messages) => {
    const errors = bspReviewDateErrors('reviewBy', date, '2026-03-10', '2026-03-10');
    expect(errors.map((e) => e.message)).toEqual(date === '2026-03-10' ? ['The review date must be in the future'] : messages);
  });

  test.each([
    ['2026-03-11', 'The date agreed cannot be in the future'],
    ['2026-03-01', 'The date agreed cannot be before this version was written'],
    ['2026-03-05', null],
  ])('agreed on %s', (date, message) => {
    expect(bspPastDateErrors('agreement.agreedOn', date, '2026-03-10', '2026-03-05', 'agreed')[0]?.message ?? null).toBe(message);
  });
});
