// One member of staff: change their roles, reset their second factor, or deactivate their account.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { deactivateStaff, resetMfa } from '../api/staff';
import { mayAnywhere } from '../access/permissions';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { StaffStatusTag } from '../components/tags';
import { formatDate } from '../format';
import { useMe } from '../session/SessionContext';
import { ConfirmAction } from '../staff/ConfirmAction';
import { GrantsForm } from '../staff/GrantsForm';
import { RolesList } from '../staff/RolesList';
import { useStaffData } from '../staff/useStaffData';
import { trainingPaths } from '../staff-training/training-paths';
import { NotFoundContent } from './NotFoundPage';

export function StaffMemberPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { data, reload } = useStaffData();
  const [done, setDone] = useState<string | null>(null);
  const [grantsKey, setGrantsKey] = useState(0);

  if (!mayAnywhere(me, 'read', 'staff')) return <NotFoundContent />;
  if (data.kind === 'loading') return <Loading what="Loading staff" />;
  if (data.kind === 'failed') return <NotFoundContent />;
  const member = data.staff.find((s) => s.id === id);
  if (!member) return <NotFoundContent />;

  const finished = async (message: string) => {
    await reload();
    setGrantsKey((k) => k + 1);
    setDone(message);
  };
  const isActive = member.status === 'active';

  return (
    <>
      <BackLink to="/staff">Back to staff</BackLink>
      {done && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      )}
      <PageHeading title={member.name} caption="Member of staff" />
      <SummaryList
        rows={[
          { key: 'Email address', value: member.email },
          { key: 'Status', value: <StaffStatusTag status={member.status} /> },
          ...(member.deactivatedAt ? [{ key: 'Deactivated on', value: formatDate(member.deactivatedAt) }] : []),
          { key: 'Second factor', value: member.mfaEnrolled ? 'Authenticator app set up' : 'Not set up' },
          {
            key: 'Roles',
            value: <RolesList grants={member.grants} services={data.services} />,
          },
          ...(mayAnywhere(me, 'list', 'staff_training')
            ? [
                {
                  key: 'Training',
                  value: (
                    <Link className="nhsuk-link" to={trainingPaths.staff(member.id)}>
                      Training and competence
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {!isActive && <p className="nhsuk-body">This account has been deactivated. It stays listed so its history is kept.</p>}
      {isActive && mayAnywhere(me, 'assign_roles', 'staff') && (
        <GrantsForm
          key={grantsKey}
          staffId={member.id}
          staffName={member.name}
          grants={member.grants}
          services={data.services}
          onSaved={() => void finished(`${member.name}’s roles have been changed`)}
        />
      )}
      {isActive && mayAnywhere(me, 'reset_mfa', 'staff') && (
        <ConfirmAction
          id="reset-mfa"
          heading="Second factor"
          explanation="If they have lost their phone or authenticator app, reset their second factor. They will set up an authenticator app again the next time they sign in."
          buttonText="Reset second factor"
          question={<>Are you sure you want to reset {member.name}’s second factor?</>}
          confirmText="Yes, reset second factor"
          onConfirm={async () => {
            await resetMfa(member.id);
            await finished(`${member.name}’s second factor has been reset`);
          }}
        />
      )}
      {isActive && mayAnywhere(me, 'deactivate', 'staff') && member.id !== me.staffId && (
        <ConfirmAction
          id="deactivate"
          heading="Deactivate account"
          explanation="When someone leaves, deactivate their account. They will no longer be able to sign in. Their account and what they recorded are kept."
          buttonText="Deactivate account"
          question={
            <>
              Are you sure you want to deactivate {member.name}’s account? They will be signed out and will not be able to sign in
              again.
            </>
          }
          confirmText="Yes, deactivate account"
          isDestructive
          onConfirm={async () => {
            await deactivateStaff(member.id);
            await finished(`${member.name}’s account has been deactivated`);
          }}
        />
      )}
    </>
  );
}
