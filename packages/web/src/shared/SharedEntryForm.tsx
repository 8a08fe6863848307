// Adding to a person's record as a contact: a comment, an update to About Me, feedback or a concern.
import { useState } from 'react';
import { contactEntryKindLabels, contactEntryKinds, newSharedEntryBodySchema, type SharedEntry } from '@hearth/core';
import { addSharedEntry } from '../api/shared';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { Radios } from '../plan/Radios';
import { newClientId } from '../visit-records/visit-form-state';

export function SharedEntryForm({ personId, onAdded }: { personId: string; onAdded: (entry: SharedEntry) => void }) {
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState(() => newClientId());
  const [added, setAdded] = useState(false);
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => {
      // A new attempt: the last "Added" no longer speaks for what is on the form.
      setAdded(false);
      return newSharedEntryBodySchema.safeParse({ kind, text, clientId });
    },
    send: (data) => addSharedEntry(personId, data),
    saved: (entry) => {
      setKind('');
      setText('');
      setClientId(newClientId());
      setAdded(true);
      onAdded(entry);
    },
  });

  return (
    <section aria-labelledby="shared-add" className="nhsuk-u-margin-top-6">
      <h2 id="shared-add" className="nhsuk-heading-l">Add to the record</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="shared-add-errors" />
      {added && (
        <p className="nhsuk-body" role="status">
          Added. The care team can see it.
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Radios
          name="kind"
          legend="What are you adding?"
          legendClassName="nhsuk-fieldset__legend--s"
          value={kind}
          onChange={setKind}
          error={form.errorFor('kind')}
          options={contactEntryKinds.map((k) => ({ value: k, label: contactEntryKindLabels[k] }))}
        />
        <Textarea name="text" label="What you want to say" hint="The care team reads this. For anything urgent, phone the office." rows={5} value={text} onChange={setText} error={form.errorFor('text')} />
        <button type="submit" className="nhsuk-button" disabled={saving}>
          Add to the record
        </button>
      </form>
    </section>
  );
}
