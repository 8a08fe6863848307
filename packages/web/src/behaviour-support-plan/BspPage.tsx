// A person's behaviour support plan: the version in use section by section (what to do if they become distressed
// one tap away), any proposed version and what it changes, the care and support plan beside it, and the ways to write
// a new version, agree one and review the plan, for those who may.
import { useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { BackLink } from '../components/links';
import { getBehaviourSupportPlan } from './bsp-api';
import { bspPaths, type BspPageState } from './bsp-paths';
import { BspCarePlanLinks, BspInUseSummary, BspProposedNotice, BspVersionsTable } from './BspPlanSummary';
import { BspContents, BspSections, bspShownSections } from './BspSections';
import './bsp.css';

const savedMessages: Record<NonNullable<BspPageState['saved']>, (version: number) => string> = {
  version: (v) => `Version ${v} has been saved. It is used once it is agreed.`,
  agreement: (v) => `Version ${v} has been agreed and is now in use.`,
  review: (v) => `The review of version ${v} has been recorded.`,
};

export function BspPage() {
  const { person } = usePerson();
  const me = useMe();
  const state = (useLocation().state ?? {}) as BspPageState;
  const plan = useLoaded(() => getBehaviourSupportPlan(person.id), [person.id]);
  const writable = !person.isReadOnly;
  const mayWrite = writable && mayInService(me, 'create', 'behaviour_support_plan', person.serviceId);
  const mayAgree = writable && mayInService(me, 'agree', 'behaviour_support_plan', person.serviceId);

  const heading = (
    <PageHeading title={`Behaviour support plan for ${person.legalName}`} caption={person.legalName}>
      Behaviour support plan
    </PageHeading>
  );
  if (plan.kind === 'loading') return <Loading what="Loading the behaviour support plan" />;
  if (plan.kind === 'failed')
    return (
      <>
        {heading}
        <p className="nhsuk-body">{plan.message}</p>
      </>
    );
  const p = plan.value;
  const shown = p.inUse ?? p.proposed;
  return (
    <>
      <BackLink to={behaviourSupportPaths.hub(person.id)}>Behaviour support</BackLink>
      {state.saved && state.version !== undefined && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{savedMessages[state.saved](state.version)}</p>
        </NotificationBanner>
      )}
      {heading}
      {p.versions.length === 0 ? (
        <p className="nhsuk-body">
          No behaviour support plan has been written for {person.preferredName ?? person.legalName} yet.
        </p>
      ) : (
        <BspInUseSummary plan={p} />
      )}
      <BspProposedNotice plan={p} personId={person.id} />
      <div className="hearth-bsp-actions">
        {mayAgree && p.proposed && <ButtonLink to={bspPaths.agree(person.id)}>Agree version {p.proposed.version}</ButtonLink>}
        {mayWrite && (
          <ButtonLink to={bspPaths.edit(person.id)} secondary={p.versions.length > 0}>
            {p.versions.length === 0 ? 'Write the behaviour support plan' : 'Write a new version'}
          </ButtonLink>
        )}
        {mayWrite && p.inUse && (
          <ButtonLink to={bspPaths.review(person.id)} secondary>
            Record a review
          </ButtonLink>
        )}
      </div>
      {shown && (
        <>
          {!p.inUse && (
            <p className="nhsuk-body">
              <strong>Not agreed yet:</strong> this is version {shown.version} as proposed.
            </p>
          )}
          <BspContents shown={bspShownSections(shown.body)} />
          <BspSections body={shown.body} />
        </>
      )}
      <BspCarePlanLinks carePlan={p.carePlan} personId={person.id} />
      <BspVersionsTable plan={p} personId={person.id} />
    </>
  );
}
