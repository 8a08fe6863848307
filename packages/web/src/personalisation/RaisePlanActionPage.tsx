// Adding an action to a priority of a care home's action plan: the shared raise-action form, naming the
// self-assessment and the area, with the priority and why it was chosen shown above it.
import { useParams, useSearchParams } from 'react-router-dom';
import { getPersonalisationAssessment } from '../api/personalisation';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useLoaded } from '../plan-views/useLoaded';
import { RaiseActionForm } from '../quality-actions/RaiseActionForm';

export function RaisePlanActionPage() {
  const { serviceId = '' } = useParams();
  const [params] = useSearchParams();
  const assessmentId = params.get('assessment') ?? '';
  const areaId = params.get('area') ?? '';
  const assessment = useLoaded(() => getPersonalisationAssessment(assessmentId), [assessmentId]);

  if (assessment.kind === 'loading') return <Loading what="Loading the self-assessment" />;
  if (assessment.kind === 'failed') {
    return (
      <>
        <PageHeading title="Add an action" />
        <p className="nhsuk-body">{assessment.message}</p>
      </>
    );
  }
  const a = assessment.value;
  const area = a.areas.find((x) => x.id === areaId);
  const priority = a.priorities.find((p) => p.areaId === areaId);
  if (!area || a.serviceId !== serviceId) {
    return (
      <>
        <PageHeading title="Add an action" caption={a.serviceName} />
        <p className="nhsuk-body">Choose a priority from the home&rsquo;s action plan to add an action to it.</p>
      </>
    );
  }
  return (
    <RaiseActionForm place={{ serviceId: a.serviceId }} source={{ personalisationAssessmentId: a.id, areaId }} caption={`${a.serviceName}: ${area.title}`}>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Priority: </span>
        <p>
          <strong>{area.title}</strong>
        </p>
        {priority && <p>Why it is a priority: {priority.why}</p>}
      </div>
    </RaiseActionForm>
  );
}
