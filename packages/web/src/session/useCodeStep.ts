// The state behind a "type the code from your authenticator app" form: checked here, sent, then on to the next step.
import { useState, type SyntheticEvent } from 'react';
import { mfaCodeBodySchema, type SignInResult } from '@hearth/core';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { problemFromMfaError, type StepProblem } from './mfa-errors';
import { useGoToNextStep } from './useNextStep';

export interface CodeStep {
  code: string;
  /** Keeps what was typed without spaces: apps show codes as "123 456". */
  setCode: (value: string) => void;
  problem: StepProblem;
  /** Goes up with every submit, so the error summary takes focus again. */
  attempt: number;
  isSubmitting: boolean;
  onSubmit: (event: SyntheticEvent) => Promise<void>;
}

/** `send` is the API call that checks the code (verify at sign-in, or confirm an enrolment). */
export function useCodeStep(send: (code: string) => Promise<SignInResult>): CodeStep {
  const goToNextStep = useGoToNextStep();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<StepProblem>({ errors: [] });
  const [attempt, setAttempt] = useState(0);
  const [isSubmitting, setSubmitting] = useState(false);

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
      await goToNextStep(await send(parsed.data.code));
    } catch (error) {
      setProblem(problemFromMfaError(error));
    } finally {
      setSubmitting(false);
    }
  };

  return {
    code,
    setCode: (value) => {
      setCode(value.replace(/\s/g, ''));
    },
    problem,
    attempt,
    isSubmitting,
    onSubmit,
  };
}
