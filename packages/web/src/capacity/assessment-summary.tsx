// A signed capacity assessment in words: the facts a reader needs first, and the full two-stage test behind them.
import {
  assessmentOutcomeLabels,
  practicableStepLabels,
  stageTwoAbilities,
  stageTwoAbilityLabels,
  type CapacityAssessmentView,
} from '@hearth/core';
import type { SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';

export type SectionTitle = (key: string) => string;

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Text someone typed, or what to say when it was left empty. */
const orNone = (text: string | null, none = 'Not recorded') => text ?? none;

export function assessmentRows(a: CapacityAssessmentView): SummaryRow[] {
  return [
    { key: 'Date assessed', value: formatDate(a.assessedOn) },
    { key: 'Assessor', value: `${a.assessor.name}, ${a.assessor.role}` },
    { key: 'Outcome', value: assessmentOutcomeLabels[a.outcome] },
    { key: 'Capacity fluctuates', value: yesNo(a.fluctuates) },
    { key: 'Reassess by', value: a.reassessOn ? formatDate(a.reassessOn) : 'No date set' },
    { key: 'Signed', value: `${a.signedBy.name}, ${formatDateTime(a.signedAt)}` },
  ];
}

/** Everything the assessor recorded, in the order of the test. */
export function assessmentDetailRows(a: CapacityAssessmentView, sectionTitle: SectionTitle): SummaryRow[] {
  const steps = a.practicableSteps.kinds.map((k) => practicableStepLabels[k]);
  return [
    ...(a.supersedes ? [{ key: 'Why it replaced an earlier assessment', value: orNone(a.supersedeReason), preWrap: true }] : []),
    {
      key: 'Plan sections',
      value: a.sectionKeys.length > 0 ? a.sectionKeys.map(sectionTitle).join('; ') : 'None linked',
    },
    {
      key: 'Steps taken to help them decide',
      value: (
        <>
          {steps.length > 0 ? <TextList items={steps} /> : <p className="nhsuk-body">None recorded</p>}
          {a.practicableSteps.detail && <p className="nhsuk-body hearth-pre-wrap">{a.practicableSteps.detail}</p>}
        </>
      ),
    },
    {
      key: 'Stage 1: an impairment of, or disturbance in the functioning of, the mind or brain',
      value: answerWithEvidence(yesNo(a.stageOne.impairment === 'yes'), a.stageOne.evidence),
    },
    ...stageTwoAbilities.map((ability) => {
      const answer = a.stageTwo[ability];
      return {
        key: `Stage 2: ${stageTwoAbilityLabels[ability]}`,
        value: answer ? answerWithEvidence(answer.answer === 'can' ? 'They can' : 'They cannot', answer.evidence) : 'Not answered',
      };
    }),
    {
      key: 'Is the inability to decide because of the impairment?',
      value: a.causalLink.answer ? answerWithEvidence(yesNo(a.causalLink.answer === 'yes'), a.causalLink.explanation) : 'Not answered',
    },
    { key: 'In their own words', value: orNone(a.personsWords), preWrap: true },
  ];
}

function answerWithEvidence(answer: string, evidence: string | null) {
  return (
    <>
      <p className="nhsuk-body">{answer}</p>
      {evidence && <p className="nhsuk-body hearth-pre-wrap">{evidence}</p>}
    </>
  );
}

export function TextList({ items }: { items: string[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
