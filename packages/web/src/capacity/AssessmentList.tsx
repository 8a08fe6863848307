// Every signed assessment, newest first. One in force shows its facts, the full test behind a details element, and
// what can be done next; a replaced one says so and stays readable, folded away.
import { bestInterestsAllowed, type CapacityAssessmentView } from '@hearth/core';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format';
import { assessmentDetailRows, assessmentRows, type SectionTitle } from './assessment-summary';
import { newAssessmentPath, newBestInterestsPath } from './capacity-paths';

interface Props {
  personId: string;
  assessments: CapacityAssessmentView[];
  sectionTitle: SectionTitle;
  mayRecordAssessment: boolean;
  mayRecordDecision: boolean;
}

export function AssessmentList({ personId, assessments, sectionTitle, mayRecordAssessment, mayRecordDecision }: Props) {
  return (
    <section aria-labelledby="assessments-heading">
      <h2 className="nhsuk-heading-m" id="assessments-heading">
        Capacity assessments
      </h2>
      {assessments.length === 0 ? (
        <p className="nhsuk-body">No capacity assessment has been recorded.</p>
      ) : (
        assessments.map((a) => {
          // The same rule the server applies: only the assessment in force for a decision, finding a lack of capacity.
          const mayDecide =
            mayRecordDecision &&
            bestInterestsAllowed({ decision: a.decision, decisionKey: a.decisionKey, assessmentId: a.id }, assessments).allowed;
          return a.inForce ? (
            <AssessmentInForce
              key={a.id}
              personId={personId}
              assessment={a}
              sectionTitle={sectionTitle}
              mayReplace={mayRecordAssessment}
              mayDecide={mayDecide}
            />
          ) : (
            <ReplacedAssessment key={a.id} assessment={a} sectionTitle={sectionTitle} />
          );
        })
      )}
    </section>
  );
}

interface InForceProps {
  personId: string;
  assessment: CapacityAssessmentView;
  sectionTitle: SectionTitle;
  mayReplace: boolean;
  mayDecide: boolean;
}

function AssessmentInForce({ personId, assessment: a, sectionTitle, mayReplace, mayDecide }: InForceProps) {
  const headingId = `assessment-${a.id}`;
  return (
    <div className="hearth-capacity-entry" role="group" aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s" id={headingId}>
        {a.decision}
      </h3>
      <SummaryList rows={assessmentRows(a)} />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            The full assessment<span className="nhsuk-u-visually-hidden">: {a.decision}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <SummaryList rows={assessmentDetailRows(a, sectionTitle)} />
        </div>
      </details>
      {(mayReplace || mayDecide) && (
        <ul className="nhsuk-list">
          {mayDecide && (
            <li>
              <Link className="nhsuk-link" to={newBestInterestsPath(personId, a.id)}>
                Record a best-interests decision<span className="nhsuk-u-visually-hidden">: {a.decision}</span>
              </Link>
            </li>
          )}
          {mayReplace && (
            <li>
              <Link className="nhsuk-link" to={newAssessmentPath(personId, a.id)}>
                Replace this assessment<span className="nhsuk-u-visually-hidden">: {a.decision}</span>
              </Link>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function ReplacedAssessment({ assessment: a, sectionTitle }: { assessment: CapacityAssessmentView; sectionTitle: SectionTitle }) {
  const headingId = `assessment-${a.id}`;
  return (
    <div className="hearth-capacity-entry" role="group" aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s" id={headingId}>
        {a.decision}
        <span className="nhsuk-u-visually-hidden">, assessed {formatDate(a.assessedOn)}</span>
      </h3>
      <p className="nhsuk-body">
        <strong className="nhsuk-tag nhsuk-tag--grey">Replaced by a later assessment</strong>
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            The assessment of {formatDate(a.assessedOn)}, as signed
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <SummaryList rows={[...assessmentRows(a), ...assessmentDetailRows(a, sectionTitle)]} />
        </div>
      </details>
    </div>
  );
}
