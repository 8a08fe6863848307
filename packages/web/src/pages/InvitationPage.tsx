// Accepting an invitation: the new member of staff gives their name and chooses a password.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  acceptInvitationBodySchema,
  checkPassword,
  passwordMinLength,
  passwordProblemMessages,
  staffRoleLabels,
  type InvitationInfo,
} from '@hearth/core';
import { acceptInvitation, getInvitation } from '../api/auth';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { formatDateTime } from '../format';
import { useSession } from '../session/SessionContext';

type Load =
  { kind: 'loading' } | { kind: 'ready'; info: InvitationInfo } | { kind: 'invalid' } | { kind: 'failed'; message: string };

/** Only the checks that need no server: the deny-list of common passwords is the server's. */
const noDenyList: ReadonlySet<string> = new Set();

export function InvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { endSession } = useSession();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const { setErrors, setProblem } = form;
  const [isSubmitting, setSubmitting] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    getInvitation(token)
      .then((info) => {
        if (isCurrent) setLoad({ kind: 'ready', info });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        if (isApiError(error, 'invitation_invalid') || isApiError(error, 'not_found') || isApiError(error, 'validation'))
          setLoad({ kind: 'invalid' });
        else setLoad({ kind: 'failed', message: isApiError(error) ? error.problem.title : 'Something went wrong.' });
      });
    return () => {
      isCurrent = false;
    };
  }, [token]);

  if (load.kind === 'loading') return <Loading />;
  if (load.kind === 'invalid') {
    return (
      <>
        <PageHeading title="This invitation link has expired or has already been used" />
        <p className="nhsuk-body">Ask the administrator who invited you to send a new invitation.</p>
        <p className="nhsuk-body">
          If you have already set up your account, <Link to="/sign-in">sign in</Link>.
        </p>
      </>
    );
  }
  if (load.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{load.message} Try again later.</p>
      </>
    );
  }
  const { info } = load;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    setProblem(undefined);
    const parsed = acceptInvitationBodySchema.safeParse({ name, password });
    const found = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
    const passwordProblems = checkPassword(password, { denyList: noDenyList, personalWords: [info.email, name] });
    if (!found.some((e) => e.field === 'password') && passwordProblems[0]) {
      found.push({ field: 'password', message: passwordProblemMessages[passwordProblems[0]] });
    }
    setErrors(found);
    if (found.length > 0 || !parsed.success) return;
    setSubmitting(true);
    try {
      await acceptInvitation(token, parsed.data);
      // Whoever was signed in on this browser, the next step is signing in as the new account.
      endSession({ kind: 'account_ready' });
      void navigate('/sign-in', { replace: true });
    } catch (error) {
      if (isApiError(error, 'invitation_invalid')) setLoad({ kind: 'invalid' });
      else if (isApiError(error) && error.fieldErrors.length > 0) setErrors(error.fieldErrors);
      else setProblem(isApiError(error) ? error.problem.title : 'Something went wrong. Try again.');
    } finally {
      setSubmitting(false);
    }
  };

  const { hasErrors } = form;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <PageHeading title="Set up your Hearth account" hasErrors={hasErrors} skipFocus={hasErrors} />
        <p className="nhsuk-body">You have been invited to use Hearth, the care record for {info.organisationName}.</p>
        <SummaryList
          rows={[
            { key: 'Organisation', value: info.organisationName },
            {
              key: 'Role',
              value: `${staffRoleLabels[info.role]}${info.serviceName ? ` at ${info.serviceName}` : ' across all services'}`,
            },
            { key: 'Email address', value: info.email },
            { key: 'Invitation expires', value: formatDateTime(info.expiresAt) },
          ]}
        />
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextInput
            name="name"
            label="Your full name"
            hint="As your colleagues know you. It is shown in the record beside what you write."
            autoComplete="name"
            spellCheck={false}
            value={name}
            onChange={setName}
            error={form.errorFor('name')}
          />
          <TextInput
            name="password"
            label="Create a password"
            hint={
              <>
                Use at least {passwordMinLength} characters. Three random words together work well, for example &ldquo;kettle
                river orange&rdquo;. You do not need numbers, symbols or capital letters. Do not use your name or email address,
                or a password you use anywhere else.
              </>
            }
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={form.errorFor('password')}
          />
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            Create account
          </button>
        </form>
      </div>
    </div>
  );
}
