// The weekly score trend in words, for the text alternative of the trend chart: its span, the latest average and
// the change since the first week with audits. The caller formats the days (the web app in England's style).
import type { AuditTrendPoint } from './audit-runs.js';

export function describeTrend(trend: readonly AuditTrendPoint[], formatDay: (day: string) => string): string {
  const scored = trend.filter((w): w is AuditTrendPoint & { meanScore: number } => w.meanScore !== null);
  const first = scored[0];
  const last = scored.at(-1);
  const from = trend[0];
  const to = trend.at(-1);
  if (!first || !last || !from || !to) return 'No plans were audited in these weeks.';
  const span = `from the week of ${formatDay(from.weekStarting)} to the week of ${formatDay(to.weekStarting)}`;
  if (first === last) return `Average score ${span}: ${last.meanScore} in the only week with audits.`;
  const change = Math.round((last.meanScore - first.meanScore) * 10) / 10;
  const direction = change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'unchanged';
  return `Average score ${span}: ${last.meanScore} in the latest week with audits, ${direction} since ${first.meanScore} in the first.`;
}
