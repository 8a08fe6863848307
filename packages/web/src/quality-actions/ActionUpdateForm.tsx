// Updating an action: its new status and a note. Closing needs the note (what was done, or why it was cancelled),
// checked here with the same schema the server uses; an update someone else made first is shown, not overwritten.
import { updateQualityActionBodySchema, type QualityAction, type QualityActionStatus } from '@hearth/core';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { updateQualityAction } from '../api/quality-actions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { Radios } from '../plan/Radios';
import { actionStatusLabels } from './ActionTags';

const choices: QualityActionStatus[] = ['in_progress', 'open', 'done', 'cancelled'];

export function ActionUpdateForm({ action, onUpdated, onStale }: { action: QualityAction; onUpdated: (a: QualityAction) => void; onStale: () => void }) {
  const [status, setStatus] = useState<string>('');
  const [note, setNote] = useState('');
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => updateQualityActionBodySchema.safeParse({ status: status || undefined, note, latestUpdateId: action.latestUpdateId }),
    send: (data) => updateQualityAction(action.id, data),
    saved: (updated) => {
      setStatus('');
      setNote('');
      onUpdated(updated);
    },
    refused: (error, form) => {
      if (!isApiError(error, 'conflict_stale_version')) return false;
      form.setProblem('Someone else updated this action after you opened it. Their update is shown below; check it, then try again.');
      onStale();
      return true;
    },
  });

  const noteLabel = status === 'done' ? 'What was done' : status === 'cancelled' ? 'Why it was cancelled' : 'Note';
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="action-update-heading">
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
