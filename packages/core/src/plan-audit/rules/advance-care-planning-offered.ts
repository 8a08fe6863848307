// K74: where a progressive illness or fluctuating capacity is recorded, an advance care plan exists or was offered.
import { answerOf, findSection, planText } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { findPhrases } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'K74',
  title: 'Advance care planning offered in time',
  severity: 'warn',
  guidance: derived(
    'HCPA end-of-life resources: advance care planning should be done while the person has capacity, especially where capacity may be lost or fluctuates',
    'endOfLifeResources',
  ),
  cqc: ['Planning for the future'],
} as const;
const report = reporter(meta);

export const advanceCarePlanningOffered: AuditRule = {
  ...meta,
  configKeys: ['progressiveConditionTerms'],
  appliesTo: (input, config) => findPhrases(planText(input.content), config.progressiveConditionTerms).length > 0,
  check: (input, config) => {
    const acp = findSection(input.content, 'advance_care_planning');
    if (acp && acp.section.notApplicable === null && answerOf(acp, 'advance_care_plan')) return [];
    const text = planText(input.content);
    const conditions = [...new Set(findPhrases(text, config.progressiveConditionTerms).map((m) => text.slice(m.start, m.end)))];
    return [
      report({
        sectionKey: 'advance_care_planning',
        field: acp ? `${acp.path}.answers` : null,
        missing: acp ? 'answers.advance_care_plan' : null,
        explanation: `The plan mentions ${conditions.join(', ')}, but does not record an advance care plan or that one was offered.`,
        howToFix:
          'Offer the person the chance to plan ahead while they can, and record the plan, where it is kept, or the date it was offered.',
      }),
    ];
  },
};
