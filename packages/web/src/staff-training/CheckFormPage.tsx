// The page a competence checklist or an observation is recorded on: who it is about, and whether the user may record it.
import { staffCompetenceCheckKindLabels, type StaffCompetenceCheckKind, type StaffTrainingResponse } from '@hearth/core';
import { useParams } from 'react-router-dom';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { CompetenceForm } from './CompetenceForm';
import { ObservationForm } from './ObservationForm';
import { mayCheckCompetence } from './training-access';
import { getStaffTraining } from './training-api';
import { trainingPaths } from './training-paths';

export function CheckFormPage({ kind }: { kind: StaffCompetenceCheckKind }) {
  const { staffId = '' } = useParams();
  const me = useMe();
  const loaded = useLoaded(() => getStaffTraining(staffId), [staffId]);
  const title = staffCompetenceCheckKindLabels[kind];
  if (loaded.kind === 'loading') return <Loading what="Loading" />;
  if (loaded.kind === 'failed')
    return (
      <>
        <PageHeading title={title} />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  const training: StaffTrainingResponse = loaded.value;
  const staff = { id: training.staff.id, serviceIds: training.staff.serviceIds };
  if (!mayCheckCompetence(me, staff))
    return (
      <>
        <BackLink to={trainingPaths.staff(training.staff.id)}>Back to {training.staff.name}&rsquo;s training</BackLink>
        <PageHeading title={title} caption={training.staff.name} />
        <p className="nhsuk-body">
          {training.staff.id === me.staffId
            ? 'Your own competence is checked and signed off by someone else.'
            : 'You cannot record this. A senior care worker of their service, a registered manager, the quality lead or an administrator can.'}
        </p>
      </>
    );
  return kind === 'competence' ? (
    <CompetenceForm staffId={training.staff.id} staffName={training.staff.name} />
  ) : (
    <ObservationForm staffId={training.staff.id} staffName={training.staff.name} />
  );
}
