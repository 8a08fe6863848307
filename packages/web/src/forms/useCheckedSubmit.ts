// The submit every small form repeats: count the attempt, check the input with the schema the server uses, show its
// errors beside their fields, send, and show the server's refusal, never saving twice at once.
import { useState, type SyntheticEvent } from 'react';
import type { FieldError } from '@hearth/core';
import { isApiError } from '../api/client';
import { fieldErrorsFromIssues } from './field-ids';
import { useFormErrors, type FormErrors } from './useFormErrors';

/** What a schema's safeParse answers. */
export type Checked<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/** Errors a form finds with rules beyond the schema (dates against today, say), answered as the schema answers. */
export function failedCheck<T>(errors: readonly FieldError[]): Checked<T> {
  return { success: false, error: { issues: errors.map((e) => ({ path: e.field.split('.'), message: e.message })) } };
}

export interface CheckedSubmitSteps<T, R> {
  /** The form's input checked by the shared schema. */
  check: () => Checked<T>;
  send: (data: T) => Promise<R>;
  saved: (result: R) => void;
  /** A refusal the form explains itself (say, someone else's change first); true when handled. */
  refused?: (error: unknown, form: FormErrors) => boolean;
  /** Field names as the page places them, when one page holds several of the same form. */
  placeErrors?: (errors: FieldError[]) => FieldError[];
}

export function useCheckedSubmit<T, R>(steps: CheckedSubmitSteps<T, R>): {
  form: FormErrors;
  saving: boolean;
  onSubmit: (event: SyntheticEvent) => void;
} {
  const form = useFormErrors();
  const [saving, setSaving] = useState(false);
  const place = steps.placeErrors ?? ((errors: FieldError[]) => errors);

  const submit = async () => {
    form.countAttempt();
    form.setProblem(undefined);
    const parsed = steps.check();
    if (!parsed.success) {
      form.setErrors(place(fieldErrorsFromIssues(parsed.error.issues)));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      steps.saved(await steps.send(parsed.data));
    } catch (error) {
      if (steps.refused?.(error, form)) return;
      if (isApiError(error) && error.fieldErrors.length > 0) form.setErrors(place(error.fieldErrors));
      else form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return {
    form,
    saving,
    onSubmit: (event) => {
      event.preventDefault();
      if (!saving) void submit();
    },
  };
}
