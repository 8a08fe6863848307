// Marking the plan in use as under review, and what prompted it; the changes are then written in a new draft.
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { reviewTriggers, startReviewBodySchema, type FieldError, type ReviewTrigger } from '@hearth/core';
import { startReview } from '../api/care-plan';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { errorsByField, fieldErrorsFromIssues } from '../forms/field-ids';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { Radios } from './Radios';
import { reviewTriggerLabels } from './plan-labels';
import { planPath, planPermissions } from './plan-model';
import { refusalFrom, type Refusal } from './plan-errors';
import type { PlanPageState } from './PlanPage';
import { usePlanData } from './usePlanData';

export function ReviewPage() {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const { data } = usePlanData(person.id);
  const [trigger, setTrigger] = useState<ReviewTrigger | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);

  if (data.kind === 'loading') return <Loading what="Loading the plan" />;
  const current = data.kind === 'ready' ? data.plan.current : null;
  if (data.kind === 'failed' || current?.status !== 'in_use' || !planPermissions(me, person).mayWrite) {
    return (
      <>
        <PageHeading title="You cannot start a review of this plan" />
        <p className="nhsuk-body">
          {data.kind === 'failed' ? data.message : 'A review starts from the version in use, by someone who may write the plan.'}
        </p>
        <p className="nhsuk-body">
          <Link to={planPath(person.id)}>Go to the plan</Link>
        </p>
      </>
    );
  }

  const byField = errorsByField(errors);
  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setRefusal(null);
    const parsed = startReviewBodySchema.safeParse({ trigger: trigger === '' ? undefined : trigger, note });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await startReview(person.id, current.version, parsed.data);
      void navigate(planPath(person.id), {
        state: { notice: `Version ${current.version} is now under review` } satisfies PlanPageState,
      });
    } catch (error) {
      setRefusal(refusalFrom(error));
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = errors.length > 0 || refusal !== null;
  return (
    <>
      <ErrorSummary
        errors={errors}
        focusKey={attempt}
        description={
          refusal === null
            ? undefined
            : refusal.kind === 'stale'
              ? 'The plan changed after you opened it. Go back to the plan and try again.'
              : refusal.message
        }
      />
      <PageHeading
        title={`Start a review of version ${current.version}`}
        caption={person.legalName}
        hasErrors={hasErrors}
        skipFocus={hasErrors}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios
          name="trigger"
          legend={<h2 className="nhsuk-fieldset__heading">What prompted the review?</h2>}
          legendClassName="nhsuk-fieldset__legend--m"
          value={trigger}
          onChange={(v) => {
            setTrigger(v as ReviewTrigger);
          }}
          options={reviewTriggers.map((t) => ({ value: t, label: reviewTriggerLabels[t] }))}
          error={byField.get('trigger')}
        />
        <Textarea name="note" label="Note (optional)" value={note} onChange={setNote} error={byField.get('note')} />
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={isSaving}>
            Start the review
          </button>
          <Link className="nhsuk-link" to={planPath(person.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
