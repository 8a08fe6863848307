// Accepting an invitation to the shared record: see who it is for, choose a password (or enter the one you already
// use), and be signed in.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { passwordMinLength, type SharedInvitationInfo } from '@hearth/core';
import { isApiError } from '../api/client';
import { acceptSharedInvitation, getSharedInvitation } from '../api/shared';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useFormErrors } from '../forms/useFormErrors';
import { formatDateTime } from '../format';
import { useSharedSession } from './SharedSessionContext';

type Load = { status: 'loading' } | { status: 'ready'; info: SharedInvitationInfo } | { status: 'expired' } | { status: 'unknown' } | { status: 'failed' };

export function SharedJoinPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useSharedSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [password, setPassword] = useState('');
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useFormErrors();

  useEffect(() => {
    getSharedInvitation(token)
      .then((info) => {
        setLoad({ status: 'ready', info });
      })
      .catch((error: unknown) => {
        setLoad({ status: isApiError(error, 'invitation_invalid') ? 'expired' : isApiError(error, 'not_found') ? 'unknown' : 'failed' });
      });
  }, [token]);

  if (load.status === 'loading') return <Loading />;
  if (load.status !== 'ready') return <InvitationProblem kind={load.status} />;
  const { info } = load;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    if (password === '') {
      form.setErrors([{ field: 'password', message: info.hasAccount ? 'Enter your password' : 'Choose a password' }]);
      form.setProblem(undefined);
      return;
    }
    setSubmitting(true);
    try {
      signedIn(await acceptSharedInvitation(token, { password }));
      void navigate('/shared', { replace: true });
    } catch (error) {
      form.setErrors([]);
      form.setProblem(undefined);
      if (isApiError(error, 'not_found') || isApiError(error, 'invitation_invalid')) setLoad({ status: isApiError(error, 'not_found') ? 'unknown' : 'expired' });
      else form.showRefusal(error);
    } finally {
      setSubmitting(false);
    }
  };

  const whose = info.people.length === 0 ? 'a shared record' : `the shared record of ${info.people.join(', ')}`;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <PageHeading title={info.hasAccount ? 'Add this record to your sign-in' : 'Choose a password'} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <p className="nhsuk-body">
          {info.organisationName} has invited {info.name} ({info.email}) to see {whose}.
        </p>
        <p className="nhsuk-body">This invitation can be used once, until {formatDateTime(info.expiresAt)}.</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {info.hasAccount ? (
            <TextInput name="password" label="Your password" hint="You already sign in to a shared record with this email address: enter the password you use." type="password" autoComplete="current-password" value={password} onChange={setPassword} error={form.errorFor('password')} />
          ) : (
            <TextInput name="password" label="Password" hint={`At least ${passwordMinLength} characters. Three or four words you will remember make a strong password.`} type="password" autoComplete="new-password" value={password} onChange={setPassword} error={form.errorFor('password')} />
          )}
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            {info.hasAccount ? 'Add and sign in' : 'Save password and sign in'}
          </button>
        </form>
      </div>
    </div>
  );
}

function InvitationProblem({ kind }: { kind: 'expired' | 'unknown' | 'failed' }) {
  const title = kind === 'expired' ? 'This invitation has expired' : kind === 'unknown' ? 'This invitation link cannot be used' : 'The invitation could not be opened';
  return (
    <>
      <PageHeading title={title} />
      <p className="nhsuk-body">
        {kind === 'expired'
          ? 'Invitations last a few days. Ask the care provider to send you a new one.'
          : kind === 'unknown'
            ? 'It may already have been used, or the link may not have been copied in full. If you chose a password with it, sign in.'
            : 'Something went wrong. Try again in a moment.'}
      </p>
      <p className="nhsuk-body">
        <Link to="/shared/sign-in">Sign in to the shared record</Link>
      </p>
    </>
  );
}
