// Staff accounts: who has which role where, and whether they can sign in. Administrators manage them.
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { PageHeading } from '../components/PageHeading';
import { StaffStatusTag } from '../components/tags';
import { RolesList } from '../staff/RolesList';
import { useStaffData } from '../staff/useStaffData';
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
        <ResponsiveTable caption="Staff accounts" headings={['Name', 'Roles', 'Second factor', 'Status']}>
          {data.staff.map((member) => (
            <tr className="nhsuk-table__row" role="row" key={member.id}>
              <ResponsiveCell heading="Name">
                <span>
                  {mayManage ? <Link to={`/staff/${member.id}`}>{member.name}</Link> : member.name}
                  <br />
                  <span className="hearth-muted hearth-break">{member.email}</span>
                </span>
              </ResponsiveCell>
              <ResponsiveCell heading="Roles">
                <RolesList grants={member.grants} services={data.services} />
              </ResponsiveCell>
              <ResponsiveCell heading="Second factor">{member.mfaEnrolled ? 'Set up' : 'Not set up'}</ResponsiveCell>
              <ResponsiveCell heading="Status">
                <StaffStatusTag status={member.status} />
              </ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
