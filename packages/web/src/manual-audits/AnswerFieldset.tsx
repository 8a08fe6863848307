// One question of a manual audit: the answer as radios, the guidance to read, the plan section to open, and the evidence.
import { auditAnswerLabels, auditAnswerValues, isShortfall, maxEvidenceLength, type AuditAnswerValue, type AuditQuestion } from '@hearth/core';
import { Link } from 'react-router-dom';
import { Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';

export interface AnswerDraft {
  answer: AuditAnswerValue | '';
  evidence: string;
}

interface Props {
  number: number;
  question: AuditQuestion;
  value: AnswerDraft;
  onChange: (value: AnswerDraft) => void;
  errorFor: (path: string) => string | undefined;
  /** Where to read the plan version being audited; the section's heading is its anchor. */
  planPath: string | null;
  sectionTitle: string | null;
}

export function AnswerFieldset({ number, question, value, onChange, errorFor, planPath, sectionTitle }: Props) {
  const base = `answers.${question.id}`;
  const needsEvidence = value.answer !== '' && isShortfall(value.answer);
  return (
    <div className="hearth-manual-audit__question">
      <Radios
        name={`${base}.answer`}
        legend={<><span className="nhsuk-u-visually-hidden">Question </span>{number}. {question.text}</>}
        legendClassName="nhsuk-fieldset__legend--s"
        hint={question.cqcStatement ? `CQC quality statement: ${question.cqcStatement}` : undefined}
        error={errorFor(`${base}.answer`) ?? errorFor(base)}
        value={value.answer}
        onChange={(answer) => {
          onChange({ ...value, answer: answer as AuditAnswerValue });
        }}
        small
        options={auditAnswerValues.map((v) => ({ value: v, label: auditAnswerLabels[v] }))}
      >
        {question.guidance && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                What to look for<span className="nhsuk-u-visually-hidden"> in question {number}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text hearth-pre-wrap">{question.guidance}</div>
          </details>
        )}
        {planPath && question.sectionKey && (
          <p className="nhsuk-body-s">
            <Link to={`${planPath}#section-${question.sectionKey}`} target="_blank" rel="noopener">
              Read &ldquo;{sectionTitle ?? question.sectionKey}&rdquo; in the plan (opens in a new tab)
            </Link>
          </p>
        )}
        <Textarea
          name={`${base}.evidence`}
          label={needsEvidence ? 'Evidence' : 'Evidence (optional)'}
          hint={needsEvidence ? 'Say what you found in the plan, or what is missing.' : 'What you saw in the plan that supports your answer.'}
          value={value.evidence}
          onChange={(evidence) => {
            onChange({ ...value, evidence: evidence.slice(0, maxEvidenceLength * 2) });
          }}
          error={errorFor(`${base}.evidence`)}
          rows={3}
        />
      </Radios>
    </div>
  );
}
