// Staff accounts: who has which role where, and whether they can sign in. Administrators manage them.
import { Link } from 'react-router-dom';
import { staffRoleLabels } from '@hearth/core';
import { mayAnywhere } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { StaffStatusTag } from '../components/tags';
import { serviceLabel, useStaffData } from '../staff/useStaffData';
import { useMe } from '../session/SessionContext';
import { NotFoundContent } from './NotFoundPage';

export function StaffPage() {
  const me = useMe();
  const { data } = useStaffData();
  if (!mayAnywhere(me, 'list', 'staff')) return <NotFoundContent />;
  const mayManage = mayAnywhere(me, 'assign_roles', 'staff') || mayAnywhere(me, 'deactivate', 'staff');

  return (
    <>
      <PageHeading title="Staff" />
      {mayAnywhere(me, 'invite', 'staff') && <ButtonLink to="/staff/invite">Invite a member of staff</ButtonLink>}
      {!mayManage && <p className="nhsuk-body">Only administrators can invite staff or change their roles.</p>}
      {data.kind === 'loading' && <Loading what="Loading staff" />}
      {data.kind === 'failed' && <p className="nhsuk-body">{data.message}</p>}
      {data.kind === 'ready' && (
        <table className="nhsuk-table-responsive" role="table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Staff accounts</caption>
          <thead className="nhsuk-table__head" role="rowgroup">
            <tr className="nhsuk-table__row" role="row">
              <th className="nhsuk-table__header" scope="col" role="columnheader">
                Name
              </th>
              <th className="nhsuk-table__header" scope="col" role="columnheader">
                Roles
              </th>
              <th className="nhsuk-table__header" scope="col" role="columnheader">
                Second factor
              </th>
              <th className="nhsuk-table__header" scope="col" role="columnheader">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body" role="rowgroup">
            {data.staff.map((member) => (
              <tr className="nhsuk-table__row" role="row" key={member.id}>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Name{' '}
                  </span>
                  <span>
                    {mayManage ? <Link to={`/staff/${member.id}`}>{member.name}</Link> : member.name}
                    <br />
                    <span className="hearth-muted hearth-break">{member.email}</span>
                  </span>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Roles{' '}
                  </span>
                  <ul className="nhsuk-list hearth-compact-list">
                    {member.grants.map((g, i) => (
                      <li key={i}>
                        {staffRoleLabels[g.role]} ({serviceLabel(data.services, g.serviceId)})
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Second factor{' '}
                  </span>
                  {member.mfaEnrolled ? 'Set up' : 'Not set up'}
                </td>
                <td className="nhsuk-table__cell" role="cell">
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                    Status{' '}
                  </span>
                  <StaffStatusTag status={member.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
