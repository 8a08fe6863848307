// Acting on a sign-in result: in to the page the user was going to, or on to the second-factor step.
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { SignInResult } from '@hearth/core';
import { afterSignInPath } from './RequireSession';
import { useSession } from './SessionContext';
import { nextStepAfter } from './sign-in-flow';

export function useGoToNextStep(): (result: SignInResult) => Promise<void> {
  const { signedIn, refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    async (result: SignInResult) => {
      const step = nextStepAfter(result);
      if (step.kind === 'signed_in') {
        signedIn(step.me);
        void navigate(afterSignInPath(location.state), { replace: true });
      } else if (step.path === '/people') {
        await refresh();
      } else {
        void navigate(step.path, { state: location.state as unknown });
      }
    },
    [signedIn, refresh, navigate, location.state],
  );
}
