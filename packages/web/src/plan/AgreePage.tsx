// Recording how the person agreed the draft (or who agreed it for them, and by what authority); then putting it into use.
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { assessKnownDecisionPath } from '../capacity/capacity-paths';
import {
  agreeBodySchema,
  agreementMethodLabels,
  agreementMethods,
  authorityKindLabels,
  planAgreementDecisionKey,
  authorityScopeLabels,
  type AgreementMethod,
  type CapacityRecordsResponse,
  type CarePlan,
  type PlanVersion,
  type SectionDefinition,
} from '@hearth/core';
import { agreeDraft, startUsingVersion } from '../api/care-plan';
import { isApiError } from '../api/client';
import { getCapacityRecords } from '../capacity-records/records-api';
import { DateInput, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { formatDate } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { Radios } from './Radios';
import { involvementHowLabels, participantKindLabels } from './plan-labels';
import { planPath, planPermissions } from './plan-model';
import { usePlanFormProblems } from './plan-errors';
import type { PlanPageState } from './PlanPage';
import { usePlanData } from './usePlanData';
import { useLoaded, type Loaded } from '../plan-views/useLoaded';
import { DraftQualitySummary } from './quality/PlanQualitySummary';
import './plan.css';

export function AgreePage() {
  const { person } = usePerson();
  const me = useMe();
  const { data, reload } = usePlanData(person.id);
  const [formKey, setFormKey] = useState(0);
  const [agreed, setAgreed] = useState<PlanVersion | null>(null);

  if (agreed) return <Agreed personId={person.id} version={agreed} />;
  if (data.kind === 'loading') return <Loading what="Loading the draft" />;
  if (data.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{data.message} Try again later.</p>
      </>
    );
  }
  if (!planPermissions(me, person).mayAgree || !data.plan.draft) {
    return (
      <>
        <PageHeading title={data.plan.draft ? 'You cannot agree this plan' : 'There is no draft to agree'} />
        <p className="nhsuk-body">
          {data.plan.draft
            ? 'Only senior care workers and registered managers in the person’s service can record that a plan was agreed.'
            : 'Start a new draft from the plan page, write it with the person, then agree it here.'}
        </p>
        <p className="nhsuk-body">
          <Link to={planPath(person.id)}>Go to the plan</Link>
        </p>
      </>
    );
  }
  return (
    <AgreeForm
      key={`${data.plan.draft.revision}-${formKey}`}
      personId={person.id}
      personName={person.legalName}
      plan={data.plan}
      definitions={data.sections}
      onAgreed={setAgreed}
      onReloadLatest={() => {
        void reload().then(() => {
          setFormKey((k) => k + 1);
        });
      }}
    />
  );
}

function todayParts(): DateParts {
  const now = new Date();
  return { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
}

interface FormProps {
  personId: string;
  personName: string;
  plan: CarePlan;
  definitions: readonly SectionDefinition[];
  onAgreed: (version: PlanVersion) => void;
  onReloadLatest: () => void;
}

function AgreeForm({ personId, personName, plan, definitions, onAgreed, onReloadLatest }: FormProps) {
  const draft = plan.draft;
  const [method, setMethod] = useState<AgreementMethod | ''>('');
  const [agreedBy, setAgreedBy] = useState('');
  const [date, setDate] = useState<DateParts>(todayParts);
  const [witness, setWitness] = useState('');
  const [authorityId, setAuthorityId] = useState('');
  const authorities = useLoaded(() => getCapacityRecords(personId), [personId]);
  const [bestInterestsDecision, setBestInterestsDecision] = useState('');
  const problems = usePlanFormProblems(onReloadLatest);
  const { errorFor, hasErrors, isSaving } = problems;
  if (!draft) return null;
  const involvement = draft.content.involvement;
  const personTookPart = involvement.some((i) => i.kind === 'person');

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    problems.begin();
    const body = {
      revision: draft.revision,
      agreement: {
        method: method === '' ? undefined : method,
        agreedBy,
        date: partsToDate(date),
        witness: method === 'verbal_with_witness' ? witness : null,
        // The server keeps the chosen record's id and writes the authority in words from it.
        authority: null,
        authorityId: method === 'attorney_or_deputy' && authorityId !== '' ? authorityId : null,
        bestInterestsDecision: method === 'best_interests' ? bestInterestsDecision : null,
      },
    };
    // "agreement.witness" → "witness"; the server's "involvement" points at the list of who took part.
    const fieldFor = (field: string) =>
      field.startsWith('agreement.') ? field.slice('agreement.'.length) : field === 'involvement' ? 'involvement' : null;
    const parsed = agreeBodySchema.safeParse(body);
    if (!parsed.success) {
      problems.show(fieldErrorsFromIssues(parsed.error.issues), fieldFor);
      return;
    }
    await problems.send(async () => {
      onAgreed(await agreeDraft(personId, parsed.data));
    }, fieldFor);
  };

  const involvementError = errorFor('involvement');
  const conditionalText = (
    name: 'witness' | 'bestInterestsDecision',
    label: string,
    hint: string,
    value: string,
    onChange: (v: string) => void,
  ) => <TextInput name={name} label={label} hint={hint} value={value} onChange={onChange} error={errorFor(name)} />;

  return (
    <>
      {problems.summary}
      <PageHeading
        title={`Agree version ${draft.version} of the plan`}
        caption={personName}
        hasErrors={hasErrors}
        skipFocus={hasErrors}
      />
      <p className="nhsuk-body">Once agreed, this version cannot be changed. Any later change starts a new draft.</p>
      <DraftQualitySummary
        plan={plan}
        content={draft.content}
        definitions={definitions}
        sectionPath={(key) => `${planPath(personId)}/draft/sections/${key}`}
      />

      <div className={`nhsuk-form-group${involvementError ? ' nhsuk-form-group--error' : ''}`}>
        <h2 className="nhsuk-heading-m" id="involvement" tabIndex={-1}>
          Who took part
        </h2>
        {involvementError && (
          <span className="nhsuk-error-message" id="involvement-error">
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {involvementError}
          </span>
        )}
        {involvement.length === 0 ? (
          <p className="nhsuk-body">No one is recorded as taking part.</p>
        ) : (
          <SummaryList
            rows={involvement.map((i) => ({
              key: `${i.name}${i.relationship ? `, ${i.relationship}` : ''}`,
              value: `${participantKindLabels[i.kind]}: ${involvementHowLabels[i.how].toLowerCase()}, ${formatDate(i.date)}`,
            }))}
          />
        )}
        {!personTookPart && (
          <div className="nhsuk-warning-callout">
            <h3 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                The person’s involvement is not recorded
              </span>
            </h3>
            <p>A plan can only be agreed once it records how the person took part in writing it.</p>
          </div>
        )}
        <p className="nhsuk-body">
          <Link to={`${planPath(personId)}/draft`}>Change who took part</Link>
        </p>
      </div>

      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios
          name="method"
          legend={<h2 className="nhsuk-fieldset__heading">How was the plan agreed?</h2>}
          legendClassName="nhsuk-fieldset__legend--m"
          value={method}
          onChange={(v) => {
            setMethod(v as AgreementMethod);
          }}
          error={errorFor('method')}
          options={agreementMethods.map((m) => ({
            value: m,
            label: agreementMethodLabels[m],
            conditional:
              m === 'verbal_with_witness'
                ? conditionalText('witness', 'Who witnessed the agreement', 'Their name and role', witness, setWitness)
                : m === 'attorney_or_deputy'
                  ? (
                      <AuthorityChoice
                        personId={personId}
                        personName={personName}
                        records={authorities}
                        value={authorityId}
                        error={errorFor('authorityId')}
                        onChange={(id, holderName) => {
                          setAuthorityId(id);
                          if (agreedBy.trim() === '' && holderName) setAgreedBy(holderName);
                        }}
                      />
                    )
                  : m === 'best_interests'
                    ? conditionalText(
                        'bestInterestsDecision',
                        'Where the best-interests decision is recorded',
                        'For example, the date and title of the decision record',
                        bestInterestsDecision,
                        setBestInterestsDecision,
                      )
                    : undefined,
          }))}
        />
        <TextInput
          name="agreedBy"
          label="Who agreed the plan"
          hint="The person’s name, or the name of the attorney, deputy or decision maker"
          autoComplete="off"
          value={agreedBy}
          onChange={setAgreedBy}
          error={errorFor('agreedBy')}
        />
        <DateInput
          name="date"
          legend="Date agreed"
          hint="For example, 15 3 2026"
          value={date}
          onChange={setDate}
          error={errorFor('date')}
        />
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={isSaving}>
            Agree the plan
          </button>
          <Link className="nhsuk-link" to={planPath(personId)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

interface AuthorityChoiceProps {
  personId: string;
  personName: string;
  records: Loaded<CapacityRecordsResponse>;
  value: string;
  error: string | undefined;
  onChange: (id: string, holderName: string | null) => void;
}

/**
 * The lasting power of attorney or deputyship on the person's record the attorney or deputy agrees under. Every one
 * in force is offered; the server says plainly if the one chosen does not cover agreeing the plan.
 */
function AuthorityChoice({ personId, personName, records, value, error, onChange }: AuthorityChoiceProps) {
  if (records.kind === 'loading') return <Loading what="Loading the lasting powers of attorney and deputyships" />;
  const current = records.kind === 'ready' ? records.value.legalAuthorities.filter((r) => r.current) : [];
  const recordsLink = <Link to={`/people/${personId}/capacity-records`}>capacity and consent records</Link>;
  return (
    <>
      {records.kind === 'failed' && <p className="nhsuk-body">{records.message}</p>}
      {records.kind === 'ready' && current.length === 0 && (
        <p className="nhsuk-body">
          No lasting power of attorney or deputyship is recorded for {personName}. Record it in their {recordsLink} first.
        </p>
      )}
      <Select
        name="authorityId"
        label="The lasting power of attorney or deputyship they hold"
        hint="It must cover agreeing the plan: a registered health and welfare lasting power of attorney or a deputyship, with the document seen, and an assessment finding the person lacks capacity to agree their plan."
        placeholder="Choose the authority"
        value={value}
        error={error}
        options={current.map((r) => ({
          value: r.id,
          label: `${r.body.holderName}: ${authorityKindLabels[r.body.kind]} (${authorityScopeLabels[r.body.scope].toLowerCase()})`,
        }))}
        onChange={(id) => {
          onChange(id, current.find((r) => r.id === id)?.body.holderName ?? null);
        }}
      />
      {records.kind === 'ready' && current.length > 0 && (
        <p className="nhsuk-body">Not listed? Record it in their {recordsLink}.</p>
      )}
      <p className="nhsuk-body">
        No assessment yet of whether {personName} can agree their plan?{' '}
        <Link to={assessKnownDecisionPath(personId, planAgreementDecisionKey)}>Assess their capacity to agree the plan</Link>.
      </p>
    </>
  );
}

/** After agreeing: offer to put the version into use straight away. */
function Agreed({ personId, version }: { personId: string; version: PlanVersion }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [isBusy, setBusy] = useState(false);
  const putIntoUse = async () => {
    setAttempt((n) => n + 1);
    setProblem(undefined);
    setBusy(true);
    try {
      await startUsingVersion(personId, version.version);
      void navigate(planPath(personId), {
        state: { notice: `Version ${version.version} is now in use` } satisfies PlanPageState,
      });
    } catch (error) {
      setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary errors={[]} description={problem} focusKey={attempt} />
      <NotificationBanner variant="success">
        <p className="nhsuk-notification-banner__heading">Version {version.version} of the plan has been agreed</p>
      </NotificationBanner>
      <PageHeading
        title={`Version ${version.version} agreed`}
        hasErrors={problem !== undefined}
        skipFocus={problem !== undefined}
      />
      <p className="nhsuk-body">
        Care workers follow the version in use. Put this version into use when support should follow it.
      </p>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" disabled={isBusy} onClick={() => void putIntoUse()}>
          Put into use
        </button>
        <Link className="nhsuk-link" to={planPath(personId)}>
          Not yet, go to the plan
        </Link>
      </div>
    </>
  );
}
