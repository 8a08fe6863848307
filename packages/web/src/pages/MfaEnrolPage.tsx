// Setting up an authenticator app: scan the QR code (or type the key), then prove it works with a code.
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import type { MfaEnrolment } from '@hearth/core';
import { confirmMfaEnrolment, startMfaEnrolment } from '../api/auth';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CodeForm, CodeStepErrors, hasStepErrors } from '../session/CodeForm';
import { problemFromMfaError, type StepProblem } from '../session/mfa-errors';
import { afterSignInPath } from '../session/RequireSession';
import { useSession } from '../session/SessionContext';
import { useCodeStep } from '../session/useCodeStep';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read and type from the screen. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function MfaEnrolPage() {
  const { state } = useSession();
  const location = useLocation();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [loadProblem, setLoadProblem] = useState<StepProblem | null>(null);
  const step = useCodeStep(confirmMfaEnrolment);
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

  const hasErrors = hasStepErrors(step.problem);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <CodeStepErrors step={step} />
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
            <CodeForm step={step} hint="The 6-digit code your app shows for Hearth. For example, 123456" />
          </>
        )}
      </div>
    </div>
  );
}
