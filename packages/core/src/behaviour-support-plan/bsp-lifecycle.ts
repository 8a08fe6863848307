// The life of a behaviour support plan's versions: every save is a new version, started from the latest; the version
// in use is the latest agreed; a newer one not yet agreed is proposed; and when the plan in use is due for review.
import { addDays } from '../care-plan/timing.js';
import type { FieldError } from '../errors.js';

/** What the rules need to know of a version. */
export interface BspVersionFacts {
  version: number;
  agreed: boolean;
}

/**
 * in_use: the latest agreed version, the one care follows. proposed: the latest version, newer than the one in use and
 * not agreed yet. replaced: agreed once, now followed by a newer agreed version. not_agreed: never agreed and no longer
 * the latest, so it will never be agreed.
 */
export const bspVersionStatuses = ['in_use', 'proposed', 'replaced', 'not_agreed'] as const;
export type BspVersionStatus = (typeof bspVersionStatuses)[number];

export const bspVersionStatusLabels: Record<BspVersionStatus, string> = {
  in_use: 'In use',
  proposed: 'Proposed, not agreed yet',
  replaced: 'Replaced',
  not_agreed: 'Never agreed',
};

export function bspLatestVersion(versions: readonly BspVersionFacts[]): number | null {
  return versions.reduce<number | null>((max, v) => (max === null || v.version > max ? v.version : max), null);
}

/** The version care follows: the latest agreed one, or null when none has been agreed. */
export function bspInUseVersion(versions: readonly BspVersionFacts[]): number | null {
  return bspLatestVersion(versions.filter((v) => v.agreed));
}

/** The latest version when it is not agreed yet, or null. */
export function bspProposedVersion(versions: readonly BspVersionFacts[]): number | null {
  const latest = bspLatestVersion(versions);
  const found = versions.find((v) => v.version === latest);
  return found && !found.agreed ? found.version : null;
}

export function bspVersionStatus(versions: readonly BspVersionFacts[], version: number): BspVersionStatus | null {
  const found = versions.find((v) => v.version === version);
  if (!found) return null;
  if (version === bspInUseVersion(versions)) return 'in_use';
  if (version === bspProposedVersion(versions)) return 'proposed';
  return found.agreed ? 'replaced' : 'not_agreed';
}

/** The number the next save gets. */
export function bspNextVersion(versions: readonly BspVersionFacts[]): number {
  return (bspLatestVersion(versions) ?? 0) + 1;
}

/** Whether a save started from `basedOn` (null for a first plan) was overtaken by another save. */
export function bspIsStaleSave(versions: readonly BspVersionFacts[], basedOn: number | null): boolean {
  return bspLatestVersion(versions) !== basedOn;
}

/**
 * Why a version cannot be agreed, or null when it can: only the latest version, and only once. Agreeing an older
 * version would put back into use a plan someone has since changed.
 */
export type BspAgreeRefusal = 'not_found' | 'already_agreed' | 'not_latest';
export function bspAgreeRefusal(versions: readonly BspVersionFacts[], version: number): BspAgreeRefusal | null {
  const found = versions.find((v) => v.version === version);
  if (!found) return 'not_found';
  if (found.agreed) return 'already_agreed';
  return version === bspLatestVersion(versions) ? null : 'not_latest';
}

/** A plan should be looked at again within a year at most, and sooner when restrictive practice is used. */
export const bspLongestReviewDays = 366;
/** How long before the review date the plan shows as due. */
export const bspReviewDueSoonDays = 28;

export const bspReviewStatuses = ['not_due', 'due_soon', 'overdue'] as const;
export type BspReviewStatus = (typeof bspReviewStatuses)[number];
export const bspReviewStatusLabels: Record<BspReviewStatus, string> = {
  not_due: 'Review not due yet',
  due_soon: 'Review due soon',
  overdue: 'Review overdue',
};

export interface BspReviewDue {
  status: BspReviewStatus;
  dueBy: string;
}

/**
 * When the version in use is due for review: the next review date its latest review set, or else the review date it
 * was written with. Overdue once that day has passed; due soon within four weeks of it.
 */
export function bspReviewDue(
  inUse: { reviewBy: string; reviews: readonly { nextReviewBy: string; recordedAt: string }[] },
  today: string,
): BspReviewDue {
  const latest = [...inUse.reviews].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
  const dueBy = latest?.nextReviewBy ?? inUse.reviewBy;
  if (dueBy < today) return { status: 'overdue', dueBy };
  if (dueBy <= addDays(today, bspReviewDueSoonDays)) return { status: 'due_soon', dueBy };
  return { status: 'not_due', dueBy };
}

/** A review date must be after `from` (today, or the day of the review) and within a year of today. */
export function bspReviewDateErrors(field: string, date: string, from: string, today: string): FieldError[] {
  if (date <= from) return [{ field, message: 'The review date must be in the future' }];
  if (date > addDays(today, bspLongestReviewDays))
    return [{ field, message: 'Review the plan at least once a year: choose a date within 12 months' }];
  return [];
}

/** A date something happened on (agreed, reviewed) cannot be in the future, nor before the version was written. */
export function bspPastDateErrors(
  field: string,
  date: string,
  today: string,
  notBefore: string | null,
  what: string,
): FieldError[] {
  if (date > today) return [{ field, message: `The date ${what} cannot be in the future` }];
  if (notBefore !== null && date < notBefore)
    return [{ field, message: `The date ${what} cannot be before this version was written` }];
  return [];
}
