// Stopping sharing with a contact at once: who decided and why. It is a new decision that shares nothing, so the
// history keeps what was shared before. Its fields are named under "stop" to stay apart from the decision form.
import { revokeSharingBodySchema, type ContactDetail } from '@hearth/core';
import { useState } from 'react';
import { stopSharing } from '../api/sharing';
import { ErrorSummary } from '../components/ErrorSummary';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { DeciderFields } from './DeciderFields';
import { deciderBody, emptyDeciderFields, underPrefix, type DeciderFields as DeciderValues } from './sharing-form';

interface Props {
  personId: string;
  name: string;
  contact: ContactDetail;
  onSaved: (contact: ContactDetail) => void;
}

export function StopSharingForm({ personId, name, contact, onSaved }: Props) {
  const [form, setForm] = useState<DeciderValues>(emptyDeciderFields);
  const set = (patch: Partial<DeciderValues>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () => revokeSharingBodySchema.safeParse(deciderBody(form)),
    send: () => stopSharing(personId, contact.id, deciderBody(form)),
    saved: (saved) => {
      setForm(emptyDeciderFields());
      onSaved(saved);
    },
    placeErrors: (found) => underPrefix('stop', found),
  });

  return (
    <section aria-labelledby="stop-heading">
      <h2 className="nhsuk-heading-m" id="stop-heading">
        Stop sharing with {contact.name}
      </h2>
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} headingId="stop-error-summary-title" />
      <p className="nhsuk-body">
        {contact.name} will see nothing from the moment you save this. {name} can decide to share again later.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <DeciderFields
          prefix="stop"
          name={name}
          form={form}
          set={set}
          errorFor={errors.errorFor}
          reasonLabel="Why is the sharing stopping?"
          reasonHint={`In ${name}\u2019s own words where you can`}
        />
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
          {saving ? 'Stopping…' : 'Stop sharing'}
        </button>
      </form>
    </section>
  );
}
