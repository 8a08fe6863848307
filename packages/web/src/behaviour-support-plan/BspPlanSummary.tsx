// Where the behaviour support plan stands: the version in use and when it is to be reviewed, a proposed version and
// what it changes, the care and support plan it sits beside, and every version written.
import {
  bspReviewStatusLabels,
  bspSectionTitles,
  bspVersionStatusLabels,
  type BspCarePlanLink,
  type BspPlanResponse,
  type BspReviewStatus,
  type BspVersionStatus,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate, formatDateTime } from '../format';
import { bspPaths } from './bsp-paths';

const reviewColours: Record<BspReviewStatus, string> = {
  not_due: 'nhsuk-tag--green',
  due_soon: 'nhsuk-tag--yellow',
  overdue: 'nhsuk-tag--red',
};

const statusColours: Record<BspVersionStatus, string> = {
  in_use: 'nhsuk-tag--green',
  proposed: 'nhsuk-tag--blue',
  replaced: 'nhsuk-tag--grey',
  not_agreed: 'nhsuk-tag--grey',
};

export function BspStatusTag({ status }: { status: BspVersionStatus }) {
  return <strong className={`nhsuk-tag ${statusColours[status]}`}>{bspVersionStatusLabels[status]}</strong>;
}

export function BspInUseSummary({ plan }: { plan: BspPlanResponse }) {
  const { inUse, review } = plan;
  if (!inUse) return <p className="nhsuk-body">No version of this plan has been agreed yet, so none is in use.</p>;
  return (
    <p className="nhsuk-body">
      Version {inUse.version} is in use{inUse.agreedOn ? `, agreed on ${formatDate(inUse.agreedOn)}` : ''}.{' '}
      {review && (
        <>
          To be reviewed by {formatDate(review.dueBy)}{' '}
          <strong className={`nhsuk-tag ${reviewColours[review.status]}`}>{bspReviewStatusLabels[review.status]}</strong>
        </>
      )}
    </p>
  );
}

export function BspProposedNotice({ plan, personId }: { plan: BspPlanResponse; personId: string }) {
  const { proposed } = plan;
  if (!proposed) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>Version {proposed.version} is proposed and not agreed yet.</strong> Until it is agreed, care follows{' '}
        {plan.inUse ? `version ${plan.inUse.version}` : 'no behaviour support plan'}.
      </p>
      <p>Why it was written: {proposed.changeReason}</p>
      {plan.inUse && (
        <>
          <p>It changes:</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {proposed.changedSections.length === 0 && <li>Nothing in the plan&rsquo;s sections</li>}
            {proposed.changedSections.map((key) => (
              <li key={key}>{bspSectionTitles[key]}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={bspPaths.version(personId, proposed.version)}>Read version {proposed.version}</Link>
      </p>
    </div>
  );
}

export function BspCarePlanLinks({ carePlan, personId }: { carePlan: BspCarePlanLink | null; personId: string }) {
  return (
    <section aria-labelledby="bsp-care-plan">
      <h2 className="nhsuk-heading-m" id="bsp-care-plan">
        With the care and support plan
      </h2>
      {carePlan === null ? (
        <p className="nhsuk-body">There is no care and support plan in use to link to.</p>
      ) : (
        <>
          <p className="nhsuk-body">
            <Link to={`/people/${personId}/plan`}>Care and support plan, version {carePlan.version}</Link> is in use
            {carePlan.agreedOn ? ` (agreed on ${formatDate(carePlan.agreedOn)})` : ''}.
          </p>
          {carePlan.sections.length === 0 ? (
            <p className="nhsuk-body">It has no behaviour support section and no risks recorded yet.</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {carePlan.sections.map((s) => (
                <li key={s.key}>
                  <Link to={bspPaths.carePlanSection(personId, s.key)}>{s.title}</Link>
                  {s.about === 'risk' ? ': its risks and how they are managed' : ': the summary every care worker reads'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function BspVersionsTable({ plan, personId }: { plan: BspPlanResponse; personId: string }) {
  if (plan.versions.length === 0) return null;
  return (
    <section aria-labelledby="bsp-versions">
      <h2 className="nhsuk-heading-m" id="bsp-versions">
        Every version
      </h2>
      <ResponsiveTable
        caption="Every version of the behaviour support plan"
        headings={['Version', 'Status', 'Why it was written', 'Written']}
      >
        {plan.versions.map((v) => (
          <tr className="nhsuk-table__row" role="row" key={v.version}>
            <ResponsiveCell heading="Version">
              <Link to={bspPaths.version(personId, v.version)}>Version {v.version}</Link>
            </ResponsiveCell>
            <ResponsiveCell heading="Status">
              <BspStatusTag status={v.status} />
              {v.agreedOn && <span className="nhsuk-body-s"> Agreed on {formatDate(v.agreedOn)}</span>}
            </ResponsiveCell>
            <ResponsiveCell heading="Why it was written">{v.changeReason}</ResponsiveCell>
            <ResponsiveCell heading="Written">
              {formatDateTime(v.recordedAt)} by {v.recordedBy.name}
            </ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
    </section>
  );
}
