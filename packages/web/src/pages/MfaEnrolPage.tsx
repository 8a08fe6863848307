// Setting up an authenticator app: scan the QR code (or type the key), then prove it works with a code.
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { mfaCodeBodySchema, type MfaEnrolment } from '@hearth/core';
import { confirmMfaEnrolment, startMfaEnrolment } from '../api/auth';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { errorsByField, fieldErrorsFromIssues } from '../forms/field-ids';
import { afterSignInPath } from '../session/RequireSession';
import { useSession } from '../session/SessionContext';
import { nextStepAfter } from '../session/sign-in-flow';
import { problemFromMfaError, type StepProblem } from './mfa-errors';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read and type from the screen. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function MfaEnrolPage() {
  const { state, signedIn, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [loadProblem, setLoadProblem] = useState<StepProblem | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<StepProblem>({ errors: [] });
  const [attempt, setAttempt] = useState(0);
  const [isSubmitting, setSubmitting] = useState(false);
  const started = useRef(false);
  const isSignedOut = state.status === 'signed_out';

  useEffect(() => {
    // Each call makes a new secret, so ask once even when React runs effects twice in development.
    if (!isSignedOut || started.current) return;
    started.current = true;
    startMfaEnrolment()
      .then(setEnrolment)
      .catch((error: unknown) => {
        setLoadProblem(problemFromMfaError(error));
      });
  }, [isSignedOut]);

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
      const step = nextStepAfter(await confirmMfaEnrolment(parsed.data.code));
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

  if (loadProblem) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading title="Set up your authenticator app" />
          <p className="nhsuk-body">{loadProblem.description ?? 'Hearth could not start setting up your authenticator app.'}</p>
          <p className="nhsuk-body">
            <Link to="/sign-in">Sign in again</Link>
          </p>
        </div>
      </div>
    );
  }

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
        <PageHeading title="Set up your authenticator app" hasErrors={hasErrors} skipFocus={hasErrors} />
        <p className="nhsuk-body">
          Your role needs a second step when you sign in. Use an authenticator app on your phone, such as Microsoft Authenticator
          or Google Authenticator.
        </p>
        {enrolment === null ? (
          <Loading what="Preparing your set-up code" />
        ) : (
          <>
            <h2 className="nhsuk-heading-m">1. Scan the QR code</h2>
            <p className="nhsuk-body">In your authenticator app, choose to add an account, then scan this code.</p>
            <div
              className="hearth-qr-code"
              role="img"
              aria-label="QR code to add Hearth to your authenticator app"
              dangerouslySetInnerHTML={{ __html: enrolment.qrCodeSvg }}
            />
            <h2 className="nhsuk-heading-m">If you cannot scan the code</h2>
            <p className="nhsuk-body">Choose to enter a set-up key in your app and type this key:</p>
            <p className="nhsuk-body-l hearth-secret" id="mfa-secret">
              <code>{groupSecret(enrolment.secret)}</code>
            </p>
            <h2 className="nhsuk-heading-m">2. Enter the code from the app</h2>
            <form onSubmit={(e) => void onSubmit(e)} noValidate>
              <TextInput
                name="code"
                label="Security code"
                hint="The 6-digit code your app shows for Hearth. For example, 123456"
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
          </>
        )}
      </div>
    </div>
  );
}
