// Where a sign-in result leads: straight in, or on to the second-factor step.
import type { SignInResult } from '@hearth/core';
import { setCsrfToken } from '../api/client';

export type NextStep = { kind: 'signed_in'; me: NonNullable<SignInResult['me']> } | { kind: 'path'; path: string };

export function nextStepAfter(result: SignInResult): NextStep {
  setCsrfToken(result.csrfToken);
  switch (result.status) {
    case 'signed_in':
      if (result.me) return { kind: 'signed_in', me: result.me };
      // A signed-in result without Me should not happen; load it from /api/auth/me on the next page.
      return { kind: 'path', path: '/people' };
    case 'mfa_required':
      return { kind: 'path', path: '/sign-in/code' };
    case 'mfa_enrolment_required':
      return { kind: 'path', path: '/sign-in/set-up-authenticator' };
  }
}
