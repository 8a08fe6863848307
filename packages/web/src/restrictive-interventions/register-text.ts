// How the register says things: a use's title, how long it lasted, where a debrief stands, what needs attention,
// and a chart's figures in words for screen readers.
import {
  formatInterventionTrendMonth,
  restrictiveInterventionKindLabels,
  restrictiveInterventionKinds,
  type RestrictiveInterventionDebriefStatus,
  type RestrictiveInterventionMonthFigures,
  type RestrictiveInterventionRegister,
  type RestrictiveInterventionView,
} from '@hearth/core';
import { formatDateTime } from '../format';

export function interventionTitle(use: Pick<RestrictiveInterventionView, 'kind' | 'startedAt'>): string {
  return `${restrictiveInterventionKindLabels[use.kind]} on ${formatDateTime(use.startedAt)}`;
}

export function minutesText(minutes: number): string {
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  return rest === 0 ? h : `${h} ${minutesText(rest)}`;
}

export const debriefStatusLabels: Record<RestrictiveInterventionDebriefStatus, string> = {
  held: 'Held within 72 hours',
  held_late: 'Held, later than 72 hours',
  due: 'Due within 72 hours',
  overdue: 'Not held within 72 hours',
};

export const debriefStatusTags: Record<RestrictiveInterventionDebriefStatus, string> = {
  held: 'nhsuk-tag--green',
  held_late: 'nhsuk-tag--yellow',
  due: 'nhsuk-tag--blue',
  overdue: 'nhsuk-tag--red',
};

/** "with Stan" or "with staff". */
export const debriefWith = (withWhom: 'person' | 'staff', name: string) =>
  withWhom === 'person' ? `with ${name}` : 'with staff';

type AttentionItem = RestrictiveInterventionRegister['attention'][number];

/** What needs doing, said about the use it concerns. */
export function attentionText(
  item: AttentionItem,
  use: Pick<RestrictiveInterventionView, 'kind' | 'startedAt'>,
  name: string,
): string {
  const what = `the ${interventionTitle(use).replace(/^./, (c) => c.toLowerCase())}`;
  switch (item.kind) {
    case 'debrief_overdue':
      return `The debrief ${debriefWith(item.withWhom, name)} after ${what} was not held within 72 hours (it was due by ${formatDateTime(item.dueBy)}).`;
    case 'plan_not_followed':
      return `${capitalise(what)} ${item.followedPlan === 'partly' ? 'only partly followed' : 'did not follow'} ${name}\u2019s behaviour support plan: review it with the staff involved.`;
    case 'no_plan':
      return `${capitalise(what)} happened with no behaviour support plan to follow: ${name} needs one.`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const uses = (n: number) => (n === 1 ? '1 use' : `${n} uses`);

/** A bar chart's figures in words: the months shown, the total, and the uses of each kind. */
export function chartDescription(months: readonly RestrictiveInterventionMonthFigures[], where: string): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return `No months to show for ${where}.`;
  const span = `${formatInterventionTrendMonth(first.month)} to ${formatInterventionTrendMonth(last.month)}`;
  const total = months.reduce((n, m) => n + m.count, 0);
  if (total === 0) return `Bar chart of restrictive interventions per month for ${where}, ${span}: none recorded.`;
  const byKind = restrictiveInterventionKinds
    .map((k) => [k, months.reduce((n, m) => n + m.byKind[k].count, 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${uses(n)} of ${restrictiveInterventionKindLabels[k].toLowerCase()}`);
  const busiest = months.reduce((a, b) => (b.count > a.count ? b : a));
  return `Bar chart of restrictive interventions per month for ${where}, ${span}: ${uses(total)} in all (${byKind.join(', ')}); the most in ${formatInterventionTrendMonth(busiest.month)} (${busiest.count}). The same figures are in the table.`;
}
