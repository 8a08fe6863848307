// J70: every desired outcome has who is responsible and a target date, so progress can be checked.
import { sectionsInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import type { Finding } from '../finding.js';
import { external } from './sources.js';

const meta = {
  id: 'J70',
  title: 'Golden thread: outcomes with owner and target date',
  severity: 'fail',
  guidance: external(
    'PRSB Personalised Care and Support Plan (goals and planned actions: person responsible, target date) and NHS Core Information Standard (progress comments)',
  ),
  cqc: ['Care provision, integration and continuity', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const goldenThread: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionsInUse(input.content).some((ref) => ref.section.outcomes.length > 0),
  check: (input) =>
    sectionsInUse(input.content).flatMap((ref) =>
      ref.section.outcomes.flatMap((o, i) => {
        const found: Finding[] = [];
        const at = `${ref.path}.outcomes.${i}`;
        if (o.whoInvolved.trim() === '')
          found.push(
            report({
              sectionKey: ref.key,
              field: `${at}.whoInvolved`,
              explanation: 'This outcome does not say who is responsible.',
              howToFix: 'Name who will help: the person, staff, family or a professional.',
            }),
          );
        if (o.targetDate === null)
          found.push(
            report({
              sectionKey: ref.key,
              field: `${at}.targetDate`,
              explanation: `\u201c${o.goal.slice(0, 80)}\u201d has no target date.`,
              howToFix: 'Agree with the person when the goal should be met or looked at again.',
            }),
          );
        return found;
      }),
    ),
};
