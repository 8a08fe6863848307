// What a failed second-factor step means for the user.
import type { FieldError } from '@hearth/core';
import { isApiError } from '../api/client';

export interface StepProblem {
  errors: FieldError[];
  description?: string;
  /** The half-finished sign-in has gone: start again. */
  mustStartAgain?: boolean;
}

export function problemFromMfaError(error: unknown): StepProblem {
  if (isApiError(error, 'invalid_mfa_code')) {
    return {
      errors: [{ field: 'code', message: 'The code is not right. Enter the 6-digit code your authenticator app shows now.' }],
    };
  }
  if (isApiError(error, 'rate_limited') || isApiError(error, 'account_locked')) {
    return { errors: [], description: error.problem.title };
  }
  if (isApiError(error) && (error.status === 401 || error.code === 'csrf')) {
    return { errors: [], description: 'Your sign-in has timed out. Sign in again.', mustStartAgain: true };
  }
  if (isApiError(error) && error.fieldErrors.length > 0) return { errors: error.fieldErrors };
  return { errors: [], description: isApiError(error) ? error.problem.title : 'Something went wrong. Try again.' };
}
