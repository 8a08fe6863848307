// Saving a new version of the provider's plan sections from any of the page's forms: the browser's checks first,
// then the server's; one error summary for the page, and a notice when someone else saved first.
import { useState } from 'react';
import type { FieldError, SectionExtension, SectionExtensionResponse } from '@hearth/core';
import { isApiError } from '../../api/client';
import { saveSectionExtension } from '../../api/section-definitions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorsByField } from '../../forms/field-ids';

export interface SaveRequest {
  /** The form's field names start with this ("item", "question", "section"). */
  form: string;
  /** Problems the browser found; when there are any nothing is sent. */
  problems: FieldError[];
  baseVersion: number;
  content: () => SectionExtension;
  reason: string;
  /** What the success notice says. */
  done: string;
}

export function useExtensionSave(
  onSaved: (saved: SectionExtensionResponse, done: string) => Promise<void>,
  onReload: () => Promise<void>,
) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [isStale, setStale] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);
  const byField = errorsByField(errors);

  const save = async (request: SaveRequest): Promise<boolean> => {
    setAttempt((n) => n + 1);
    setStale(false);
    setProblem(undefined);
    setErrors(request.problems);
    if (request.problems.length > 0) return false;
    setSaving(true);
    try {
      const saved = await saveSectionExtension({
        baseVersion: request.baseVersion,
        content: request.content(),
        reason: request.reason.trim(),
      });
      await onSaved(saved, request.done);
      return true;
    } catch (error) {
      if (isApiError(error, 'conflict_stale_version')) {
        setStale(true);
      } else if (isApiError(error, 'validation') && error.fieldErrors.length > 0) {
        // The reason is on this form; anything about the document as a whole is described in words.
        const placed = error.fieldErrors
          .filter((e) => e.field === 'reason')
          .map((e) => ({ field: `${request.form}.reason`, message: e.message }));
        const unplaced = error.fieldErrors.filter((e) => e.field !== 'reason').map((e) => e.message);
        setErrors(placed);
        setProblem(unplaced.length > 0 ? unplaced.join(' ') : undefined);
      } else {
        setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong. Try again.');
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    await onReload();
    setStale(false);
  };

  const summary = isStale ? (
    <ErrorSummary
      errors={[]}
      focusKey={attempt}
      heading="Someone else changed these since you opened the page"
      description="Your change has not been saved. What you typed is still in the form. Reload to see their changes, then save yours again."
    >
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
        onClick={() => void reload()}
      >
        Reload the plan sections
      </button>
    </ErrorSummary>
  ) : (
    <ErrorSummary errors={errors} description={problem} focusKey={attempt} />
  );

  return {
    save,
    summary,
    isSaving,
    hasErrors: errors.length > 0 || problem !== undefined || isStale,
    errorFor: (field: string) => byField.get(field),
  };
}

export type ExtensionSaver = ReturnType<typeof useExtensionSave>;
