// K74: where a progressive illness or fluctuating capacity is recorded, an advance care plan exists or was offered.
// With the person's records known, an assessment in force recording fluctuating capacity is a reason too, and an
// advance care plan on their record shows one exists.
import { acpPrompt, hasFluctuatingCapacity } from '../../capacity/advance-care-plan.js';
import type { AuditInput } from '../audit-input.js';
import type { AuditConfig } from '../config.js';
import { assessmentsInForceOf, capitalise, describeAssessments, evidenceField } from '../capacity-records.js';
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

function conditionsNamed(input: AuditInput, config: AuditConfig): string[] {
  const text = planText(input.content);
  return [...new Set(findPhrases(text, config.progressiveConditionTerms).map((m) => text.slice(m.start, m.end)))];
}

function fluctuates(input: AuditInput): boolean {
  return input.capacity !== undefined && hasFluctuatingCapacity(input.capacity.assessments);
}

export const advanceCarePlanningOffered: AuditRule = {
  ...meta,
  configKeys: ['progressiveConditionTerms'],
  appliesTo: (input, config) => conditionsNamed(input, config).length > 0 || fluctuates(input),
  check: (input, config) => {
    const acp = findSection(input.content, 'advance_care_planning');
    if (acp && acp.section.notApplicable === null && answerOf(acp, 'advance_care_plan')) return [];
    const conditions = conditionsNamed(input, config);
    const prompt = acpPrompt({
      progressiveIllness: conditions.length > 0,
      fluctuatingCapacity: fluctuates(input),
      advanceCarePlanExists: (input.capacity?.advanceCarePlans ?? []).length > 0,
      // An offer is recorded in the plan's words (the answer above); the records hold plans made, not offers.
      offeredOn: null,
    });
    if (!prompt.shouldOffer) return [];
    const reasons = [
      ...(conditions.length > 0 ? [`the plan mentions ${conditions.join(', ')}`] : []),
      ...(prompt.triggers.includes('fluctuating_capacity')
        ? [
            `the assessments in force record capacity that fluctuates (${describeAssessments(assessmentsInForceOf(input).filter((a) => a.fluctuates))})`,
          ]
        : []),
    ];
    const nothing =
      input.capacity?.advanceCarePlans === undefined
        ? 'it does not record an advance care plan or that one was offered'
        : 'neither the plan nor the person\u2019s record holds an advance care plan or says one was offered';
    return [
      report({
        sectionKey: 'advance_care_planning',
        field: acp ? `${acp.path}.answers` : input.capacity ? evidenceField('advanceCarePlans') : null,
        missing: acp ? 'answers.advance_care_plan' : null,
        explanation: capitalise(`${reasons.join(' and ')}, but ${nothing}.`),
        howToFix:
          'Offer the person the chance to plan ahead while they can, and record the plan, where it is kept, or the date it was offered.',
      }),
    ];
  },
};
