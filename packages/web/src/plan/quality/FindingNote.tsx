// One plan-quality finding in words: a suggestion or something that needs attention (never styled as an error,
// since it does not stop saving), how to put it right, and the guidance it comes from, folded away.
import { memo, type ReactNode } from 'react';
import type { Finding, GuidanceRef } from '@hearth/core';
import { severityLabels } from './section-findings';
import './plan-quality.css';

const sourceNotes: Record<GuidanceRef['source'], string> = {
  HCPA: 'From the Home Care Providers Alliance care and support plan toolkit.',
  EXTERNAL: 'From a published standard or guidance.',
  DERIVED: 'Hearth’s reading of the guidance, not a rule stated in it word for word.',
};

interface Props {
  finding: Finding;
  /** Shown after how to put it right: in the panel, a link to the field. */
  children?: ReactNode;
}

export const FindingNote = memo(function FindingNote({ finding, children }: Props) {
  return (
    <div className={`hearth-finding hearth-finding--${finding.severity}`}>
      <p className="hearth-finding__text">
        <strong className="hearth-finding__label">{severityLabels[finding.severity]}:</strong> {finding.explanation}
      </p>
      <p className="hearth-finding__text">{finding.howToFix}</p>
      {children}
      <details className="nhsuk-details hearth-finding__source">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Where this comes from<span className="nhsuk-u-visually-hidden"> (check {finding.ruleId})</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{finding.guidance.reference}</p>
          <p>
            {sourceNotes[finding.guidance.source]} Check {finding.ruleId}.
            {finding.guidance.url && (
              <>
                {' '}
                <a className="nhsuk-link" href={finding.guidance.url} rel="noreferrer">
                  Read the guidance
                </a>
              </>
            )}
          </p>
        </div>
      </details>
    </div>
  );
});
