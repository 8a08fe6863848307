// The toolkit's timing rules: a plan within 2 days of the service starting, a next review date for every
// plan, review after trigger events, and nothing left unreviewed for 2 years.
import type { PlanStatus } from './lifecycle.js';

export interface PlanTimingSettings {
  /** A first plan is due this many days after the service starts (toolkit: 2). */
  firstPlanWithinDays: number;
  /** The default interval between reviews; a provider sets it per service. */
  reviewIntervalDays: number;
  /** How far ahead "due soon" looks. */
  dueSoonDays: number;
  /** Anything not reviewed for this long is flagged for archiving (toolkit: 2 years). */
  archiveAfterDays: number;
}

export const defaultPlanTimingSettings: PlanTimingSettings = {
  firstPlanWithinDays: 2,
  reviewIntervalDays: 182,
  dueSoonDays: 14,
  archiveAfterDays: 730,
};

export interface PlanTimingInput {
  serviceStartDate: string | null;
  /** Recorded when the service started before a plan could be written. */
  emergencyStart?: boolean;
  /** The date the first version was agreed, if one has been. */
  firstAgreedOn: string | null;
  /** The version care follows now, if any. */
  current: { status: PlanStatus; agreedOn: string | null; reviewTrigger: string | null; sectionReviewDates: string[] } | null;
}

export type AttentionKind = 'first_plan_overdue' | 'first_plan_due' | 'first_plan_late' | 'review_overdue' | 'review_due_soon' | 'needs_review' | 'archive';

export interface Attention {
  kind: AttentionKind;
  /** The date the thing was or is due, where there is one. */
  due: string | null;
  message: string;
}

export function planAttention(input: PlanTimingInput, today: string, settings: PlanTimingSettings = defaultPlanTimingSettings): Attention[] {
  const found: Attention[] = [];
  if (input.serviceStartDate !== null) {
    const due = addDays(input.serviceStartDate, settings.firstPlanWithinDays);
    if (input.firstAgreedOn === null) {
      const emergency = input.emergencyStart ? ' (an emergency start: write it as soon as possible)' : '';
      found.push(due < today
        ? { kind: 'first_plan_overdue', due, message: `No agreed plan: it was due by ${due}, ${settings.firstPlanWithinDays} days after the service started${emergency}` }
        : { kind: 'first_plan_due', due, message: `The first plan is due by ${due}${emergency}` });
    } else if (input.firstAgreedOn > due) {
      const why = input.emergencyStart ? ' The service was an emergency start.' : ' No emergency start is recorded.';
      found.push({ kind: 'first_plan_late', due, message: `The first plan was agreed on ${input.firstAgreedOn}, after it was due (${due}).${why}` });
    }
  }
  const current = input.current;
  if (current?.agreedOn) {
    if (current.status === 'under_review') {
      found.push({ kind: 'needs_review', due: null, message: `Under review${current.reviewTrigger ? ` after: ${current.reviewTrigger.replace(/_/g, ' ')}` : ''}` });
    }
    const nextReview = [addDays(current.agreedOn, settings.reviewIntervalDays), ...current.sectionReviewDates].sort()[0] ?? null;
    if (nextReview !== null && nextReview < today) {
      found.push({ kind: 'review_overdue', due: nextReview, message: `Review was due on ${nextReview}` });
    } else if (nextReview !== null && nextReview <= addDays(today, settings.dueSoonDays)) {
      found.push({ kind: 'review_due_soon', due: nextReview, message: `Review due on ${nextReview}` });
    }
    const archiveOn = addDays(current.agreedOn, settings.archiveAfterDays);
    if (archiveOn <= today) found.push({ kind: 'archive', due: archiveOn, message: `Not reviewed for 2 years or more (agreed ${current.agreedOn}): review it or archive it` });
  }
  return found;
}

/** Calendar arithmetic on YYYY-MM-DD dates, in UTC so no clock change moves a day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
