// One self-assessment from a home's history, with the one before it compared and its own action plan.
import { useParams } from 'react-router-dom';
import { getPersonalisationAssessment } from '../api/personalisation';
import { mayInService } from '../access/permissions';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useSession } from '../session/SessionContext';
import { ActionPlanSection } from './ActionPlanSection';
import { AssessmentDetails } from './AssessmentDetails';

export function AssessmentPage() {
  const { id = '' } = useParams();
  const { state } = useSession();
  const me = state.status === 'signed_in' ? state.me : null;
  const assessment = useLoaded(() => getPersonalisationAssessment(id), [id]);

  if (assessment.kind === 'loading') return <Loading what="Loading the self-assessment" />;
  if (assessment.kind === 'failed') {
    return (
      <>
        <PageHeading title="Self-assessment" />
        <p className="nhsuk-body">{assessment.message}</p>
      </>
    );
  }
  const a = assessment.value;
  const mayRaise = me !== null && mayInService(me, 'create', 'quality_action', a.serviceId);
  return (
    <>
      <BackLink to={`/personalisation/${a.serviceId}`}>{a.serviceName}</BackLink>
      <PageHeading title={`Self-assessment agreed ${formatDate(a.agreedOn)}`} caption={a.serviceName} />
      <AssessmentDetails assessment={a} />
      <ActionPlanSection
        plan={a.actionPlan}
        raiseHref={mayRaise ? (areaId) => `/personalisation/${a.serviceId}/actions/new?assessment=${a.id}&area=${encodeURIComponent(areaId)}` : null}
      />
    </>
  );
}
