// What the forms that add a comment or attach a file share: the error summary, sending with the server's field
// errors placed beside this form's inputs, and the status line that says what was added.
import { useState } from 'react';
import type { FieldError } from '@hearth/core';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../forms/useFormErrors';

/**
 * `prefix` starts the form's field names ("comment" → "comment.body"); `renamed` maps a field the server names
 * (as the request body does) to the form's own.
 */
export function useNoteForm(prefix: string, renamed: (e: FieldError) => FieldError) {
  const form = useFormErrors();
  const [isSaving, setSaving] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  /** Call first on submit: counts the attempt and clears what the last one said. */
  const start = () => {
    form.countAttempt();
    form.setProblem(undefined);
    setAdded(null);
  };

  /** Sends; `onSent` clears the form and returns what the status line says. */
  const send = async <T,>(request: () => Promise<T>, onSent: (sent: T) => string) => {
    setSaving(true);
    try {
      setAdded(onSent(await request()));
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) form.setErrors(error.fieldErrors.map(renamed));
      else form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const summary = (
    <ErrorSummary
      errors={form.errors}
      description={form.problem}
      focusKey={form.attempt}
      headingId={`${prefix}-error-summary-title`}
    />
  );

  const status = (
    <p className="nhsuk-body" role="status">
      {added}
    </p>
  );

  return { form, isSaving, start, send, summary, status };
}
