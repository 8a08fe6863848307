// A competence checklist or observation summed up in words.
import type { StaffCompetenceCheckView } from '@hearth/core';

export function checkSummaryText(check: StaffCompetenceCheckView): string {
  if (check.kind === 'competence') {
    const { met, partly, not_yet: notYet } = check.summary;
    return check.summary.allMet ? `Every item met (${met})` : `${met} met, ${partly} partly, ${notYet} not yet`;
  }
  const { met, not_seen: notSeen, not_met: notMet } = check.summary;
  return `Observed by ${check.body.observer.name}: ${met} met, ${notSeen} not seen, ${notMet} not met`;
}
