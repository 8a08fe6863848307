// A person's PAL checklists: the latest with its level (or the levels that tie), all four totals, the reassessment
// date, the activities ticked, the activity profile and action plan; earlier and replaced checklists kept below.
import { type PalAssessmentView, type PalAssessmentsResponse } from '@hearth/core';
import { Link, useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getPalAssessments } from './pal-api';
import { palNewPath } from './pal-paths';
import { PalAssessmentDetails } from './PalAssessmentDetails';
import { PalResult, palResultText, palTotalsText } from './PalResult';
import './pal.css';

export interface PalPageState {
  /** The checklist just saved, to say what it found. */
  saved?: string;
}

export function PalPage() {
  const { person } = usePerson();
  const me = useMe();
  const saved = (useLocation().state as PalPageState | null)?.saved;
  const loaded = useLoaded(() => getPalAssessments(person.id), [person.id]);
  const name = person.preferredName ?? person.legalName;
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'pal_assessment', person.serviceId);

  return (
    <>
      {loaded.kind === 'ready' && saved && <SavedBanner response={loaded.value} id={saved} />}
      <PageHeading title="PAL checklist" caption={person.legalName} />
      <p className="nhsuk-body">
        The Pool Activity Level (PAL) checklist shows how {name} manages everyday activities, so that activities and support can be offered at a
        level that suits them. A checklist is never changed: a correction replaces it, and the earlier one stays readable.
      </p>
      {loaded.kind === 'loading' && <Loading what="Loading the PAL checklists" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && <Checklists personId={person.id} name={name} response={loaded.value} mayRecord={mayRecord} />}
    </>
  );
}

function SavedBanner({ response, id }: { response: PalAssessmentsResponse; id: string }) {
  const saved = response.assessments.find((a) => a.id === id);
  if (!saved) return null;
  return (
    <NotificationBanner variant="success">
      <p className="nhsuk-notification-banner__heading">The PAL checklist has been saved</p>
      <p>Result: {palResultText(saved.score)}.</p>
    </NotificationBanner>
  );
}

interface ChecklistsProps {
  personId: string;
  name: string;
  response: PalAssessmentsResponse;
  mayRecord: boolean;
}

function Checklists({ personId, name, response, mayRecord }: ChecklistsProps) {
  const latest = response.assessments.find((a) => a.id === response.latestId);
  const earlier = response.assessments.filter((a) => a.id !== response.latestId);
  return (
    <>
      {!latest && <p className="nhsuk-body">No PAL checklist has been completed for {name} yet.</p>}
      {mayRecord && <ButtonLink to={palNewPath(personId)}>{latest ? 'Complete a new PAL checklist' : 'Complete a PAL checklist'}</ButtonLink>}
      {latest && <Latest personId={personId} assessment={latest} mayRecord={mayRecord} />}
      {earlier.length > 0 && <Earlier assessments={earlier} />}
    </>
  );
}

const reassessmentTags = {
  overdue: <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>,
  due_soon: <strong className="nhsuk-tag nhsuk-tag--yellow">Due soon</strong>,
  not_due: null,
};

function Latest({ personId, assessment, mayRecord }: { personId: string; assessment: PalAssessmentView; mayRecord: boolean }) {
  return (
    <section className="hearth-section" aria-labelledby="pal-latest-heading">
      <h2 className="nhsuk-heading-l" id="pal-latest-heading">
        Latest checklist: {formatDate(assessment.assessedOn)}
      </h2>
      <PalResult score={assessment.score} headingId="pal-latest-result" />
      {assessment.supersedeReason && <p className="nhsuk-body">This checklist corrects an earlier one: {assessment.supersedeReason}</p>}
      <p className="nhsuk-body">
        Reassess by <strong>{formatDate(assessment.reassessBy)}</strong> {assessment.reassessment && reassessmentTags[assessment.reassessment]}
      </p>
      <PalAssessmentDetails assessment={assessment} />
      {mayRecord && (
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={palNewPath(personId, assessment.id)}>
            Correct this checklist
          </Link>
        </p>
      )}
    </section>
  );
}

function Earlier({ assessments }: { assessments: PalAssessmentView[] }) {
  return (
    <section className="hearth-section" aria-labelledby="pal-earlier-heading">
      <h2 className="nhsuk-heading-m" id="pal-earlier-heading">
        Earlier checklists
      </h2>
      {assessments.map((a) => (
        <details className="nhsuk-details" key={a.id}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {formatDate(a.assessedOn)}: {palResultText(a.score)} ({palTotalsText(a.score)}){a.current ? '' : ', replaced by a correction'}
            </span>
          </summary>
          <div className="nhsuk-details__text">
            {!a.current && <p>This checklist was replaced by a correction. It is kept as it was written.</p>}
            {a.supersedeReason && <p>This corrected an earlier checklist: {a.supersedeReason}</p>}
            <PalResult score={a.score} headingId={`pal-result-${a.id}`} />
            <p>Reassess by {formatDate(a.reassessBy)}</p>
            <PalAssessmentDetails assessment={a} />
          </div>
        </details>
      ))}
    </section>
  );
}
