// A best-interests decision in words: what was decided, with whom, and the section 4 checklist behind it.
import { consultedRelationshipLabels, regainOutlookLabels, type BestInterestsDecisionView } from '@hearth/core';
import type { SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { TextList, type SectionTitle } from './assessment-summary';

export function decisionRows(d: BestInterestsDecisionView, sectionTitle: SectionTitle): SummaryRow[] {
  return [
    { key: 'Decided on', value: formatDate(d.decidedOn) },
    { key: 'Decision maker', value: `${d.decisionMaker.name}, ${d.decisionMaker.role}` },
    { key: 'Decision made', value: d.decisionMade, preWrap: true },
    {
      key: 'People consulted',
      value: (
        <TextList
          items={d.consulted.map((c) => `${c.name} (${consultedRelationshipLabels[c.relationship]}): ${c.views}`)}
        />
      ),
    },
    {
      key: 'Less restrictive options considered',
      value: <TextList items={d.lessRestrictiveOptions.map((o) => `${o.option}: ${o.assessment}`)} />,
    },
    { key: 'Plan sections', value: d.sectionKeys.length > 0 ? d.sectionKeys.map(sectionTitle).join('; ') : 'None linked' },
    { key: 'Review by', value: d.reviewOn ? formatDate(d.reviewOn) : 'No date set' },
    { key: 'Recorded', value: `${d.recordedBy.name}, ${formatDateTime(d.recordedAt)}` },
  ];
}

/** The checklist of the Mental Capacity Act, section 4, as answered. */
export function checklistRows(d: BestInterestsDecisionView): SummaryRow[] {
  return [
    {
      key: 'Not based on their age, appearance, condition or behaviour',
      value: d.notBasedOnAppearance ? 'Confirmed' : 'Not confirmed',
    },
    { key: 'Relevant circumstances', value: d.relevantCircumstances, preWrap: true },
    {
      key: 'Will they regain capacity?',
      value: `${regainOutlookLabels[d.regainCapacity.outlook]}. ${d.regainCapacity.detail}`,
      preWrap: true,
    },
    { key: 'Can the decision wait?', value: d.canWait ? 'Yes' : `No: ${d.whyNotWait ?? ''}`, preWrap: true },
    { key: 'How they were helped to take part', value: d.participation, preWrap: true },
    { key: 'Their wishes, feelings, beliefs and values', value: d.wishesFeelingsBeliefsValues, preWrap: true },
    { key: 'Their written statements', value: d.writtenStatements ?? 'None recorded', preWrap: true },
    {
      key: 'About life-sustaining treatment',
      value: d.lifeSustainingTreatment
        ? 'Yes. Confirmed it is not motivated by a desire to bring about their death'
        : 'No',
    },
  ];
}
