// G51: mobility aims to improve where that fits the person's goals, not only to maintain, and says how far they can go.
import type { Finding } from '../finding.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer, requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G51',
  title: 'Improvement, not just maintenance',
  severity: 'warn',
  guidance: hcpa('mobility', 'record actions to improve mobility where applicable, not only to maintain it'),
  cqc: ['Independence, choice and control'],
} as const;
const report = reporter(meta);

export const mobilityImprovement: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    if (!ref) return [];
    const found: Finding[] = [];
    if (ref.section.outcomes.length === 0 && !answerOf(ref, 'how_i_could_improve')) {
      found.push(
        missingAnswer(
          report,
          input,
          ref,
          'how_i_could_improve',
          'Nothing says how mobility could improve, or why improvement is not the aim.',
        ),
      );
    }
    found.push(
      ...requireAnswer(
        report,
        input,
        ref,
        'how_far_i_can_mobilise',
        'Record how far the person can move around and how they practise with staff.',
      ),
    );
    return found;
  },
};
