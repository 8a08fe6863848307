// The person's capacity status in the toolkit's words, with the decisions it rests on, and the assessments due to
// be done again (overdue ones marked).
import type { CapacityAssessmentView, CapacityResponse, CapacityStatusKind } from '@hearth/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../format';
import { newAssessmentPath } from './capacity-paths';

const statusColours: Record<CapacityStatusKind, string> = {
  assumed: 'nhsuk-tag--blue',
  all: 'nhsuk-tag--green',
  some: 'nhsuk-tag--yellow',
  lacks: 'nhsuk-tag--orange',
};

interface Props {
  capacity: CapacityResponse;
  name: string;
  /** Whether the reader may record an assessment, so "Assess again" is only offered where it will work. */
  mayRecord: boolean;
}

export function CapacityStatusSection({ capacity, name, mayRecord }: Props) {
  const { status } = capacity;
  const decisionsOf = (ids: string[]) =>
    ids
      .map((id) => capacity.assessments.find((a) => a.id === id))
      .filter((a): a is CapacityAssessmentView => a !== undefined)
      .map((a) => a.decision);
  return (
    <section aria-labelledby="capacity-status-heading">
      <h2 className="nhsuk-heading-m" id="capacity-status-heading">
        Capacity status
      </h2>
      <p className="nhsuk-body">
        <strong className={`nhsuk-tag ${statusColours[status.kind]}`}>{status.label}</strong>
      </p>
      {status.kind === 'assumed' && (
        <>
          <p className="nhsuk-body">
            A person must be assumed to have capacity unless it is established that they lack it (principle 1 of the Mental
            Capacity Act 2005). No assessment is recorded, so {name} makes their own decisions, with support where they want it.
          </p>
          {status.assessmentNeeded && (
            <p className="nhsuk-body">
              An impairment that may affect their decisions is recorded. When a decision needs to be made and there is reason to
              doubt they can make it, assess their capacity for that decision.
            </p>
          )}
        </>
      )}
      {status.kind === 'all' && <p className="nhsuk-body">{allDecisionsText(status.basis, name)}</p>}
      {(status.kind === 'some' || status.kind === 'lacks') && (
        <p className="nhsuk-body">
          Capacity is decision-specific: {name} lacks capacity only for the decisions below, at the time they were assessed.
          For every other decision capacity is assumed, and {name} should be given all practicable help to decide.
        </p>
      )}
      <DecisionList heading={`${name} lacks capacity to decide`} decisions={decisionsOf(status.lacksCapacityFor)} />
      {status.kind !== 'all' && (
        <DecisionList heading={`${name} has capacity to decide`} decisions={decisionsOf(status.hasCapacityFor)} />
      )}
      <ReassessmentsDue capacity={capacity} mayRecord={mayRecord} />
    </section>
  );
}

function allDecisionsText(basis: CapacityResponse['status']['basis'], name: string): string {
  switch (basis) {
    case 'no_impairment':
      return `There is no impairment of the mind or brain: ${name} makes all their own decisions.`;
    case 'impairment_not_affecting':
      return `An impairment is recorded that does not affect their decisions: ${name} makes all their own decisions.`;
    case 'assessed':
    case null:
      return `Every assessment in force found ${name} has capacity for the decision assessed, and for everything else capacity is assumed.`;
  }
}

function DecisionList({ heading, decisions }: { heading: string; decisions: string[] }) {
  if (decisions.length === 0) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">{heading}</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {decisions.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ul>
    </>
  );
}

function ReassessmentsDue({ capacity, mayRecord }: { capacity: CapacityResponse; mayRecord: boolean }) {
  const due = capacity.reassessmentsDue;
  if (due.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Assessments due again
        </span>
      </h3>
      <p>These decisions were to be assessed again by the date shown. Their assessment still stands until a new one replaces it.</p>
      <ul className="nhsuk-list">
        {due.map((d) => (
          <li key={d.assessmentId}>
            {d.decision}: reassess by {formatDate(d.reassessOn)}
            {d.overdue && <strong className="nhsuk-tag nhsuk-tag--red hearth-tag-inline">Overdue</strong>}
            {mayRecord && (
              <>
                {' '}
                <Link className="nhsuk-link" to={newAssessmentPath(capacity.personId, d.assessmentId)}>
                  Assess again<span className="nhsuk-u-visually-hidden">: {d.decision}</span>
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
