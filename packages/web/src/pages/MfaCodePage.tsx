// The second factor: the 6-digit code from the user's authenticator app.
import { Navigate, useLocation } from 'react-router-dom';
import { verifyMfa } from '../api/auth';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CodeForm, CodeStepErrors, hasStepErrors } from '../session/CodeForm';
import { afterSignInPath } from '../session/RequireSession';
import { useSession } from '../session/SessionContext';
import { useCodeStep } from '../session/useCodeStep';

export function MfaCodePage() {
  const { state } = useSession();
  const location = useLocation();
  const step = useCodeStep(verifyMfa);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_in') return <Navigate to={afterSignInPath(location.state)} replace />;

  const hasErrors = hasStepErrors(step.problem);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <CodeStepErrors step={step} />
        <PageHeading title="Enter the code from your authenticator app" hasErrors={hasErrors} skipFocus={hasErrors} />
        <p className="nhsuk-body">Open the authenticator app on your phone and enter the 6-digit code it shows for Hearth.</p>
        <CodeForm step={step} hint="The code changes every 30 seconds. For example, 123456" />
        <p className="nhsuk-body">
          If you have lost access to your authenticator app, ask an administrator to reset your second factor.
        </p>
      </div>
    </div>
  );
}
