// One question of the behaviour-support-planning audit: yes, partly or no, what to look at, the evidence, and for a
// gap the action (what, who, by when).
import {
  behaviourSupportAuditAnswerLabels,
  behaviourSupportAuditAnswers,
  type BehaviourSupportAuditQuestion,
} from '@hearth/core';
import { DateInput, type DateParts } from '../components/DateInput';
import { Textarea, TextInput } from '../components/fields';
import { Radios } from '../plan/Radios';

export interface AuditAnswerDraft {
  answer: string;
  evidence: string;
  what: string;
  who: string;
  dueBy: DateParts;
}

interface Props {
  number: number;
  question: BehaviourSupportAuditQuestion;
  value: AuditAnswerDraft;
  onChange: (value: AuditAnswerDraft) => void;
  errorFor: (path: string) => string | undefined;
}

export function AuditQuestionFieldset({ number, question, value, onChange, errorFor }: Props) {
  const base = `answers.${question.id}`;
  const set = (patch: Partial<AuditAnswerDraft>) => {
    onChange({ ...value, ...patch });
  };
  const action = (
    <>
      <Textarea
        name={`${base}.action.what`}
        label={`Action for question ${number}`}
        hint="What will be done to close the gap"
        value={value.what}
        onChange={(what) => {
          set({ what });
        }}
        error={errorFor(`${base}.action.what`)}
        rows={2}
      />
      <TextInput
        name={`${base}.action.who`}
        label="Who will do it"
        value={value.who}
        onChange={(who) => {
          set({ who });
        }}
        error={errorFor(`${base}.action.who`)}
      />
      <DateInput
        name={`${base}.action.dueBy`}
        legend="Due by"
        value={value.dueBy}
        onChange={(dueBy) => {
          set({ dueBy });
        }}
        error={errorFor(`${base}.action.dueBy`)}
      />
    </>
  );
  return (
    <Radios
      name={`${base}.answer`}
      legend={
        <>
          <span className="nhsuk-u-visually-hidden">Question </span>
          {number}. {question.text}
        </>
      }
      error={errorFor(`${base}.answer`) ?? errorFor(base)}
      value={value.answer}
      onChange={(answer) => {
        set({ answer });
      }}
      small
      options={behaviourSupportAuditAnswers.map((a) => ({
        value: a,
        label: behaviourSupportAuditAnswerLabels[a],
        conditional: a === 'yes' ? undefined : action,
      }))}
    >
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            What to look at<span className="nhsuk-u-visually-hidden"> for question {number}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">{question.lookFor}</div>
      </details>
      <Textarea
        name={`${base}.evidence`}
        label={`Evidence for question ${number}`}
        hint="What you found that supports your answer"
        value={value.evidence}
        onChange={(evidence) => {
          set({ evidence });
        }}
        error={errorFor(`${base}.evidence`)}
        rows={2}
      />
    </Radios>
  );
}
