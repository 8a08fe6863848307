// The parts of a second-factor page that ask for the code: what went wrong, and the code field with its button.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { errorsByField } from '../forms/field-ids';
import type { CodeStep } from './useCodeStep';
import type { StepProblem } from './mfa-errors';

export function hasStepErrors(problem: StepProblem): boolean {
  return problem.errors.length > 0 || problem.description !== undefined;
}

/** The error summary, and a way back to the start when the half-finished sign-in has gone. */
export function CodeStepErrors({ step }: { step: CodeStep }) {
  const { problem } = step;
  return (
    <>
      <ErrorSummary errors={problem.errors} description={problem.description} focusKey={step.attempt} />
      {problem.mustStartAgain && (
        <p className="nhsuk-body">
          <Link to="/sign-in">Sign in again</Link>
        </p>
      )}
    </>
  );
}

export function CodeForm({ step, hint }: { step: CodeStep; hint: ReactNode }) {
  return (
    <form onSubmit={(e) => void step.onSubmit(e)} noValidate>
      <TextInput
        name="code"
        label="Security code"
        hint={hint}
        inputMode="numeric"
        autoComplete="one-time-code"
        widthClass="nhsuk-input--width-10"
        spellCheck={false}
        maxLength={6}
        value={step.code}
        onChange={step.setCode}
        error={errorsByField(step.problem.errors).get('code')}
      />
      <button type="submit" className="nhsuk-button" disabled={step.isSubmitting}>
        Continue
      </button>
    </form>
  );
}
