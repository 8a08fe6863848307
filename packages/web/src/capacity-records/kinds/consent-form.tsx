// Consent to a care activity or a plan section: who decided, their answer and how they gave it, in their own words;
// or the attorney, deputy or best-interests decision it rests on.
import {
  authorityKindLabels,
  authorityScopeLabels,
  consentBases,
  consentBasisLabels,
  consentBodySchema,
  consentMethodLabels,
  consentMethods,
  type ConsentBody,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { getCapacity } from '../../api/capacity';
import { getSectionDefinitions } from '../../api/plan-views';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { useLoaded } from '../../plan-views/useLoaded';
import {
  ChoiceField,
  chosen,
  DateField,
  dateValue,
  optionsFrom,
  SelectField,
  TextAreaField,
  TextField,
  type FormBinding,
} from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';
import { recordFormPath } from '../record-kinds';
import { recordsOf } from '../records-api';

interface Values {
  scopeKind: string;
  sectionKey: string;
  activity: string;
  basis: string;
  answer: string;
  decidedOn: DateParts;
  method: string;
  methodDetail: string;
  personsWords: string;
  authorityId: string;
  bestInterestsDecisionId: string;
  afterRefusal: string;
}

const scopeKindOptions = [
  { value: 'care_activity', label: 'A care activity, such as help with washing or having a photograph taken' },
  { value: 'plan_section', label: 'A section of their care and support plan' },
];

const answerOptions = [
  { value: 'given', label: 'Consent given' },
  { value: 'refused', label: 'Consent refused' },
];

function Fields({ form, personId, records }: FieldsProps<Values>) {
  const { scopeKind, basis, answer, method } = form.values;
  const authorities = recordsOf(records, 'legal_authority').filter((r) => r.current);
  return (
    <>
      <ChoiceField form={form} field="scopeKind" path="scope.kind" legend="What is the consent for?" options={scopeKindOptions} />
      {scopeKind === 'care_activity' && (
        <TextField form={form} field="activity" path="scope.activity" label="The care activity" />
      )}
      {scopeKind === 'plan_section' && <SectionChoice form={form} />}
      <ChoiceField form={form} field="basis" legend="Who decided?" options={optionsFrom(consentBases, consentBasisLabels)} />
      {basis === 'legal_authority' &&
        (authorities.length === 0 ? (
          <p className="nhsuk-body">
            No lasting power of attorney or deputyship is recorded.{' '}
            <Link to={recordFormPath(personId, 'legal_authority')}>Record it first</Link>.
          </p>
        ) : (
          <SelectField
            form={form}
            field="authorityId"
            label="The lasting power of attorney or deputyship relied on"
            placeholder="Choose one"
            options={authorities.map((a) => ({
              value: a.id,
              label: `${a.body.holderName}: ${authorityKindLabels[a.body.kind].toLowerCase()}, ${authorityScopeLabels[a.body.scope].toLowerCase()}`,
            }))}
          />
        ))}
      {basis === 'best_interests' && <BestInterestsChoice form={form} personId={personId} />}
      {basis !== 'best_interests' && (
        <ChoiceField form={form} field="answer" legend="What was decided?" options={answerOptions} />
      )}
      <DateField form={form} field="decidedOn" legend="Date it was decided" />
      {basis === 'person' && (
        <>
          <ChoiceField
            form={form}
            field="method"
            legend={`How did ${form.name} give their answer?`}
            options={optionsFrom(consentMethods, consentMethodLabels)}
          />
          {method === 'other' && <TextField form={form} field="methodDetail" label="How they gave their answer" />}
        </>
      )}
      <TextAreaField
        form={form}
        field="personsWords"
        label={
          answer === 'refused' && basis === 'person'
            ? `What ${form.name} said or showed`
            : `What ${form.name} said or showed (optional)`
        }
        hint="In their own words where you can"
      />
      {answer === 'refused' && basis !== 'best_interests' && (
        <TextAreaField
          form={form}
          field="afterRefusal"
          label="What happens next (optional)"
          hint={`What was offered instead, or agreed with ${form.name}. Refusing is their right: record it, do not argue it`}
        />
      )}
    </>
  );
}

function SectionChoice({ form }: { form: FormBinding<Values> }) {
  const sections = useLoaded(getSectionDefinitions, []);
  if (sections.kind === 'loading') return <Loading what="Loading the plan sections" />;
  if (sections.kind === 'failed') return <p className="nhsuk-body">{sections.message}</p>;
  return (
    <SelectField
      form={form}
      field="sectionKey"
      path="scope.sectionKey"
      label="The plan section"
      placeholder="Choose a section"
      options={sections.value.map((s) => ({ value: s.key, label: s.title }))}
    />
  );
}

function BestInterestsChoice({ form, personId }: { form: FormBinding<Values>; personId: string }) {
  const capacity = useLoaded(() => getCapacity(personId), [personId]);
  if (capacity.kind === 'loading') return <Loading what="Loading the best-interests decisions" />;
  if (capacity.kind === 'failed') return <p className="nhsuk-body">{capacity.message}</p>;
  const decisions = capacity.value.bestInterestsDecisions;
  if (decisions.length === 0)
    return (
      <p className="nhsuk-body">No best-interests decision is recorded. Record the capacity assessment and the decision first.</p>
    );
  return (
    <SelectField
      form={form}
      field="bestInterestsDecisionId"
      label="The best-interests decision it rests on"
      placeholder="Choose a decision"
      options={decisions.map((d) => ({ value: d.id, label: `${d.decision} (decided ${formatDate(d.decidedOn)})` }))}
    />
  );
}

export const consentForm: KindForm<Values, ConsentBody> = {
  empty: () => ({
    scopeKind: '',
    sectionKey: '',
    activity: '',
    basis: '',
    answer: '',
    decidedOn: emptyDate,
    method: '',
    methodDetail: '',
    personsWords: '',
    authorityId: '',
    bestInterestsDecisionId: '',
    afterRefusal: '',
  }),
  fromBody: (body) => ({
    scopeKind: body.scope.kind,
    sectionKey: body.scope.kind === 'plan_section' ? body.scope.sectionKey : '',
    activity: body.scope.kind === 'care_activity' ? body.scope.activity : '',
    basis: body.basis,
    answer: body.answer ?? '',
    decidedOn: dateToParts(body.decidedOn),
    method: body.method ?? '',
    methodDetail: body.methodDetail ?? '',
    personsWords: body.personsWords ?? '',
    authorityId: body.authorityId ?? '',
    bestInterestsDecisionId: body.bestInterestsDecisionId ?? '',
    afterRefusal: body.afterRefusal ?? '',
  }),
  toBody: (v) => {
    // Only what the chosen answers ask for is sent: a best-interests decision has no given or refused, and so on.
    const scope =
      v.scopeKind === 'plan_section'
        ? { kind: v.scopeKind, sectionKey: chosen(v.sectionKey) }
        : { kind: chosen(v.scopeKind), activity: v.activity };
    const byPerson = v.basis === 'person';
    const answered = v.basis !== 'best_interests';
    return {
      scope,
      basis: chosen(v.basis),
      answer: answered ? chosen(v.answer) : null,
      decidedOn: dateValue(v.decidedOn),
      method: byPerson ? chosen(v.method) : null,
      methodDetail: byPerson && v.method === 'other' ? v.methodDetail : null,
      personsWords: v.personsWords,
      authorityId: v.basis === 'legal_authority' ? chosen(v.authorityId) : null,
      bestInterestsDecisionId: v.basis === 'best_interests' ? chosen(v.bestInterestsDecisionId) : null,
      afterRefusal: answered && v.answer === 'refused' ? v.afterRefusal : null,
    };
  },
  check: (body) => consentBodySchema.safeParse(body),
  // The section key's own message speaks of its format, which a list of sections never gets wrong.
  placeErrors: (errors) =>
    errors.map((e) => (e.field === 'scope.sectionKey' ? { field: e.field, message: 'Choose the plan section' } : e)),
  intro: (name) =>
    `Ask ${name} before care is given, in the way they understand best. Their answer is theirs to give: a refusal is recorded in their words and respected.`,
  Fields,
};
