// What in a person's restrictive-intervention register needs someone to act: a debrief with the person or with
// staff not held within 72 hours, a use that did not (or only partly) follow the behaviour support plan, and a use
// with no plan to follow. Only the current version of each record counts; a correction keeps its debriefs.
import type { RestrictiveInterventionDebriefWith, RestrictiveInterventionPlanAnswer } from './intervention-schemas.js';
import { londonDay } from '../visit-records/london-time.js';

/** Debriefs are due within 72 hours of the start. */
export const restrictiveInterventionDebriefHours = 72;

export interface RestrictiveInterventionChainFacts {
  id: string;
  supersedes: string | null;
}

export interface RestrictiveInterventionAttentionFacts extends RestrictiveInterventionChainFacts {
  startedAt: string;
  followedPlan: RestrictiveInterventionPlanAnswer;
}

export interface RestrictiveInterventionDebriefFacts {
  interventionId: string;
  withWhom: RestrictiveInterventionDebriefWith;
  heldOn: string;
}

/**
 * For each record, the current record of its chain (itself when nothing replaced it). A chain that loops or names a
 * record not given ends where it can no longer be followed.
 */
export function restrictiveInterventionCurrentOf(records: readonly RestrictiveInterventionChainFacts[]): Map<string, string> {
  const replacedBy = new Map<string, string>();
  for (const r of records) if (r.supersedes !== null) replacedBy.set(r.supersedes, r.id);
  const current = new Map<string, string>();
  for (const r of records) {
    let at = r.id;
    const seen = new Set<string>([at]);
    for (let next = replacedBy.get(at); next !== undefined && !seen.has(next); next = replacedBy.get(at)) {
      seen.add(next);
      at = next;
    }
    current.set(r.id, at);
  }
  return current;
}

/** The records nothing replaces. */
export function currentRestrictiveInterventions<R extends RestrictiveInterventionChainFacts>(records: readonly R[]): R[] {
  const replaced = new Set(records.flatMap((r) => (r.supersedes === null ? [] : [r.supersedes])));
  return records.filter((r) => !replaced.has(r.id));
}

export type RestrictiveInterventionDebriefStatus = 'held' | 'held_late' | 'due' | 'overdue';

/** When the debriefs are due: 72 hours after the start. */
export function restrictiveInterventionDebriefDueBy(startedAt: string): Date {
  return new Date(Date.parse(startedAt) + restrictiveInterventionDebriefHours * 3_600_000);
}

/** Whether a debrief held on a day (in England) was held within 72 hours of the start: by the day the time runs out. */
export function isRestrictiveInterventionDebriefInTime(startedAt: string, heldOn: string): boolean {
  return heldOn <= londonDay(restrictiveInterventionDebriefDueBy(startedAt));
}

/** Where one debrief stands: held (in time, or late), still due, or overdue. */
export function restrictiveInterventionDebriefStatus(
  startedAt: string,
  heldOn: readonly string[],
  now: Date,
): RestrictiveInterventionDebriefStatus {
  if (heldOn.length > 0)
    return heldOn.some((day) => isRestrictiveInterventionDebriefInTime(startedAt, day)) ? 'held' : 'held_late';
  return now.getTime() >= restrictiveInterventionDebriefDueBy(startedAt).getTime() ? 'overdue' : 'due';
}

export type RestrictiveInterventionAttentionItem =
  | {
      kind: 'debrief_overdue';
      interventionId: string;
      startedAt: string;
      withWhom: RestrictiveInterventionDebriefWith;
      dueBy: string;
    }
  | { kind: 'plan_not_followed'; interventionId: string; startedAt: string; followedPlan: 'no' | 'partly' }
  | { kind: 'no_plan'; interventionId: string; startedAt: string };

/** The days each current record's debriefs were held on, gathered across the records it corrects. */
export function restrictiveInterventionDebriefDays(
  records: readonly RestrictiveInterventionChainFacts[],
  debriefs: readonly RestrictiveInterventionDebriefFacts[],
): Map<string, Record<RestrictiveInterventionDebriefWith, string[]>> {
  const current = restrictiveInterventionCurrentOf(records);
  const days = new Map<string, Record<RestrictiveInterventionDebriefWith, string[]>>();
  for (const d of debriefs) {
    const owner = current.get(d.interventionId);
    if (owner === undefined) continue;
    const entry = days.get(owner) ?? { person: [], staff: [] };
    entry[d.withWhom].push(d.heldOn);
    days.set(owner, entry);
  }
  return days;
}

/** Everything needing attention, newest use first; within one use, debriefs first, the person's before staff's. */
export function restrictiveInterventionAttention(
  records: readonly RestrictiveInterventionAttentionFacts[],
  debriefs: readonly RestrictiveInterventionDebriefFacts[],
  now: Date,
): RestrictiveInterventionAttentionItem[] {
  const days = restrictiveInterventionDebriefDays(records, debriefs);
  const current = [...currentRestrictiveInterventions(records)].sort(
    (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? -1 : 1),
  );
  return current.flatMap((r) => {
    const held = days.get(r.id) ?? { person: [], staff: [] };
    const items: RestrictiveInterventionAttentionItem[] = [];
    for (const withWhom of ['person', 'staff'] as const) {
      if (restrictiveInterventionDebriefStatus(r.startedAt, held[withWhom], now) === 'overdue')
        items.push({
          kind: 'debrief_overdue',
          interventionId: r.id,
          startedAt: r.startedAt,
          withWhom,
          dueBy: restrictiveInterventionDebriefDueBy(r.startedAt).toISOString(),
        });
    }
    if (r.followedPlan === 'no' || r.followedPlan === 'partly')
      items.push({ kind: 'plan_not_followed', interventionId: r.id, startedAt: r.startedAt, followedPlan: r.followedPlan });
    if (r.followedPlan === 'no_plan') items.push({ kind: 'no_plan', interventionId: r.id, startedAt: r.startedAt });
    return items;
  });
}
