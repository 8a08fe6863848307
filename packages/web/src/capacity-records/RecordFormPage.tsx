// The page every kind's form sits in: who may record, which record a replacement replaces (and why), the check with
// the server's own schema before sending, the error summary, and back to the records once saved.
import {
  capacityRecordDateErrors,
  singleCurrentKinds,
  supersedeFieldsSchema,
  type CapacityRecordDraft,
  type CapacityRecordKind,
  type CapacityRecordsResponse,
  type CapacityRecordView,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import type { CapacityRecordsPageState } from './CapacityRecordsPage';
import type { FormBinding } from './form-fields';
import type { KindForm } from './kind-form';
import { RecordFacts } from './RecordCard';
import { capacityRecordsPath, recordKinds } from './record-kinds';
import { summarise } from './record-summaries';
import { addCapacityRecord, getCapacityRecords, recordsOf } from './records-api';
import { ReplacingNotice, SupersedeReason } from './supersede-fields';
import './capacity-records.css';

interface Props<S, B> {
  kind: CapacityRecordKind;
  definition: KindForm<S, B>;
}

export function RecordFormPage<S, B>({ kind, definition }: Props<S, B>) {
  const { person } = usePerson();
  const me = useMe();
  const [params] = useSearchParams();
  const records = useLoaded(() => getCapacityRecords(person.id), [person.id]);
  const meta = recordKinds[kind];
  const mayAdd = !person.isReadOnly && mayInService(me, 'create', 'capacity_record', person.serviceId);

  if (!mayAdd)
    return (
      <>
        <PageHeading title={meta.add} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'You cannot record this. A senior care worker or registered manager can.'}
        </p>
      </>
    );
  if (records.kind === 'loading') return <Loading what="Loading the records" />;
  if (records.kind === 'failed') return <p className="nhsuk-body">{records.message}</p>;

  const ofKind: CapacityRecordView[] = recordsOf(records.value, kind);
  const asked = params.get('supersedes');
  // Where one record is in force at a time, a new one always replaces it, even when reached by "add".
  const replacing = asked
    ? ofKind.find((r) => r.id === asked)
    : singleCurrentKinds.includes(kind)
      ? ofKind.find((r) => r.current)
      : undefined;
  if (asked && (!replacing || !replacing.current))
    return (
      <>
        <PageHeading title={meta.replace} caption={person.legalName} />
        <p className="nhsuk-body">
          {replacing ? 'That record has already been replaced by a newer one.' : 'That record could not be found.'} Go back to the
          records to replace the one in force.
        </p>
      </>
    );
  return <RecordForm kind={kind} definition={definition} replacing={replacing ?? null} records={records.value} />;
}

interface FormProps<S, B> extends Props<S, B> {
  replacing: CapacityRecordView | null;
  records: CapacityRecordsResponse;
}

function RecordForm<S, B>({ kind, definition, replacing, records }: FormProps<S, B>) {
  const { person, reload } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const meta = recordKinds[kind];
  // The stored body is the same type the kind's form reads: the view's union is narrowed by `kind`.
  const [values, setValues] = useState<S>(() => (replacing ? definition.fromBody(replacing.body as B) : definition.empty()));
  const [reason, setReason] = useState('');
  const supersede = replacing ? { supersedes: replacing.id, supersedeReason: reason } : {};

  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => checkRecord(kind, definition.check(definition.toBody(values)), supersede),
    send: () => addCapacityRecord(person.id, kind, { ...definition.toBody(values), ...supersede }),
    saved: () => {
      // Every page about the person shows the ReSPECT / DNACPR status: fetch it again.
      if (kind === 'resuscitation') void reload();
      void navigate(capacityRecordsPath(person.id), { state: { saved: kind } satisfies CapacityRecordsPageState });
    },
    // Someone else replaced the record (or recorded one) first: no field can fix that, so say what to do.
    refused: (error, errors) => {
      const clash = isApiError(error) ? error.fieldErrors.find((e) => e.field === 'supersedes') : undefined;
      if (!clash) return false;
      errors.setProblem(`${clash.message}. Go back to the records to see what was recorded since you started.`);
      return true;
    },
    placeErrors: definition.placeErrors,
  });
  const binding: FormBinding<S> = {
    values,
    set: (patch) => {
      setValues((v) => ({ ...v, ...patch }));
    },
    errorFor: form.errorFor,
    name,
  };
  const title = replacing ? meta.replace : meta.add;
  const { Fields } = definition;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">{definition.intro(name)}</p>
        {replacing && (
          <ReplacingNotice recordedAt={replacing.recordedAt} recordedBy={replacing.recordedBy.name}>
            <RecordFacts record={replacing} summary={summarise(replacing, summaryContext(records))} />
          </ReplacingNotice>
        )}
        <form onSubmit={onSubmit} noValidate>
          <Fields form={binding} personId={person.id} records={records} />
          {replacing && <SupersedeReason value={reason} onChange={setReason} error={form.errorFor('supersedeReason')} />}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the record'}
          </button>
        </form>
      </div>
    </div>
  );
}

const summaryContext = (records: CapacityRecordsResponse) => ({
  today: londonToday(),
  sectionTitles: new Map<string, string>(),
  libertyAttention: new Map(records.libertyAttention.map((a) => [a.recordId, a.label])),
});

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * The kind's schema, the replacement's reason and the dates against today, as one answer: every problem the server
 * would name is named before sending. Date rules need a parsed body, so they follow a clean parse.
 */
function checkRecord<B>(kind: CapacityRecordKind, parsed: Checked<B>, supersede: object): Checked<B> {
  const reason = supersedeFieldsSchema.safeParse(supersede);
  const issues: Issue[] = reason.success ? [] : reason.error.issues.map((i) => ({ path: i.path, message: i.message }));
  if (!parsed.success) {
    const schemaIssues: readonly Issue[] = parsed.error.issues;
    return { success: false, error: { issues: [...schemaIssues, ...issues] } };
  }
  // `parsed.data` is the kind's parsed body: the draft pairs it with its kind for the shared date rules.
  const draft = { kind, body: parsed.data } as CapacityRecordDraft;
  for (const e of capacityRecordDateErrors(draft, londonToday())) issues.push({ path: e.field.split('.'), message: e.message });
  return issues.length === 0 ? parsed : { success: false, error: { issues } };
}
