// How the plan forms report problems: errors the form cannot point at, and a draft someone else saved meanwhile.
import type { FieldError } from '@hearth/core';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorsByField } from '../forms/field-ids';

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

/**
 * The problem state every plan form shares: errors placed on this page's inputs, the rest described in words,
 * a refusal (a draft saved meanwhile, or something else), the attempt counter that moves focus to the summary,
 * and whether a save is in flight. `summary` is the error summary (or the stale-draft notice) to render first.
 */
export function usePlanFormProblems(onReloadLatest: () => void) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);
  const byField = errorsByField(errors);

  const show = (list: readonly FieldError[], fieldFor: (field: string) => string | null) => {
    const placed = placeErrors(list, fieldFor);
    setErrors(placed.fieldErrors);
    setUnplaced(placed.unplaced);
  };
  /** Starts a submit: counts the attempt and clears the last refusal. */
  const begin = () => {
    setAttempt((n) => n + 1);
    setRefusal(null);
  };
  /** Sends a body the browser has checked; a server's field errors are placed like the browser's, anything else is a refusal. */
  const send = async (work: () => Promise<void>, fieldFor: (field: string) => string | null, fromServer = (list: FieldError[]) => list) => {
    setErrors([]);
    setUnplaced([]);
    setSaving(true);
    try {
      await work();
    } catch (error) {
      if (isApiError(error, 'validation') && error.fieldErrors.length > 0) show(fromServer(error.fieldErrors), fieldFor);
      else setRefusal(refusalFrom(error));
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = errors.length > 0 || unplaced.length > 0 || refusal !== null;
  const description = refusal?.kind === 'other' ? refusal.message : unplaced.length > 0 ? unplaced.join(' ') : undefined;
  const summary =
    refusal?.kind === 'stale' ? (
      <StaleDraft attempt={attempt} onReload={onReloadLatest} />
    ) : (
      <ErrorSummary errors={errors} focusKey={attempt} description={description} />
    );
  return { errorFor: (path: string) => byField.get(path), begin, show, send, hasErrors, isSaving, summary };
}
