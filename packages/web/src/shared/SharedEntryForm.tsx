// Adding to a person's record as a contact: a comment, an update to About Me, feedback or a concern.
import { useState, type SyntheticEvent } from 'react';
import { contactEntryKindLabels, contactEntryKinds, newSharedEntryBodySchema, type SharedEntry } from '@hearth/core';
import { addSharedEntry } from '../api/shared';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { Radios } from '../plan/Radios';
import { newClientId } from '../visit-records/visit-form-state';

export function SharedEntryForm({ personId, onAdded }: { personId: string; onAdded: (entry: SharedEntry) => void }) {
  const [kind, setKind] = useState('');
  const [text, setText] = useState('');
  const [clientId, setClientId] = useState(() => newClientId());
  const [isSubmitting, setSubmitting] = useState(false);
  const [added, setAdded] = useState(false);
  const form = useFormErrors();

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    setAdded(false);
    const parsed = newSharedEntryBodySchema.safeParse({ kind, text, clientId });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      form.setProblem(undefined);
      return;
    }
    setSubmitting(true);
    try {
      const entry = await addSharedEntry(personId, parsed.data);
      form.setErrors([]);
      form.setProblem(undefined);
      setKind('');
      setText('');
      setClientId(newClientId());
      setAdded(true);
      onAdded(entry);
    } catch (error) {
      form.setErrors([]);
      form.showRefusal(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="shared-add" className="nhsuk-u-margin-top-6">
      <h2 id="shared-add" className="nhsuk-heading-l">Add to the record</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="shared-add-errors" />
      {added && (
        <p className="nhsuk-body" role="status">
          Added. The care team can see it.
        </p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
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
        <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
          Add to the record
        </button>
      </form>
    </section>
  );
}
