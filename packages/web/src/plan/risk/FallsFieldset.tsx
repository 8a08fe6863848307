// One falls screening in the mobility section: each recognised risk factor answered yes, no or not known, with the
// level and what to do shown live by core's screenFallsRisk, as the plan will print it.
import {
  fallsAnswerLabels,
  fallsAnswers,
  fallsRiskFactorDefinitions,
  fallsRiskFactors,
  fallsRiskLevelLabels,
  screenFallsRisk,
  type FallsAnswer,
  type FallsRiskFactor,
} from '@hearth/core';
import { DateInput } from '../../components/DateInput';
import { TextInput, Textarea } from '../../components/fields';
import { Radios } from '../Radios';
import type { FallsForm } from './risk-form';

interface Props {
  value: FallsForm;
  update: (patch: Partial<FallsForm>) => void;
  /** "riskAssessments.falls.0" */
  path: string;
  errorFor: (path: string) => string | undefined;
}

const answerOptions = fallsAnswers.map((a) => ({ value: a, label: fallsAnswerLabels[a] }));

function FallsResult({ answers }: { answers: FallsForm['answers'] }) {
  const unanswered = fallsRiskFactors.filter((f) => answers[f] === '').length;
  if (unanswered > 0) {
    return (
      <p className="nhsuk-body hearth-risk-rating" role="status">
        Answer every question to see the falls risk level ({unanswered} left).
      </p>
    );
  }
  const result = screenFallsRisk(answers as Record<FallsRiskFactor, FallsAnswer>);
  return (
    <div className="nhsuk-inset-text hearth-risk-result" role="status">
      <p>
        <strong>{fallsRiskLevelLabels[result.level]}</strong>
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {result.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function FallsFields({ value, update, path, errorFor }: Props) {
  return (
    <>
      <DateInput
        name={`${path}.screenedOn`}
        legend="Screened on"
        hint="For example, 20 11 2026"
        value={value.screenedOn}
        onChange={(screenedOn) => {
          update({ screenedOn });
        }}
        error={errorFor(`${path}.screenedOn`)}
      />
      <TextInput
        name={`${path}.screenedBy`}
        label="Screened by"
        value={value.screenedBy}
        onChange={(screenedBy) => {
          update({ screenedBy });
        }}
        error={errorFor(`${path}.screenedBy`)}
      />
      {fallsRiskFactors.map((factor) => (
        <Radios
          key={factor}
          name={`${path}.answers.${factor}`}
          legend={fallsRiskFactorDefinitions[factor].question}
          small
          options={answerOptions}
          value={value.answers[factor]}
          onChange={(answer) => {
            update({ answers: { ...value.answers, [factor]: answer as FallsAnswer } });
          }}
          error={errorFor(`${path}.answers.${factor}`)}
        />
      ))}
      <FallsResult answers={value.answers} />
      <Textarea
        name={`${path}.notes`}
        label="Notes (optional)"
        value={value.notes}
        onChange={(notes) => {
          update({ notes });
        }}
        error={errorFor(`${path}.notes`)}
      />
    </>
  );
}
