// Acknowledging or resolving one escalated concern. Resolving needs a note of what was done; an update someone
// else made first is shown, not overwritten. Field ids carry the concern's place in the list, as a page holds several.
import { updateEscalationBodySchema, type FieldError, type VisitEscalation } from '@hearth/core';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { updateEscalation } from '../api/visit-records';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { Radios } from '../plan/Radios';

interface Props {
  escalation: VisitEscalation;
  index: number;
  onUpdated: (e: VisitEscalation) => void;
  onStale: () => void;
}

export function EscalationUpdateForm({ escalation, index, onUpdated, onStale }: Props) {
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const prefix = `escalations.${index}`;
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => updateEscalationBodySchema.safeParse({ status: status || undefined, note, latestUpdateId: escalation.latestUpdateId }),
    send: (data) => updateEscalation(escalation.id, data),
    saved: (updated) => {
      setStatus('');
      setNote('');
      onUpdated(updated);
    },
    refused: (error, form) => {
      if (!isApiError(error, 'conflict_stale_version') && !isApiError(error, 'record_read_only')) return false;
      form.setProblem('Someone else updated this concern after you opened it. Their update is shown now; check it, then try again.');
      onStale();
      return true;
    },
    placeErrors: (errors: FieldError[]) => errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` })),
  });

  const headingId = `escalation-${index}-update`;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${headingId} escalation-${index} escalation-${index}-raised`}>
      <h3 className="nhsuk-heading-s" id={headingId}>
        Update this concern
      </h3>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId={`escalation-${index}-errors`} />
      <Radios
        name={`${prefix}.status`}
        legend="What are you doing?"
        value={status}
        onChange={setStatus}
        error={form.errorFor(`${prefix}.status`)}
        options={[
          { value: 'acknowledged', label: escalation.status === 'acknowledged' ? 'Add a progress note' : 'Acknowledge: I am dealing with it' },
          { value: 'resolved', label: 'Resolve: it has been dealt with' },
        ]}
      />
      <Textarea
        name={`${prefix}.note`}
        label={status === 'resolved' ? 'What was done' : 'Note'}
        hint={status === 'resolved' ? 'This is needed to resolve the concern.' : 'Optional when acknowledging.'}
        value={note}
        onChange={setNote}
        error={form.errorFor(`${prefix}.note`)}
        rows={3}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Save the update'}
      </button>
    </form>
  );
}
