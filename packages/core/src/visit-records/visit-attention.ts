// Which planned visits of a day went wrong: late (the care worker arrived well after the planned time) or missed
// (nothing recorded long after it). Pure: the planned visits, the records and the clock are given.
import { addDays } from '../care-plan/timing.js';
import { londonInstant } from './london-time.js';
import { isSameVisit, type PlannedVisit } from './planned-visits.js';

export interface VisitAttentionSettings {
  /** A visit is late when the arrival is more than this many minutes after the planned time. */
  lateAfterMinutes: number;
  /** A visit is missed when nothing is recorded this many minutes after the planned time. */
  missedAfterMinutes: number;
}

export const defaultVisitAttentionSettings: VisitAttentionSettings = { lateAfterMinutes: 30, missedAfterMinutes: 120 };

export interface PersonPlannedVisits {
  personId: string;
  visits: readonly Pick<PlannedVisit, 'label' | 'plannedFor'>[];
}

export interface RecordedVisit {
  personId: string;
  visitLabel: string | null;
  plannedFor: string | null;
  arrivedAt: string;
}

export type VisitAttentionKind = 'late' | 'missed';

export interface VisitNeedingAttention {
  kind: VisitAttentionKind;
  personId: string;
  visitLabel: string;
  plannedFor: string;
  /** When the care worker arrived (late visits); null for a missed one. */
  arrivedAt: string | null;
  /** How late the arrival was, or for a missed visit how long ago it was due, in whole minutes. */
  minutesLate: number;
}

/** A record counts for a planned visit of the same name only when it is this close to the planned time. */
const matchWithinMs = 12 * 3_600_000;

/**
 * The span of records that may belong to a day's visits: half a day either side of it, so a bedtime visit
 * recorded after midnight still counts for the day it was planned on.
 */
export function attentionWindow(date: string): { from: Date; to: Date } {
  return {
    from: new Date(londonInstant(date, 0).getTime() - matchWithinMs),
    to: new Date(londonInstant(addDays(date, 1), 0).getTime() + matchWithinMs),
  };
}

/** Pairs each planned visit with the record made for it: the one naming its planned time, else its name nearest the time. */
function matchRecords(visits: readonly { label: string; plannedFor: string }[], records: readonly RecordedVisit[]): Map<number, RecordedVisit> {
  const matched = new Map<number, RecordedVisit>();
  const used = new Set<RecordedVisit>();
  visits.forEach((visit, i) => {
    const exact = records.find((r) => !used.has(r) && r.plannedFor !== null && Date.parse(r.plannedFor) === Date.parse(visit.plannedFor));
    if (exact) {
      matched.set(i, exact);
      used.add(exact);
    }
  });
  visits.forEach((visit, i) => {
    if (matched.has(i)) return;
    const planned = Date.parse(visit.plannedFor);
    const candidates = records
      .filter((r) => !used.has(r) && isSameVisit(r.visitLabel, visit.label) && Math.abs(Date.parse(r.arrivedAt) - planned) <= matchWithinMs)
      .sort((a, b) => Math.abs(Date.parse(a.arrivedAt) - planned) - Math.abs(Date.parse(b.arrivedAt) - planned));
    const found = candidates[0];
    if (found) {
      matched.set(i, found);
      used.add(found);
    }
  });
  return matched;
}

const minutesBetween = (from: number, to: number) => Math.floor((to - from) / 60_000);

/** Late and missed visits, missed first, each in planned-time order. Visits still to come, or with no time, are never listed. */
export function visitsNeedingAttention(input: {
  people: readonly PersonPlannedVisits[];
  records: readonly RecordedVisit[];
  now: Date;
  settings?: VisitAttentionSettings;
}): VisitNeedingAttention[] {
  const settings = input.settings ?? defaultVisitAttentionSettings;
  const now = input.now.getTime();
  const found: VisitNeedingAttention[] = [];
  for (const person of input.people) {
    const timed = person.visits.flatMap((v) => (v.plannedFor === null ? [] : [{ label: v.label, plannedFor: v.plannedFor }]));
    const matched = matchRecords(timed, input.records.filter((r) => r.personId === person.personId));
    timed.forEach((visit, i) => {
      const planned = Date.parse(visit.plannedFor);
      const record = matched.get(i);
      if (record) {
        const arrived = Date.parse(record.arrivedAt);
        if (arrived - planned > settings.lateAfterMinutes * 60_000) {
          const minutesLate = minutesBetween(planned, arrived);
          found.push({ kind: 'late', personId: person.personId, visitLabel: visit.label, plannedFor: visit.plannedFor, arrivedAt: record.arrivedAt, minutesLate });
        }
      } else if (now >= planned + settings.missedAfterMinutes * 60_000) {
        found.push({ kind: 'missed', personId: person.personId, visitLabel: visit.label, plannedFor: visit.plannedFor, arrivedAt: null, minutesLate: minutesBetween(planned, now) });
      }
    });
  }
  const order: Record<VisitAttentionKind, number> = { missed: 0, late: 1 };
  return found.sort((a, b) => order[a.kind] - order[b.kind] || Date.parse(a.plannedFor) - Date.parse(b.plannedFor));
}
