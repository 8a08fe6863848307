// The form for raising a quality action from any source (an audit finding, a manual audit answer, an area of a
// care home's personalisation action plan): a title, an owner from the staff who can update actions there, a due
// date today or later, and optional detail. On success it opens the new action.
import { createQualityActionBodySchema, dueDateErrors, type CreateQualityActionBody } from '@hearth/core';
import { useEffect, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { listActionOwners, raiseQualityAction, type ActionPlace } from '../api/quality-actions';
import { DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, Textarea, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';

/** Today as people in England read it, for the "not in the past" check before sending. */
const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The fields that name where the action came from. */
export type ActionSource = Partial<
  Pick<CreateQualityActionBody, 'planAuditRunId' | 'ruleId' | 'field' | 'manualAuditId' | 'questionId' | 'personalisationAssessmentId' | 'areaId'>
>;

interface Props {
  place: ActionPlace;
  source: ActionSource;
  /** The page's caption: whose plan or which home. */
  caption: string;
  /** The title to start from, such as the finding's explanation; the author may change it. */
  defaultTitle?: string | undefined;
  /** What the action is about, shown above the form. */
  children?: ReactNode;
}

export function RaiseActionForm({ place, source, caption, defaultTitle, children }: Props) {
  const navigate = useNavigate();
  const placeKey = 'personId' in place ? place.personId : place.serviceId;
  const owners = useLoaded(() => listActionOwners(place), [placeKey]);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState<DateParts>(emptyDate);
  const [detail, setDetail] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();

  useEffect(() => {
    if (defaultTitle) setTitle((t) => t || defaultTitle.slice(0, 200));
  }, [defaultTitle]);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const body = { ...place, ...source, title, detail, ownerId, dueDate: partsToDate(due) || undefined };
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

  if (owners.kind === 'loading') return <Loading what="Loading who can own the action" />;
  if (owners.kind === 'failed') {
    return (
      <>
        <PageHeading title="Raise an action" caption={caption} />
        <p className="nhsuk-body">{owners.status === 403 ? 'You do not have permission to raise actions here.' : owners.message}</p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Raise an action" caption={caption} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      {children}
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
