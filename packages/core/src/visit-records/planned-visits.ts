// The visits a person's plan sets out for a day: its steps grouped by their visit or time slot ("when"), each
// visit at its planned time, in the order of the day. A visit record starts from one of these.
import { inDayOrder, sortMinute } from '../care-plan/now-steps.js';
import type { SectionContent } from '../care-plan/plan-content.js';
import { clockTime, londonInstant } from './london-time.js';

export interface PlannedTask {
  stepId: string;
  sectionKey: string;
  what: string;
  who: string;
  time: string | null;
}

export interface PlannedVisit {
  /** The visit or time slot as the plan names it, for example "Morning visit". */
  label: string;
  /** The planned time on a clock in England (HH:MM): the earliest step time, else the part of the day's usual time. */
  time: string | null;
  /** That time on the day asked for, as an instant; null when the plan gives no time and the slot names no part of the day. */
  plannedFor: string | null;
  tasks: PlannedTask[];
}

type PlanSection = Pick<SectionContent, 'sectionKey' | 'notApplicable' | 'steps'>;

const minutesInDay = 24 * 60;
const sameVisit = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');

/** The plan's visits on `date` (YYYY-MM-DD in England), in the order of the day; visits with no time come last. */
export function plannedVisits(sections: readonly PlanSection[], date: string): PlannedVisit[] {
  const groups = new Map<string, { label: string; tasks: PlannedTask[] }>();
  for (const section of sections) {
    if (section.notApplicable) continue;
    for (const step of section.steps) {
      const key = sameVisit(step.when);
      const group = groups.get(key) ?? { label: step.when.trim(), tasks: [] };
      group.tasks.push({ stepId: step.id, sectionKey: section.sectionKey, what: step.what, who: step.who, time: step.time });
      groups.set(key, group);
    }
  }
  const visits = [...groups.values()].map((g) => {
    const minute = Math.min(...g.tasks.map((t) => sortMinute({ when: g.label, time: t.time })));
    const known = minute < minutesInDay;
    return {
      minute,
      visit: {
        label: g.label,
        time: known ? clockTime(minute) : null,
        plannedFor: known ? londonInstant(date, minute).toISOString() : null,
        tasks: inDayOrder(g.tasks, (t) => ({ when: g.label, time: t.time })),
      },
    };
  });
  return visits.sort((a, b) => a.minute - b.minute || a.visit.label.localeCompare(b.visit.label)).map((v) => v.visit);
}

/** The visit a care worker most likely means now: the one planned nearest the clock, else the first. */
export function nearestPlannedVisit(visits: readonly PlannedVisit[], now: Date): PlannedVisit | null {
  let best: { visit: PlannedVisit; apart: number } | null = null;
  for (const visit of visits) {
    if (visit.plannedFor === null) continue;
    const apart = Math.abs(Date.parse(visit.plannedFor) - now.getTime());
    if (best === null || apart < best.apart) best = { visit, apart };
  }
  return best?.visit ?? visits[0] ?? null;
}

/** Whether a record's visit label names this planned visit (case and spacing aside). */
export function isSameVisit(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && sameVisit(a) === sameVisit(b);
}
