// One care home's personalisation action plan: the latest self-assessment, its action plan, progress since the one
// before, and the history of self-assessments.
import { Link, useLocation, useParams } from 'react-router-dom';
import { getHomePersonalisation } from '../api/personalisation';
import { mayInService } from '../access/permissions';
import { BackLink, ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useSession } from '../session/SessionContext';
import { ActionPlanSection } from './ActionPlanSection';
import { AssessmentDetails } from './AssessmentDetails';

export function HomePersonalisationPage() {
  const { serviceId = '' } = useParams();
  const location = useLocation();
  const { state } = useSession();
  const me = state.status === 'signed_in' ? state.me : null;
  const home = useLoaded(() => getHomePersonalisation(serviceId), [serviceId]);
  const recorded = (location.state as { recorded?: boolean } | null)?.recorded === true;

  if (home.kind === 'loading') return <Loading what="Loading the personalisation action plan" />;
  if (home.kind === 'failed') {
    return (
      <>
        <PageHeading title="Personalisation action plan" />
        <p className="nhsuk-body">{home.message}</p>
      </>
    );
  }
  const { service, latest, assessments } = home.value;
  const mayCreate = me !== null && mayInService(me, 'create', 'personalisation_plan', service.id);
  const mayRaise = me !== null && mayInService(me, 'create', 'quality_action', service.id);

  return (
    <>
      <BackLink to="/personalisation">All care homes</BackLink>
      <PageHeading title="Personalisation action plan" caption={service.name} />
      {recorded && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">The self-assessment was recorded</p>
        </NotificationBanner>
      )}
      {service.kind !== 'care_home' ? (
        <p className="nhsuk-body">{service.name} is a homecare service. The personalisation action plan is for care homes.</p>
      ) : (
        <>
          {mayCreate && <ButtonLink to={`/personalisation/${service.id}/new`}>Start a new self-assessment</ButtonLink>}
          {latest ? (
            <>
              <h2 className="nhsuk-heading-m">Latest self-assessment</h2>
              <AssessmentDetails assessment={latest} />
              <ActionPlanSection
                plan={latest.actionPlan}
                raiseHref={mayRaise ? (areaId) => `/personalisation/${service.id}/actions/new?assessment=${latest.id}&area=${encodeURIComponent(areaId)}` : null}
              />
              <h2 className="nhsuk-heading-m">All self-assessments</h2>
              <ul className="nhsuk-list">
                {assessments.map((a) => (
                  <li key={a.id}>
                    <Link to={`/personalisation/assessments/${a.id}`}>Self-assessment agreed {formatDate(a.agreedOn)}</Link>
                    {' '}(priorities: {a.priorities.map((p) => p.title).join('; ')})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="nhsuk-body">{service.name} has no self-assessment yet.</p>
          )}
        </>
      )}
    </>
  );
}
