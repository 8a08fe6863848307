// A person's mental capacity: the status in the toolkit's words, assessments due again, every signed assessment and
// best-interests decision, and the way to legal authority, consent and the advance care plan.
import type { SectionDefinition } from '@hearth/core';
import { Link, useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getCapacity } from '../api/capacity';
import { getSectionDefinitions } from '../api/plan-views';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { AssessmentList } from './AssessmentList';
import { BestInterestsList } from './BestInterestsList';
import { capacityRecordsPath, newAssessmentPath } from './capacity-paths';
import { CapacityStatusSection } from './CapacityStatusSection';
import './capacity.css';

/** What the page says after a form has saved, passed in the navigation state. */
export interface CapacityPageState {
  saved?: 'assessment' | 'best_interests';
}

const savedMessages: Record<NonNullable<CapacityPageState['saved']>, string> = {
  assessment: 'The capacity assessment has been signed and saved',
  best_interests: 'The best-interests decision has been saved',
};

export function CapacityPage() {
  const { person } = usePerson();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as CapacityPageState | null)?.saved;
  const name = person.preferredName ?? person.legalName;
  const loaded = useLoaded(async () => {
    const [capacity, definitions] = await Promise.all([
      getCapacity(person.id),
      // Section titles only label the links to the plan: without them the keys are shown.
      getSectionDefinitions().catch((): SectionDefinition[] => []),
    ]);
    return { capacity, titles: new Map(definitions.map((d) => [d.key, d.title])) };
  }, [person.id]);
  const mayRecordAssessment = !person.isReadOnly && mayInService(me, 'create', 'capacity_assessment', person.serviceId);
  const mayRecordDecision = !person.isReadOnly && mayInService(me, 'create', 'best_interests_decision', person.serviceId);

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{savedMessages[saved]}</p>
        </NotificationBanner>
      )}
      <PageHeading title="Mental capacity" caption={person.legalName} />
      <p className="nhsuk-body">
        Capacity is about one decision at a time. {name} is assumed to have capacity for a decision unless an assessment of
        that decision shows otherwise. A best-interests decision can only be made for a decision they have been assessed as
        lacking capacity to make.
      </p>
      {loaded.kind === 'loading' && <Loading what="Loading their capacity assessments" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <CapacityStatusSection capacity={loaded.value.capacity} name={name} mayRecord={mayRecordAssessment} />
          {mayRecordAssessment && (
            <ButtonLink to={newAssessmentPath(person.id)}>Record a capacity assessment</ButtonLink>
          )}
          <AssessmentList
            personId={person.id}
            assessments={loaded.value.capacity.assessments}
            sectionTitle={(key) => loaded.value.titles.get(key) ?? key}
            mayRecordAssessment={mayRecordAssessment}
            mayRecordDecision={mayRecordDecision}
          />
          <BestInterestsList
            decisions={loaded.value.capacity.bestInterestsDecisions}
            assessments={loaded.value.capacity.assessments}
            sectionTitle={(key) => loaded.value.titles.get(key) ?? key}
          />
        </>
      )}
      <section aria-labelledby="capacity-records-heading">
        <h2 className="nhsuk-heading-m" id="capacity-records-heading">
          Legal authority, consent and advance care plan
        </h2>
        <p className="nhsuk-body">
          Who may decide for {name} (a lasting power of attorney or a deputy), advance decisions to refuse treatment,
          deprivation of liberty, advocates, consent, the advance care plan and the ReSPECT or DNACPR form.
        </p>
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={capacityRecordsPath(person.id)}>
            Legal authority, consent and advance care plan
          </Link>
        </p>
      </section>
    </>
  );
}
