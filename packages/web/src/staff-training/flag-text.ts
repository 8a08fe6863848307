// A flag about restrictive-practice training in words: who, for whom, why, and what to do.
import { trainingFlagPracticeLabels, type TrainingFlag } from '@hearth/core';
import { formatDate, formatDateTime } from '../format';

/** "physical intervention and seclusion". */
export function practiceList(practices: readonly string[]): string {
  const names = practices.map((p) => trainingFlagPracticeLabels[p] ?? p.replace(/_/g, ' '));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Why the staff member is counted as supporting the person, shown in brackets after the person's name. */
export function assignmentText(flag: Pick<TrainingFlag, 'basis' | 'nextVisitAt'>): string {
  return flag.basis === 'planned_visit' && flag.nextVisitAt !== null
    ? `visit planned on ${formatDateTime(flag.nextVisitAt)}`
    : 'role in their care home';
}

/** What is wrong with the staff member's certified training. */
export function standingText(flag: Pick<TrainingFlag, 'standing' | 'expiresOn'>): string {
  switch (flag.standing) {
    case 'expired':
      return `Their certified restrictive-practice training expired on ${formatDate(flag.expiresOn)}.`;
    case 'expires_soon':
      return `Their certified restrictive-practice training expires on ${formatDate(flag.expiresOn)}: book a refresher.`;
    case 'missing':
      return 'They have no restrictive-practice training certified against the Restraint Reduction Network standards.';
  }
}

/** Said only when it explains a flag: an in-date course that is not certified does not count. */
export const uncertifiedNote =
  'Their in-date restrictive-practice course is not certified against the Restraint Reduction Network standards, so it does not count.';
