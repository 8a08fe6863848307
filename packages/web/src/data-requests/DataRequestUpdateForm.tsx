// Closing a request: answered (by an export bundle made for it, or another way said in a note), declined with the
// reason, or withdrawn. Checked with the server's own schema; an update someone else made first is shown, not overwritten.
import { updateDataRequestBodySchema, type DataRequest } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { isApiError } from '../api/client';
import { updateDataRequest } from '../api/data-requests';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { Radios } from '../plan/Radios';

export function DataRequestUpdateForm({ request, onUpdated, onStale }: { request: DataRequest; onUpdated: (r: DataRequest) => void; onStale: () => void }) {
  const [status, setStatus] = useState('');
  const [method, setMethod] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();
  const latestExport = request.exports[0] ?? null;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const answered = status === 'answered';
    const parsed = updateDataRequestBodySchema.safeParse({
      status: status || undefined,
      method: answered ? method || undefined : null,
      exportId: answered && method === 'export' ? latestExport?.id : null,
      note,
      latestUpdateId: request.latestUpdateId,
    });
    if (!parsed.success) {
      // With no bundle made yet, say what to do rather than "choose the bundle".
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues).map((e) => (e.field === 'exportId' ? { field: 'method', message: 'Make the export bundle first, then answer by export' } : e)));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      onUpdated(await updateDataRequest(request.id, parsed.data));
    } catch (error) {
      if (isApiError(error, 'conflict_stale_version')) {
        form.setProblem('Someone else updated this request after you opened it. Their update is shown below; check it, then try again.');
        onStale();
      } else form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  const noteLabel = status === 'declined' ? 'Why it was declined' : status === 'withdrawn' ? 'Note (optional)' : method === 'other' ? 'How it was answered and what was shared' : 'Note (optional)';
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="request-update-heading">
      <h2 className="nhsuk-heading-m" id="request-update-heading">Answer, decline or withdraw</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="request-update-errors" />
      <Radios
        name="status" legend="What happened" value={status} onChange={setStatus} error={form.errorFor('status')}
        hint="This closes the request: it cannot be changed after."
        options={[
          {
            value: 'answered', label: 'Answered',
            conditional: (
              <Radios
                name="method" legend="How it was answered" value={method} onChange={setMethod} error={form.errorFor('method')}
                options={[
                  { value: 'export', label: latestExport ? `By the export bundle made ${new Date(latestExport.createdAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' })}` : 'By an export bundle (make it first)' },
                  { value: 'other', label: 'Another way, such as by phone' },
                ]}
              />
            ),
          },
          { value: 'declined', label: 'Declined' },
          { value: 'withdrawn', label: 'Withdrawn by the requester' },
        ]}
      />
      <Textarea name="note" label={noteLabel} rows={3} value={note} onChange={setNote} error={form.errorFor('note')} />
      <button className="nhsuk-button" type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save'}</button>
    </form>
  );
}
