// G45: mobility records both what the person can do and the concerns, so support keeps them as independent as possible.
import type { Finding } from '../finding.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G45',
  title: 'Mobility strengths and weaknesses',
  severity: 'fail',
  guidance: hcpa('mobility', 'highlight strengths and weaknesses; show what the individual can do'),
  cqc: ['Independence, choice and control', 'Assessing needs'],
} as const;
const report = reporter(meta);

export const mobilityStrengths: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    if (!ref) return [];
    const found: Finding[] = [];
    if (ref.section.strengths === null) {
      found.push(
        report({
          sectionKey: ref.key,
          field: `${ref.path}.strengths`,
          explanation: 'Mobility does not record what the person can do, including washing and dressing.',
          howToFix: 'Record the person\u2019s abilities: how they move, what they do themselves, and how that could improve.',
        }),
      );
    }
    if (ref.section.needs === null && !answerOf(ref, 'concerns')) {
      found.push(
        missingAnswer(report, input, ref, 'concerns', 'Mobility records neither the person\u2019s needs nor their concerns.'),
      );
    }
    return found;
  },
};
