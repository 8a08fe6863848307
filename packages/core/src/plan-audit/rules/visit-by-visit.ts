// C22: the support is broken down visit by visit (or time slot), and no slot is left without what happens in it.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { wordCount } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'C22',
  title: 'Visit-by-visit needs, no empty slot',
  severity: 'fail',
  guidance: hcpa('onePageProfile', 'Details of Care & Support Needs: break the support down by visit time'),
  cqc: ['Care provision, integration and continuity', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const visitByVisit: AuditRule = {
  ...meta,
  configKeys: ['minStepWords'],
  appliesTo: (input) => sectionInUse(input.content, 'visits_and_support') !== null,
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'visits_and_support');
    if (!ref) return [];
    if (ref.section.steps.length === 0) {
      return [
        report({
          sectionKey: ref.key,
          field: `${ref.path}.steps`,
          explanation: 'The plan does not break the support down by visit or time slot.',
          howToFix: 'Add a step for each visit or time slot: when, the time, what happens and who does it.',
        }),
      ];
    }
    return ref.section.steps.flatMap((step, i) =>
      wordCount(step.what) < config.minStepWords
        ? [
            report({
              sectionKey: ref.key,
              field: `${ref.path}.steps.${i}.what`,
              explanation: `The \u201c${step.when}\u201d slot does not say what happens in it.`,
              howToFix: 'Describe what the person needs help with in this slot, and how they like it done.',
            }),
          ]
        : [],
    );
  },
};
