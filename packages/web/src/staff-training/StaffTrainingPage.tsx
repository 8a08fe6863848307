// One member of staff's training and competence: their flags, their certified restrictive-practice training, every
// training record (replaced ones kept) and their competence checklists and observations.
import { staffCompetenceCheckKindLabels, type StaffCompetenceCheckView, type StaffTrainingResponse } from '@hearth/core';
import { Link, useLocation, useParams } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { ButtonLink, BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { checkSummaryText } from './check-text';
import { mayCheckCompetence, mayOnTraining } from './training-access';
import { getCompetenceChecks, getStaffTraining } from './training-api';
import { trainingPaths } from './training-paths';
import { TrainingFlagList } from './TrainingFlagList';
import { TrainingRecordsTable, ReplacedRecords } from './TrainingRecordsTable';
import { RrnStandingTag } from './TrainingTags';

export interface StaffTrainingPageState {
  saved?: string;
}

/** The page for `/training/:staffId`, or for the signed-in worker's own training when given their id. */
export function StaffTrainingPage({ staffId: given }: { staffId?: string }) {
  const params = useParams();
  const staffId = given ?? params.staffId ?? '';
  const loaded = useLoaded(async () => {
    const [training, checks] = await Promise.all([getStaffTraining(staffId), getCompetenceChecks(staffId)]);
    return { training, checks: checks.checks };
  }, [staffId]);
  const me = useMe();
  const isOwn = staffId === me.staffId;
  const title = isOwn ? 'Your training and competence' : 'Training and competence';

  if (loaded.kind !== 'ready')
    return (
      <>
        <PageHeading title={title} />
        {loaded.kind === 'loading' ? <Loading what="Loading training" /> : <p className="nhsuk-body">{loaded.message}</p>}
      </>
    );
  return <Loaded training={loaded.value.training} checks={loaded.value.checks} title={title} isOwn={isOwn} />;
}

function Loaded({
  training,
  checks,
  title,
  isOwn,
}: {
  training: StaffTrainingResponse;
  checks: StaffCompetenceCheckView[];
  title: string;
  isOwn: boolean;
}) {
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as StaffTrainingPageState | null)?.saved;
  const staff = { id: training.staff.id, serviceIds: training.staff.serviceIds };
  const mayRecord = mayOnTraining(me, 'create', staff);
  const rrn = training.restrictivePractice;
  const current = training.records.filter((r) => r.current);
  return (
    <>
      {mayAnywhere(me, 'list', 'staff_training') && <BackLink to={trainingPaths.overview}>Training and competence</BackLink>}
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      )}
      <PageHeading title={isOwn ? title : `${title}: ${training.staff.name}`} caption={isOwn ? undefined : training.staff.name}>
        {title}
      </PageHeading>
      <TrainingFlagList flags={training.flags} headingId="staff-flags-heading" aboutOneStaffMember />

      <h2 className="nhsuk-heading-m">Restrictive-practice training</h2>
      <p className="nhsuk-body">
        <RrnStandingTag standing={rrn.standing} />
      </p>
      <p className="nhsuk-body">
        {rrn.record
          ? `${rrn.record.course}, completed ${formatDate(rrn.record.completedOn)}${rrn.record.expiresOn ? `, ${rrn.standing === 'expired' ? 'expired' : 'expires'} ${formatDate(rrn.record.expiresOn)}` : ', no expiry date'}.`
          : 'No restrictive-practice training certified against the Restraint Reduction Network standards is recorded.'}
        {rrn.hasUncertifiedCourse &&
          ' An in-date restrictive-practice course is recorded, but it is not certified against the Restraint Reduction Network standards, so it does not count.'}
      </p>

      <h2 className="nhsuk-heading-m">Training records</h2>
      {mayRecord && <ButtonLink to={trainingPaths.newRecord(training.staff.id)}>Add a training record</ButtonLink>}
      {current.length === 0 ? (
        <p className="nhsuk-body">No training is recorded yet.</p>
      ) : (
        <TrainingRecordsTable records={current} staffId={training.staff.id} mayReplace={mayRecord} />
      )}
      <ReplacedRecords all={training.records} />

      <h2 className="nhsuk-heading-m">Competence checks</h2>
      {mayCheckCompetence(me, staff) && (
        <div className="nhsuk-button-group">
          <ButtonLink to={trainingPaths.newCompetence(training.staff.id)}>Complete a competence checklist</ButtonLink>
          <ButtonLink to={trainingPaths.newObservation(training.staff.id)} secondary>
            Record an observation
          </ButtonLink>
        </div>
      )}
      {checks.length === 0 ? (
        <p className="nhsuk-body">No competence checklist or observation is recorded yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {checks.map((c) => (
            <li key={c.id}>
              <Link className="nhsuk-link" to={trainingPaths.check(training.staff.id, c.id)}>
                {staffCompetenceCheckKindLabels[c.kind]}, {formatDate(c.completedOn)}
              </Link>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
                {checkSummaryText(c)}. Recorded by {c.recordedBy.name}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
