// I60: dietary requirements are recorded (or "none"), with likes and dislikes relevant to visit times.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I60',
  title: 'Dietary requirements',
  severity: 'fail',
  guidance: hcpa(
    'nutrition',
    'capture the dietary requirement; liked and disliked foods relevant to the visit time; religious needs',
  ),
  cqc: ['Person-centred care', 'Treating people as individuals'],
} as const;
const report = reporter(meta);

export const dietaryRequirements: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'nutrition_and_hydration') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    if (!ref) return [];
    return [
      ...requireAnswer(
        report,
        input,
        ref,
        'dietary_requirements',
        'Record dietary requirements, including religious or cultural needs, or \u201cnone\u201d.',
      ),
      ...requireAnswer(
        report,
        input,
        ref,
        'likes_and_dislikes',
        'Record the foods and drinks the person likes and dislikes at each visit time.',
        'warn',
      ),
    ];
  },
};
