// Recording what the person decides a contact may see: the parts, an optional last day, who decided (for a decision
// made for them, the capacity assessment and the best-interests decision or power of attorney it rests on), and why
// in the person's words. Checked with the server's rules before sending; each decision is a new record, in force at once.
import {
  sharingAuthorityErrors,
  sharingDecisionBodySchema,
  sharingEndErrors,
  type ContactDetail,
  type FieldError,
  type SharingDecisionBody,
} from '@hearth/core';
import { useState } from 'react';
import { recordSharingDecision } from '../api/sharing';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { failedCheck, useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { AuthorityChoices } from './AuthorityChoices';
import { DeciderFields } from './DeciderFields';
import { PartsCheckboxes } from './PartsCheckboxes';
import { authorityFieldPlaces, decisionBody, emptyDecisionForm, londonToday, type DecisionForm } from './sharing-form';
import { useSharingAuthority, type AuthorityRecords } from './useSharingAuthority';

interface Props {
  personId: string;
  name: string;
  contact: ContactDetail;
  onSaved: (contact: ContactDetail) => void;
}

/** The schema's answer, then the end date against today, then (once read) the capacity rule the server applies. */
function checkDecision(form: DecisionForm, records: AuthorityRecords | null): Checked<SharingDecisionBody> {
  const parsed = sharingDecisionBodySchema.safeParse(decisionBody(form));
  if (!parsed.success) return parsed;
  const today = londonToday();
  const errors = [
    ...sharingEndErrors(parsed.data, today),
    ...(records === null ? [] : sharingAuthorityErrors(parsed.data, { ...records, today })),
  ];
  return errors.length > 0 ? failedCheck(errors) : parsed;
}

/** The body's fields for the records a decision rests on are answered by one question on the form. */
const placeErrors = (errors: FieldError[]): FieldError[] => {
  const placed = errors.map((e) => ({ ...e, field: authorityFieldPlaces[e.field] ?? e.field }));
  return placed.filter((e, i) => placed.findIndex((x) => x.field === e.field) === i);
};

export function SharingDecisionForm({ personId, name, contact, onSaved }: Props) {
  const [form, setForm] = useState<DecisionForm>(() => emptyDecisionForm(contact.sharing.parts));
  const set = (patch: Partial<DecisionForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const records = useSharingAuthority(personId, form.decidedBy !== '');
  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () => checkDecision(form, records.kind === 'ready' ? records.value : null),
    send: () => recordSharingDecision(personId, contact.id, decisionBody(form)),
    saved: (saved) => {
      setForm(emptyDecisionForm(saved.sharing.parts));
      onSaved(saved);
    },
    placeErrors,
  });

  return (
    <section aria-labelledby="decision-heading">
      <h2 className="nhsuk-heading-m" id="decision-heading">
        Record what {name} decides
      </h2>
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} headingId="decision-error-summary-title" />
      <p className="nhsuk-body">
        Ask {name} what {contact.name} may see. What you save replaces what is in force now, straight away; earlier decisions
        stay in the history.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <PartsCheckboxes
          name="parts"
          legend={`What may ${contact.name} see?`}
          hint="Tick each part they may see. Tick none to share nothing."
          values={form.parts}
          onChange={(parts) => {
            set({ parts });
          }}
          error={errors.errorFor('parts')}
        />
        <DateInput
          name="endsOn"
          legend="Last day they may see it (optional)"
          hint="Leave empty to share until it is changed. For example, 31 3 2027"
          value={form.endsOn}
          onChange={(endsOn) => {
            set({ endsOn });
          }}
          error={errors.errorFor('endsOn')}
        />
        <DeciderFields
          prefix=""
          name={name}
          form={form}
          set={set}
          errorFor={errors.errorFor}
          reasonLabel={`What ${name} said, or why this was decided`}
          reasonHint={`In ${name}\u2019s own words where you can`}
          authorityChoices={
            <AuthorityChoices personId={personId} name={name} records={records} form={form} set={set} errorFor={errors.errorFor} />
          }
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the decision'}
        </button>
      </form>
    </section>
  );
}
