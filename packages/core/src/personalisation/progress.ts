// How a care home is getting on: one self-assessment against the one before it, and its action plan's progress.
// Pure functions over plain data; `today` is the caller's London day.
import { isClosed, isOverdue, type QualityActionStatus } from '../plan-audit/quality-actions.js';
import { ratingRank, type PersonalisationRating } from './assessment.js';

export type RatingChange = 'improved' | 'same' | 'worse' | 'new';

export interface RatedArea { areaId: string; rating: PersonalisationRating }

export interface AreaComparison {
  areaId: string;
  from: PersonalisationRating | null;
  to: PersonalisationRating;
  change: RatingChange;
}

export interface AssessmentComparison {
  areas: AreaComparison[];
  improved: number;
  same: number;
  worse: number;
  /** Areas the earlier self-assessment did not rate (added to the list since). */
  new: number;
}

/** Each area of the later self-assessment against the earlier one's rating of the same area, in the later's order. */
export function compareAssessments(previous: { ratings: readonly RatedArea[] }, current: { ratings: readonly RatedArea[] }): AssessmentComparison {
  const before = new Map(previous.ratings.map((r) => [r.areaId, r.rating]));
  const areas = current.ratings.map((r): AreaComparison => {
    const from = before.get(r.areaId) ?? null;
    if (from === null) return { areaId: r.areaId, from, to: r.rating, change: 'new' };
    const diff = ratingRank(r.rating) - ratingRank(from);
    return { areaId: r.areaId, from, to: r.rating, change: diff > 0 ? 'improved' : diff < 0 ? 'worse' : 'same' };
  });
  const count = (c: RatingChange) => areas.filter((a) => a.change === c).length;
  return { areas, improved: count('improved'), same: count('same'), worse: count('worse'), new: count('new') };
}

export interface PlanAction { areaId: string; status: QualityActionStatus; dueDate: string }

export interface AreaProgress {
  areaId: string;
  isPriority: boolean;
  total: number;
  open: number;
  inProgress: number;
  done: number;
  cancelled: number;
  /** Done or cancelled. */
  closed: number;
  overdue: number;
}

export interface ActionPlanProgress {
  areas: AreaProgress[];
  total: number;
  closed: number;
  overdue: number;
  /** Priority areas with no action yet: a plan that says nothing will happen there. */
  prioritiesWithoutActions: string[];
}

/**
 * Counts by status for each priority area (in priority order, even with no actions), then any other area with
 * actions. Done and cancelled are closed; overdue is open or in progress past its due date.
 */
export function actionPlanProgress(priorities: readonly { areaId: string }[], actions: readonly PlanAction[], today: string): ActionPlanProgress {
  const order = priorities.map((p) => p.areaId);
  for (const a of actions) if (!order.includes(a.areaId)) order.push(a.areaId);
  const priorityIds = new Set(priorities.map((p) => p.areaId));
  const areas = order.map((areaId): AreaProgress => {
    const mine = actions.filter((a) => a.areaId === areaId);
    const count = (s: QualityActionStatus) => mine.filter((a) => a.status === s).length;
    return {
      areaId,
      isPriority: priorityIds.has(areaId),
      total: mine.length,
      open: count('open'),
      inProgress: count('in_progress'),
      done: count('done'),
      cancelled: count('cancelled'),
      closed: mine.filter((a) => isClosed(a.status)).length,
      overdue: mine.filter((a) => isOverdue(a, today)).length,
    };
  });
  return {
    areas,
    total: actions.length,
    closed: actions.filter((a) => isClosed(a.status)).length,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    prioritiesWithoutActions: areas.filter((a) => a.isPriority && a.total === 0).map((a) => a.areaId),
  };
}
