// Adding a correction to a visit record: written below it, so the original stays as it was.
import { createVisitAddendumBodySchema, type VisitRecord } from '@hearth/core';
import { useState } from 'react';
import { addVisitAddendum } from '../api/visit-records';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';

export function AddendumForm({ record, onAdded }: { record: VisitRecord; onAdded: (record: VisitRecord) => void }) {
  const [body, setBody] = useState('');
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => createVisitAddendumBodySchema.safeParse({ body }),
    send: (data) => addVisitAddendum(record.id, data.body),
    saved: (updated) => {
      setBody('');
      onAdded(updated);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="addendum-heading">
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
