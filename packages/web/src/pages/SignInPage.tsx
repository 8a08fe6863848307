// Sign in with email address and password; the second factor follows on its own page.
import { useState, type SyntheticEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { signInBodySchema } from '@hearth/core';
import { signIn } from '../api/auth';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useSession, type SignedOutNotice } from '../session/SessionContext';
import { afterSignInPath } from '../session/RequireSession';
import { useGoToNextStep } from '../session/useNextStep';
import { Loading } from '../components/Loading';
import { describeDuration } from '../session/describe-duration';

export function SignInPage() {
  const { state, setNotice } = useSession();
  const location = useLocation();
  const goToNextStep = useGoToNextStep();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const { setErrors, setProblem } = form;
  const [isSubmitting, setSubmitting] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_in') return <Navigate to={afterSignInPath(location.state)} replace />;
  const notice = state.notice;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    const parsed = signInBodySchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      setProblem(undefined);
      return;
    }
    setSubmitting(true);
    try {
      const result = await signIn(parsed.data);
      setNotice(null);
      await goToNextStep(result);
    } catch (error) {
      setErrors([]);
      if (isApiError(error, 'invalid_credentials')) setProblem('Email address or password is not right');
      else if (isApiError(error, 'account_locked'))
        setProblem('There have been too many attempts to sign in to this account. Wait and try again later.');
      else if (isApiError(error, 'rate_limited')) setProblem('Too many attempts. Wait a moment and try again.');
      else if (isApiError(error)) {
        setErrors(error.fieldErrors);
        setProblem(error.fieldErrors.length ? undefined : error.problem.title);
      } else setProblem('Something went wrong. Try again.');
    } finally {
      setSubmitting(false);
    }
  };

  const { hasErrors } = form;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {notice && <SignedOutMessage notice={notice} />}
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <PageHeading title="Sign in to Hearth" hasErrors={hasErrors} skipFocus={hasErrors} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={form.errorFor('email')}
          />
          <TextInput
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errorFor('password')}
          />
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            Sign in
          </button>
        </form>
        <p className="nhsuk-body">
          If you have forgotten your password or lost your authenticator app, ask an administrator in your organisation to help.
        </p>
      </div>
    </div>
  );
}

function SignedOutMessage({ notice }: { notice: SignedOutNotice }) {
  switch (notice.kind) {
    case 'idle':
      return (
        <NotificationBanner title="You have been signed out">
          <p className="nhsuk-notification-banner__heading">
            You were signed out after {describeDuration(notice.idleTimeoutSeconds)} without activity
          </p>
          <p>Sign in again to carry on. Anything you had not saved has not been kept.</p>
        </NotificationBanner>
      );
    case 'session_ended':
      return (
        <NotificationBanner title="You have been signed out">
          <p className="nhsuk-notification-banner__heading">Your session has ended. Sign in again to carry on.</p>
        </NotificationBanner>
      );
    case 'signed_out':
      return (
        <NotificationBanner title="Signed out" variant="success">
          <p className="nhsuk-notification-banner__heading">You have signed out of Hearth</p>
        </NotificationBanner>
      );
    case 'account_ready':
      return (
        <NotificationBanner title="Account created" variant="success">
          <p className="nhsuk-notification-banner__heading">
            Your account is ready. Sign in with your email address and new password.
          </p>
        </NotificationBanner>
      );
  }
}
