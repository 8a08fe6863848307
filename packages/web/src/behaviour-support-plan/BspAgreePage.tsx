// Agreeing the proposed version of the behaviour support plan: who agreed it (the person, named representatives with
// their relationship, or both), how the person took part, and their words. Once agreed it is the version in use.
import { bspAgreeBodySchema, bspPastDateErrors, bspSectionTitles, type BspPlanResponse } from '@hearth/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useFocusRequest } from '../plan/useFocusRequest';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { agreeBehaviourSupportPlanVersion, getBehaviourSupportPlan } from './bsp-api';
import { londonDateOf, newItemId } from './bsp-form';
import { bspPaths, type BspPageState } from './bsp-paths';
import { BspListFieldset } from './BspListFieldset';

interface AgreeForm {
  agreedOn: DateParts;
  personAgreed: '' | 'yes' | 'no';
  representatives: { id: string; name: string; relationship: string }[];
  howPersonTookPart: string;
  personsWords: string;
}

export function BspAgreePage() {
  const { person } = usePerson();
  const me = useMe();
  const plan = useLoaded(() => getBehaviourSupportPlan(person.id), [person.id]);
  const title = 'Agree the behaviour support plan';
  if (person.isReadOnly || !mayInService(me, 'agree', 'behaviour_support_plan', person.serviceId))
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'A senior care worker or registered manager records the agreement.'}
        </p>
      </>
    );
  if (plan.kind === 'loading') return <Loading what="Loading the behaviour support plan" />;
  if (plan.kind === 'failed') return <p className="nhsuk-body">{plan.message}</p>;
  if (!plan.value.proposed)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">There is no version waiting to be agreed.</p>
        <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
      </>
    );
  return <AgreeFormView plan={plan.value} proposed={plan.value.proposed} />;
}

function AgreeFormView({ plan, proposed }: { plan: BspPlanResponse; proposed: NonNullable<BspPlanResponse['proposed']> }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const focus = useFocusRequest();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<AgreeForm>({
    agreedOn: emptyDate,
    personAgreed: '',
    representatives: [],
    howPersonTookPart: '',
    personsWords: '',
  });
  const set = (patch: Partial<AgreeForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const body = () => ({
    agreement: {
      agreedOn: partsToDate(form.agreedOn),
      ...(form.personAgreed === '' ? {} : { personAgreed: form.personAgreed === 'yes' }),
      representatives: form.representatives.map(({ name: n, relationship }) => ({ name: n, relationship })),
      howPersonTookPart: form.howPersonTookPart,
      personsWords: form.personsWords,
    },
  });
  const {
    form: errors,
    saving,
    onSubmit,
  } = useCheckedSubmit({
    check: () => {
      const parsed = bspAgreeBodySchema.safeParse(body());
      if (!parsed.success) return parsed;
      const dates = bspPastDateErrors(
        'agreement.agreedOn',
        parsed.data.agreement.agreedOn,
        londonToday(),
        londonDateOf(proposed.recordedAt),
        'agreed',
      );
      return dates.length > 0 ? failedCheck(dates) : parsed;
    },
    send: () => agreeBehaviourSupportPlanVersion(person.id, proposed.version, body()),
    saved: () => {
      void navigate(bspPaths.plan(person.id), {
        state: { saved: 'agreement', version: proposed.version } satisfies BspPageState,
      });
    },
    refused: (error, form) => {
      if (!isApiError(error, 'conflict_stale_version') && !isApiError(error, 'conflict')) return false;
      form.setProblem(error.problem.detail ?? error.problem.title);
      return true;
    },
  });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
        <PageHeading
          title={`Agree version ${proposed.version} of the behaviour support plan`}
          caption={person.legalName}
          hasErrors={errors.hasErrors}
          skipFocus={errors.hasErrors}
        />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
        <p className="nhsuk-body">
          Why it was written: {proposed.changeReason}.{' '}
          {plan.inUse
            ? `It changes ${proposed.changedSections.map((k) => bspSectionTitles[k].toLowerCase()).join('; ') || 'nothing in the plan\u2019s sections'}.`
            : 'It is the first version.'}{' '}
          <Link to={bspPaths.version(person.id, proposed.version)}>Read version {proposed.version}</Link> with {name} before
          agreeing it.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="agreement.agreedOn"
            legend="Date it was agreed"
            value={form.agreedOn}
            error={errors.errorFor('agreement.agreedOn')}
            onChange={(agreedOn) => {
              set({ agreedOn });
            }}
          />
          <Radios
            name="agreement.personAgreed"
            legend={`Did ${name} agree the plan themselves?`}
            value={form.personAgreed}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No, others agreed it for them' },
            ]}
            error={errors.errorFor('agreement.personAgreed')}
            onChange={(v) => {
              set({ personAgreed: v as AgreeForm['personAgreed'] });
            }}
          />
          <BspListFieldset
            level={2}
            heading="Who else agreed it"
            name="agreement.representatives"
            hint="Family, an advocate, an attorney or deputy, or professionals such as a PBS practitioner."
            error={errors.errorFor('agreement.representatives')}
            itemName="Person"
            addLabel="Add someone who agreed it"
            items={form.representatives}
            max={10}
            newItem={() => ({ id: newItemId('a'), name: '', relationship: '' })}
            firstField="name"
            onFocusRequest={focus}
            onChange={(representatives) => {
              set({ representatives });
            }}
            renderItem={(item, update, path) => (
              <>
                <TextInput
                  name={`${path}.name`}
                  label="Name"
                  value={item.name}
                  error={errors.errorFor(`${path}.name`)}
                  onChange={(n) => {
                    update({ name: n });
                  }}
                />
                <TextInput
                  name={`${path}.relationship`}
                  label={`Relationship to ${name}`}
                  value={item.relationship}
                  error={errors.errorFor(`${path}.relationship`)}
                  onChange={(relationship) => {
                    update({ relationship });
                  }}
                />
              </>
            )}
          />
          <Textarea
            name="agreement.howPersonTookPart"
            label={`How ${name} took part`}
            hint="Where, when, in what format, who helped."
            value={form.howPersonTookPart}
            error={errors.errorFor('agreement.howPersonTookPart')}
            onChange={(howPersonTookPart) => {
              set({ howPersonTookPart });
            }}
          />
          <Textarea
            name="agreement.personsWords"
            label={`What ${name} said, in their words (optional)`}
            value={form.personsWords}
            error={errors.errorFor('agreement.personsWords')}
            onChange={(personsWords) => {
              set({ personsWords });
            }}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : `Agree version ${proposed.version}`}
          </button>
        </form>
      </div>
    </div>
  );
}
