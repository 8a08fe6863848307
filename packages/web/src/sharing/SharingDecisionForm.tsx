// Recording what the person decides a contact may see: the parts, an optional last day, who decided, and why in the
// person's words. Checked with the server's rules before sending; each decision is a new record, in force at once.
import { sharingDecisionBodySchema, sharingEndErrors, type ContactDetail } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { recordSharingDecision } from '../api/sharing';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { DeciderFields } from './DeciderFields';
import { PartsCheckboxes } from './PartsCheckboxes';
import { decisionBody, emptyDecisionForm, londonToday, type DecisionForm } from './sharing-form';

interface Props {
  personId: string;
  name: string;
  contact: ContactDetail;
  onSaved: (contact: ContactDetail) => void;
}

export function SharingDecisionForm({ personId, name, contact, onSaved }: Props) {
  const [form, setForm] = useState<DecisionForm>(() => emptyDecisionForm(contact.sharing.parts));
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();
  const set = (patch: Partial<DecisionForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    errors.countAttempt();
    errors.setProblem(undefined);
    const parsed = sharingDecisionBodySchema.safeParse(decisionBody(form));
    if (!parsed.success) {
      errors.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    const dateErrors = sharingEndErrors(parsed.data, londonToday());
    if (dateErrors.length > 0) {
      errors.setErrors(dateErrors);
      return;
    }
    errors.setErrors([]);
    setSaving(true);
    try {
      const saved = await recordSharingDecision(personId, contact.id, decisionBody(form));
      setForm(emptyDecisionForm(saved.sharing.parts));
      onSaved(saved);
    } catch (error) {
      errors.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

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
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
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
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the decision'}
        </button>
      </form>
    </section>
  );
}
