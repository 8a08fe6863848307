// The second factor: the 6-digit code from the user's authenticator app.
import { useState, type SyntheticEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { mfaCodeBodySchema } from '@hearth/core';
import { verifyMfa } from '../api/auth';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { errorsByField, fieldErrorsFromIssues } from '../forms/field-ids';
import { afterSignInPath } from '../session/RequireSession';
import { useSession } from '../session/SessionContext';
import { nextStepAfter } from '../session/sign-in-flow';
import { problemFromMfaError, type StepProblem } from './mfa-errors';

export function MfaCodePage() {
  const { state, signedIn, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<StepProblem>({ errors: [] });
  const [attempt, setAttempt] = useState(0);
  const [isSubmitting, setSubmitting] = useState(false);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_in') return <Navigate to={afterSignInPath(location.state)} replace />;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const parsed = mfaCodeBodySchema.safeParse({ code });
    if (!parsed.success) {
      setProblem({ errors: fieldErrorsFromIssues(parsed.error.issues) });
      return;
    }
    setSubmitting(true);
    try {
      const step = nextStepAfter(await verifyMfa(parsed.data.code));
      if (step.kind === 'signed_in') {
        signedIn(step.me);
        void navigate(afterSignInPath(location.state), { replace: true });
      } else if (step.path === '/people') await refresh();
      else void navigate(step.path, { state: location.state as unknown });
    } catch (error) {
      setProblem(problemFromMfaError(error));
    } finally {
      setSubmitting(false);
    }
  };

  const byField = errorsByField(problem.errors);
  const hasErrors = problem.errors.length > 0 || problem.description !== undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={problem.errors} description={problem.description} focusKey={attempt} />
        {problem.mustStartAgain && (
          <p className="nhsuk-body">
            <Link to="/sign-in">Sign in again</Link>
          </p>
        )}
        <PageHeading title="Enter the code from your authenticator app" hasErrors={hasErrors} skipFocus={hasErrors} />
        <p className="nhsuk-body">Open the authenticator app on your phone and enter the 6-digit code it shows for Hearth.</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <TextInput
            name="code"
            label="Security code"
            hint="The code changes every 30 seconds. For example, 123456"
            inputMode="numeric"
            autoComplete="one-time-code"
            widthClass="nhsuk-input--width-10"
            spellCheck={false}
            maxLength={6}
            value={code}
            onChange={(v) => {
              setCode(v.replace(/\s/g, ''));
            }}
            error={byField.get('code')}
          />
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            Continue
          </button>
        </form>
        <p className="nhsuk-body">
          If you have lost access to your authenticator app, ask an administrator to reset your second factor.
        </p>
      </div>
    </div>
  );
}
