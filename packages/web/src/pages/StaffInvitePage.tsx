// Inviting a member of staff: Hearth makes a single-use link for the administrator to pass on.
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router-dom';
import { createInvitationBodySchema, staffRoleLabels } from '@hearth/core';
import { inviteStaff, type InvitationCreated } from '../api/staff';
import { mayAnywhere } from '../access/permissions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { InvitationLink } from '../components/InvitationLink';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useMe } from '../session/SessionContext';
import { roleOptions, serviceOptions } from '../staff/role-options';
import { serviceLabel } from '../staff/useStaffData';
import { useServices } from '../people/useServices';
import { NotFoundContent } from './NotFoundPage';

export function StaffInvitePage() {
  const me = useMe();
  const services = useServices();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [serviceId, setServiceId] = useState('');
  const form = useFormErrors();
  const { setErrors, setProblem } = form;
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const [isSending, setSending] = useState(false);

  if (!mayAnywhere(me, 'invite', 'staff')) return <NotFoundContent />;
  const serviceList = services.kind === 'ready' ? services.services : [];

  if (created) {
    return (
      <InvitationSent
        created={created}
        serviceName={serviceLabel(serviceList, created.serviceId)}
        onAnother={() => {
          setCreated(null);
          setEmail('');
          setRole('');
          setServiceId('');
        }}
      />
    );
  }

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    setProblem(undefined);
    const body = { email, role: role || undefined, serviceId: serviceId === '' ? null : serviceId };
    const parsed = createInvitationBodySchema.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    setSending(true);
    try {
      setCreated(await inviteStaff(parsed.data));
    } catch (error) {
      form.showRefusal(error);
    } finally {
      setSending(false);
    }
  };

  const { hasErrors } = form;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/staff">Back to staff</BackLink>
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <PageHeading title="Invite a member of staff" hasErrors={hasErrors} skipFocus={hasErrors} />
        <p className="nhsuk-body">
          Hearth makes a link for them to set up their account. It does not send emails yet, so you will need to send the link to
          them yourself.
        </p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={form.errorFor('email')}
          />
          <Select
            name="role"
            label="Role"
            value={role}
            placeholder="Choose a role"
            options={roleOptions}
            onChange={setRole}
            error={form.errorFor('role')}
          />
          <Select
            name="serviceId"
            label="Service"
            hint="Where they hold this role. Choose All services for a role across the organisation."
            value={serviceId}
            options={serviceOptions(serviceList)}
            onChange={setServiceId}
            error={form.errorFor('serviceId')}
          />
          <button type="submit" className="nhsuk-button" disabled={isSending}>
            Create invitation
          </button>
        </form>
      </div>
    </div>
  );
}

function InvitationSent({
  created,
  serviceName,
  onAnother,
}: {
  created: InvitationCreated;
  serviceName: string;
  onAnother: () => void;
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <NotificationBanner variant="success" title="Invitation created">
          <p className="nhsuk-notification-banner__heading">
            Invitation created for {created.email} as {staffRoleLabels[created.role]} ({serviceName})
          </p>
        </NotificationBanner>
        <PageHeading title="Send the invitation link" skipFocus />
        <InvitationLink link={created.link} email={created.email} expiresAt={created.expiresAt} inputId="invitation-link">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onAnother}>
            Invite someone else
          </button>
          <Link className="nhsuk-link" to="/staff">
            Back to staff
          </Link>
        </InvitationLink>
      </div>
    </div>
  );
}
