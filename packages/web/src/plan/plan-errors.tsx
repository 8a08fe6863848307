// How the plan forms report problems: errors the form cannot point at, and a draft someone else saved meanwhile.
import type { FieldError } from '@hearth/core';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';

export type Refusal = { kind: 'stale' } | { kind: 'other'; message: string };

/** Splits errors into those an input on this page shows and the rest, described in words. */
export function placeErrors(
  errors: readonly FieldError[],
  fieldFor: (field: string) => string | null,
): { fieldErrors: FieldError[]; unplaced: string[] } {
  const fieldErrors: FieldError[] = [];
  const unplaced: string[] = [];
  for (const e of errors) {
    const field = fieldFor(e.field);
    if (field === null) unplaced.push(e.message);
    else fieldErrors.push({ field, message: e.message });
  }
  return { fieldErrors, unplaced };
}

export function refusalFrom(error: unknown): Refusal {
  if (isApiError(error, 'conflict_stale_version')) return { kind: 'stale' };
  if (isApiError(error)) return { kind: 'other', message: error.problem.detail ?? error.problem.title };
  return { kind: 'other', message: 'Something went wrong. Try again.' };
}

export function StaleDraft({ attempt, onReload }: { attempt: number; onReload: () => void }) {
  return (
    <ErrorSummary
      errors={[]}
      focusKey={attempt}
      heading="Someone else saved this draft after you opened it"
      description="Your changes have not been saved. What you typed is still in the form below. Reloading shows the latest draft and replaces what you typed, so note anything you need first."
    >
      <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onReload}>
        Reload the latest draft
      </button>
    </ErrorSummary>
  );
}
