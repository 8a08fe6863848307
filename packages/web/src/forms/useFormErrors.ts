// What a form shows when it cannot be saved: errors by field, a problem with no field, and a count of attempts
// (each submit moves focus to the error summary again).
import { useState } from 'react';
import type { FieldError } from '@hearth/core';
import { isApiError } from '../api/client';
import { errorsByField } from './field-ids';

export interface FormErrors {
  errors: FieldError[];
  problem: string | undefined;
  attempt: number;
  setErrors: (errors: FieldError[]) => void;
  setProblem: (problem: string | undefined) => void;
  /** Call first thing on submit. */
  countAttempt: () => void;
  errorFor: (path: string) => string | undefined;
  hasErrors: boolean;
  /** The server's field errors beside their fields, or else what it said went wrong. */
  showRefusal: (error: unknown) => void;
}

export function useFormErrors(): FormErrors {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const byField = errorsByField(errors);
  return {
    errors,
    problem,
    attempt,
    setErrors,
    setProblem,
    countAttempt: () => {
      setAttempt((n) => n + 1);
    },
    errorFor: (path) => byField.get(path),
    hasErrors: errors.length > 0 || problem !== undefined,
    showRefusal: (error) => {
      if (isApiError(error) && error.fieldErrors.length > 0) setErrors(error.fieldErrors);
      else setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong. Try again.');
    },
  };
}
