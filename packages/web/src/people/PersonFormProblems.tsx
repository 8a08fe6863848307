// How the person form reports a refused save: field errors, a record someone else changed meanwhile, a closed
// record, or any other refusal in words.
import type { FieldError } from '@hearth/core';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';

export type PersonRefusal = { kind: 'stale' } | { kind: 'read_only' } | { kind: 'other'; message: string };

/** A refused save as field errors (to show beside the inputs) or a refusal. */
export function personRefusalFrom(error: unknown): { fieldErrors: FieldError[] } | { refusal: PersonRefusal } {
  if (isApiError(error, 'conflict_stale_version')) return { refusal: { kind: 'stale' } };
  if (isApiError(error, 'record_read_only')) return { refusal: { kind: 'read_only' } };
  if (isApiError(error) && error.fieldErrors.length > 0) return { fieldErrors: error.fieldErrors };
  if (isApiError(error)) return { refusal: { kind: 'other', message: error.problem.detail ?? error.problem.title } };
  return { refusal: { kind: 'other', message: 'Something went wrong. Try again.' } };
}

interface Props {
  errors: FieldError[];
  refusal: PersonRefusal | null;
  attempt: number;
  onReloadLatest: (() => void) | undefined;
}

export function PersonFormProblems({ errors, refusal, attempt, onReloadLatest }: Props) {
  if (refusal?.kind === 'stale') return <StaleVersion attempt={attempt} onReloadLatest={onReloadLatest} />;
  return (
    <ErrorSummary
      errors={errors}
      focusKey={attempt}
      description={
        refusal?.kind === 'read_only'
          ? 'This record is closed (support has ended or the person has died), so it can no longer be changed.'
          : refusal?.kind === 'other'
            ? refusal.message
            : undefined
      }
    />
  );
}

function StaleVersion({ attempt, onReloadLatest }: { attempt: number; onReloadLatest: (() => void) | undefined }) {
  return (
    <ErrorSummary
      errors={[]}
      focusKey={attempt}
      heading="Someone else changed this record after you opened it"
      description="Your changes have not been saved. What you typed is still in the form below. Reloading shows the latest version and replaces what you typed, so note anything you need first."
    >
      {onReloadLatest && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onReloadLatest}>
          Reload the latest version
        </button>
      )}
    </ErrorSummary>
  );
}
