// The organisation's training and competence: the flags for restrictive-practice training, then every member of
// staff the reader may see with their certified restrictive-practice training, other topics and competence checks.
// Someone who keeps nobody's training (a care worker) sees their own instead.
import {
  overviewTrainingTopics,
  staffRoleLabels,
  staffTrainingTopicLabels,
  type Service,
  type TrainingOverviewRow,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { listServices } from '../api/staff';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { StaffTrainingPage } from './StaffTrainingPage';
import { getTrainingOverview } from './training-api';
import { trainingPaths } from './training-paths';
import { TrainingFlagList } from './TrainingFlagList';
import { RrnStandingTag, TrainingStatusTag } from './TrainingTags';

export function TrainingOverviewPage() {
  const me = useMe();
  if (!mayAnywhere(me, 'list', 'staff_training')) return <StaffTrainingPage staffId={me.staffId} />;
  return <Overview />;
}

function Overview() {
  const loaded = useLoaded(async () => {
    const [overview, services] = await Promise.all([getTrainingOverview(), listServices().catch(() => [] as Service[])]);
    return { overview, services };
  }, []);
  return (
    <>
      <BackLink to={organisationBehaviourSupportPaths.hub}>Behaviour support</BackLink>
      <PageHeading title="Training and competence" />
      {loaded.kind === 'loading' && <Loading what="Loading training" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <TrainingFlagList flags={loaded.value.overview.flags} headingId="training-flags-heading" />
          {loaded.value.overview.flags.length === 0 && (
            <p className="nhsuk-body">
              Everyone who supports someone whose behaviour support plan allows a restrictive practice holds current certified
              training.
            </p>
          )}
          <h2 className="nhsuk-heading-m">Staff</h2>
          <p className="nhsuk-body">
            Restrictive-practice training counts only when it is certified against the Restraint Reduction Network standards, as
            CQC expects. Training expiring within 60 days is shown as expiring soon.
          </p>
          {loaded.value.overview.staff.length === 0 ? (
            <p className="nhsuk-body">There is nobody to show.</p>
          ) : (
            <ResponsiveTable
              caption="Training and competence of each member of staff"
              headings={['Name', 'Restrictive practice (RRN certified)', 'Other training', 'Competence']}
            >
              {loaded.value.overview.staff.map((row) => (
                <StaffRow key={row.staffId} row={row} services={loaded.value.services} />
              ))}
            </ResponsiveTable>
          )}
        </>
      )}
    </>
  );
}

function StaffRow({ row, services }: { row: TrainingOverviewRow; services: Service[] }) {
  const where = row.serviceIds.map((id) => services.find((s) => s.id === id)?.name).filter(Boolean);
  const rrn = row.restrictivePractice;
  return (
    <tr className="nhsuk-table__row" role="row">
      <ResponsiveCell heading="Name">
        <Link className="nhsuk-link" to={trainingPaths.staff(row.staffId)}>
          {row.name}
        </Link>
        <br />
        <span className="nhsuk-body-s nhsuk-u-secondary-text-color">
          {[row.roles.map((r) => staffRoleLabels[r]).join(', '), ...where].filter(Boolean).join(' \u00b7 ')}
        </span>
      </ResponsiveCell>
      <ResponsiveCell heading="Restrictive practice (RRN certified)">
        <RrnStandingTag standing={rrn.standing} />
        {rrn.record?.expiresOn && (
          <>
            <br />
            <span className="nhsuk-body-s">
              {rrn.standing === 'expired' ? 'Expired' : 'Until'} {formatDate(rrn.record.expiresOn)}
            </span>
          </>
        )}
      </ResponsiveCell>
      <ResponsiveCell heading="Other training">
        <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
          {overviewTrainingTopics.map((topic) => (
            <li key={topic}>
              {staffTrainingTopicLabels[topic]}: <TrainingStatusTag status={row.topics[topic].status} />
            </li>
          ))}
        </ul>
      </ResponsiveCell>
      <ResponsiveCell heading="Competence">
        <span className="nhsuk-body-s">
          Checklist: {row.lastCompetenceCheck ? formatDate(row.lastCompetenceCheck) : 'none yet'}
          <br />
          Observed: {row.lastObservation ? formatDate(row.lastObservation) : 'not yet'}
        </span>
      </ResponsiveCell>
    </tr>
  );
}
