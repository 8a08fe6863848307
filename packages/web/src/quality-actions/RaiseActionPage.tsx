// Raising an action from an audit finding: the title starts as the finding's explanation; the owner is chosen from
// the staff of the person's service who can update actions; the due date may be today but not before.
import { createQualityActionBodySchema, dueDateErrors } from '@hearth/core';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { getPlanAuditHistory } from '../api/plan-audits';
import { listActionOwners, raiseQualityAction } from '../api/quality-actions';
import { DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, Textarea, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';

/** Today as people in England read it, for the "not in the past" check before sending. */
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export function RaiseActionPage() {
  const { person } = usePerson();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runId = params.get('run');
  const ruleId = params.get('rule');
  const field = params.get('field');
  const history = useLoaded(() => getPlanAuditHistory(person.id), [person.id]);
  const owners = useLoaded(() => listActionOwners(person.id), [person.id]);
  const finding = history.kind === 'ready' && history.value.latest?.id === runId
    ? history.value.latest.findings.find((f) => f.ruleId === ruleId && f.field === field)
    : undefined;

  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState<DateParts>(emptyDate);
  const [detail, setDetail] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();

  useEffect(() => {
    if (finding) setTitle((t) => t || finding.explanation.slice(0, 200));
  }, [finding]);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const body = { personId: person.id, planAuditRunId: runId, ruleId, field, title, detail, ownerId, dueDate: partsToDate(due) || undefined };
    const parsed = createQualityActionBodySchema.safeParse(body);
    const errors = parsed.success ? dueDateErrors(parsed.data.dueDate, londonToday()) : fieldErrorsFromIssues(parsed.error.issues);
    if (!parsed.success || errors.length > 0) {
      form.setErrors(errors);
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      const action = await raiseQualityAction(parsed.data);
      void navigate(`/quality-actions/${action.id}`, { state: { raised: true } });
    } catch (error) {
      form.showRefusal(error);
      setSaving(false);
    }
  };

  if (!runId || !ruleId) {
    return (
      <>
        <PageHeading title="Raise an action" caption={displayName(person)} />
        <p className="nhsuk-body">Choose a finding on the plan-quality page to raise an action about it.</p>
      </>
    );
  }
  if (history.kind === 'loading' || owners.kind === 'loading') return <Loading what="Loading the finding" />;
  if (owners.kind === 'failed') {
    return (
      <>
        <PageHeading title="Raise an action" caption={displayName(person)} />
        <p className="nhsuk-body">{owners.status === 403 ? 'You do not have permission to raise actions for this person.' : owners.message}</p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Raise an action" caption={displayName(person)} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      {finding ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Finding: </span>
          <p>{finding.explanation}</p>
          <p>{finding.howToFix}</p>
        </div>
      ) : (
        <p className="nhsuk-body">This finding is not in the plan&rsquo;s latest audit; the action will still name the audit it came from.</p>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput name="title" label="What needs to be done" hint="A short title, up to 200 characters." value={title} onChange={setTitle} error={form.errorFor('title')} maxLength={400} />
        <Select
          name="ownerId"
          label="Owner"
          hint="Who will make sure it is done: staff of this service who can update actions."
          value={ownerId}
          onChange={setOwnerId}
          placeholder="Choose an owner"
          options={owners.value.owners.map((o) => ({ value: o.id, label: o.name }))}
          error={form.errorFor('ownerId')}
        />
        <DateInput name="dueDate" legend="Due by" hint="For example, 27 3 2027. Today or later." value={due} onChange={setDue} error={form.errorFor('dueDate')} />
        <Textarea name="detail" label="Detail (optional)" value={detail} onChange={setDetail} error={form.errorFor('detail')} rows={4} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Raising…' : 'Raise the action'}
        </button>
      </form>
    </>
  );
}
