// Updating an action: its new status and a note. Closing needs the note (what was done, or why it was cancelled),
// checked here with the same schema the server uses; an update someone else made first is shown, not overwritten.
import { updateQualityActionBodySchema, type QualityAction, type QualityActionStatus } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { isApiError } from '../api/client';
import { updateQualityAction } from '../api/quality-actions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { Radios } from '../plan/Radios';
import { actionStatusLabels } from './ActionTags';

const choices: QualityActionStatus[] = ['in_progress', 'open', 'done', 'cancelled'];

export function ActionUpdateForm({ action, onUpdated, onStale }: { action: QualityAction; onUpdated: (a: QualityAction) => void; onStale: () => void }) {
  const [status, setStatus] = useState<string>('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const parsed = updateQualityActionBodySchema.safeParse({ status: status || undefined, note, latestUpdateId: action.latestUpdateId });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      const updated = await updateQualityAction(action.id, parsed.data);
      setStatus('');
      setNote('');
      onUpdated(updated);
    } catch (error) {
      if (isApiError(error, 'conflict_stale_version')) {
        form.setProblem('Someone else updated this action after you opened it. Their update is shown below; check it, then try again.');
        onStale();
      } else {
        form.showRefusal(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const noteLabel = status === 'done' ? 'What was done' : status === 'cancelled' ? 'Why it was cancelled' : 'Note';
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="action-update-heading">
      <h2 className="nhsuk-heading-m" id="action-update-heading">Update this action</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="action-update-errors" />
      <Radios
        name="status"
        legend="Status"
        value={status}
        onChange={setStatus}
        error={form.errorFor('status')}
        hint="Done and cancelled are final: the action cannot be changed after that."
        options={choices.map((s) => ({ value: s, label: actionStatusLabels[s] }))}
      />
      <Textarea
        name="note"
        label={noteLabel}
        hint={status === 'done' || status === 'cancelled' ? 'This is needed to close the action.' : 'Optional when moving it on; needed to record progress without changing the status.'}
        value={note}
        onChange={setNote}
        error={form.errorFor('note')}
        rows={4}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save the update'}
      </button>
    </form>
  );
}
