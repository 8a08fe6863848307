// Adding a correction to a visit record: written below it, so the original stays as it was.
import { createVisitAddendumBodySchema, type VisitRecord } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { addVisitAddendum } from '../api/visit-records';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';

export function AddendumForm({ record, onAdded }: { record: VisitRecord; onAdded: (record: VisitRecord) => void }) {
  const [body, setBody] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const parsed = createVisitAddendumBodySchema.safeParse({ body });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      const updated = await addVisitAddendum(record.id, parsed.data.body);
      setBody('');
      onAdded(updated);
    } catch (error) {
      form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="addendum-heading">
      <h2 className="nhsuk-heading-m" id="addendum-heading">Add a correction</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="addendum-errors" />
      <Textarea
        name="body"
        label="What needs correcting or adding"
        hint="The record above stays as it was written; your correction is shown below it with your name and the time."
        value={body}
        onChange={setBody}
        error={form.errorFor('body')}
        rows={4}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Add the correction'}
      </button>
    </form>
  );
}
