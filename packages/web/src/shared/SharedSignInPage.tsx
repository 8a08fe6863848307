// Sign in to the shared record: the person, their family, advocates and officers, with the email they were invited at.
import { useState, type SyntheticEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { signInBodySchema } from '@hearth/core';
import { isApiError } from '../api/client';
import { sharedSignIn } from '../api/shared';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useSharedSession } from './SharedSessionContext';

export function SharedSignInPage() {
  const { state, signedIn } = useSharedSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors();
  const [isSubmitting, setSubmitting] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_in') return <Navigate to="/shared" replace />;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    const parsed = signInBodySchema.safeParse({ email, password });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      form.setProblem(undefined);
      return;
    }
    setSubmitting(true);
    try {
      signedIn(await sharedSignIn(parsed.data));
      void navigate('/shared', { replace: true });
    } catch (error) {
      form.setErrors([]);
      if (isApiError(error, 'invalid_credentials')) form.setProblem('Email address or password is not right');
      else if (isApiError(error, 'account_locked')) form.setProblem('There have been too many attempts to sign in. Wait and try again later.');
      else if (isApiError(error, 'rate_limited')) form.setProblem('Too many attempts. Wait a moment and try again.');
      else form.showRefusal(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {state.notice === 'signed_out' && (
          <NotificationBanner title="Signed out" variant="success">
            <p className="nhsuk-notification-banner__heading">You have signed out of the shared record</p>
          </NotificationBanner>
        )}
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <PageHeading title="Sign in to see a shared record" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <p className="nhsuk-body">
          For people who receive care, and the family, friends, advocates and others they have chosen to share their record with.
        </p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextInput name="email" label="Email address" type="email" autoComplete="username" spellCheck={false} value={email} onChange={setEmail} error={form.errorFor('email')} />
          <TextInput name="password" label="Password" type="password" autoComplete="current-password" value={password} onChange={setPassword} error={form.errorFor('password')} />
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            Sign in
          </button>
        </form>
        <p className="nhsuk-body">If you have forgotten your password, ask the care provider to send you a new invitation.</p>
      </div>
    </div>
  );
}
