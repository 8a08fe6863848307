// An advance care plan: what matters to the person, their wishes for future care, who to involve, where copies
// are, and the treatment escalation plan and hospital passport that go with it.
import {
  advanceCarePlanBodySchema,
  capacityWhenMadeAnswers,
  capacityWhenMadeLabels,
  type AdvanceCarePlanBody,
} from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { TextInput } from '../../components/fields';
import {
  ChoiceField,
  chosen,
  DateField,
  dateValue,
  optionsFrom,
  TextAreaField,
  TextField,
  YesNoField,
  yesNoAnswer,
  yesNoValue,
  type FormBinding,
} from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Person {
  name: string;
  relationship: string;
}

interface Values {
  madeOn: DateParts;
  whatMatters: string;
  wishesForFutureCare: string;
  preferredPlaceOfCare: string;
  preferredPlaceOfDeath: string;
  peopleToInvolve: Person[];
  religiousAndCulturalWishes: string;
  /** One per line. */
  copiesHeldBy: string;
  capacityWhenMade: string;
  howMadeWithoutCapacity: string;
  tepInPlace: string;
  tepKeptAt: string;
  passportInPlace: string;
  passportKeptAt: string;
  passportReviewedOn: DateParts;
  reviewOn: DateParts;
}

function Fields({ form }: FieldsProps<Values>) {
  const v = form.values;
  return (
    <>
      <DateField form={form} field="madeOn" legend="Date the plan was made" />
      <ChoiceField
        form={form}
        field="capacityWhenMade"
        legend={`Did ${form.name} have capacity to make this plan?`}
        options={optionsFrom(capacityWhenMadeAnswers, capacityWhenMadeLabels)}
      />
      {v.capacityWhenMade === 'lacked_capacity' && (
        <TextAreaField
          form={form}
          field="howMadeWithoutCapacity"
          label={`Who made the plan, and how ${form.name}\u2019s wishes were found out`}
        />
      )}
      <TextAreaField
        form={form}
        field="whatMatters"
        label={`What matters to ${form.name}`}
        hint="In their own words where you can"
        rows={5}
      />
      <TextAreaField form={form} field="wishesForFutureCare" label="Their wishes for their future care" rows={5} />
      <TextField form={form} field="preferredPlaceOfCare" label="Where they would like to be cared for (optional)" />
      <TextField form={form} field="preferredPlaceOfDeath" label="Where they would like to die (optional)" />
      <TextAreaField form={form} field="religiousAndCulturalWishes" label="Religious and cultural wishes (optional)" />
      <PeopleToInvolve form={form} />
      <TextAreaField
        form={form}
        field="copiesHeldBy"
        label="Who holds a copy (optional)"
        hint="One person or place on each line, for example their GP"
      />
      <YesNoField
        form={form}
        field="tepInPlace"
        path="treatmentEscalationPlan.inPlace"
        legend="Is there a treatment escalation plan?"
      />
      {v.tepInPlace === 'yes' && (
        <TextField
          form={form}
          field="tepKeptAt"
          path="treatmentEscalationPlan.keptAt"
          label="Where the treatment escalation plan is kept"
        />
      )}
      <YesNoField form={form} field="passportInPlace" path="hospitalPassport.inPlace" legend="Is there a hospital passport?" />
      {v.passportInPlace === 'yes' && (
        <>
          <TextField
            form={form}
            field="passportKeptAt"
            path="hospitalPassport.keptAt"
            label="Where the hospital passport is kept"
          />
          <DateField
            form={form}
            field="passportReviewedOn"
            path="hospitalPassport.lastReviewedOn"
            legend="Date the hospital passport was last reviewed (optional)"
          />
        </>
      )}
      <DateField form={form} field="reviewOn" legend="Date the plan is next reviewed (optional)" />
    </>
  );
}

/** The people to involve in decisions about their care, as many as they name. */
function PeopleToInvolve({ form }: { form: FormBinding<Values> }) {
  const people = form.values.peopleToInvolve;
  const update = (index: number, patch: Partial<Person>) => {
    form.set({ peopleToInvolve: people.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  };
  return (
    <fieldset className="nhsuk-fieldset hearth-section">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        People to involve in decisions about their care
      </legend>
      {people.length === 0 && <p className="nhsuk-body">No one named yet.</p>}
      {people.map((person, index) => (
        <fieldset className="nhsuk-fieldset hearth-repeat" key={index}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Person {index + 1}</legend>
          <TextInput
            name={`peopleToInvolve.${index}.name`}
            label="Name"
            value={person.name}
            onChange={(name) => {
              update(index, { name });
            }}
            error={form.errorFor(`peopleToInvolve.${index}.name`)}
          />
          <TextInput
            name={`peopleToInvolve.${index}.relationship`}
            label={`How they know ${form.name}`}
            value={person.relationship}
            onChange={(relationship) => {
              update(index, { relationship });
            }}
            error={form.errorFor(`peopleToInvolve.${index}.relationship`)}
          />
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => {
              form.set({ peopleToInvolve: people.filter((_, i) => i !== index) });
            }}
          >
            Remove<span className="nhsuk-u-visually-hidden"> person {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        onClick={() => {
          form.set({ peopleToInvolve: [...people, { name: '', relationship: '' }] });
        }}
      >
        Add a person
      </button>
    </fieldset>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const advanceCarePlanForm: KindForm<Values, AdvanceCarePlanBody> = {
  empty: () => ({
    madeOn: emptyDate,
    whatMatters: '',
    wishesForFutureCare: '',
    preferredPlaceOfCare: '',
    preferredPlaceOfDeath: '',
    peopleToInvolve: [],
    religiousAndCulturalWishes: '',
    copiesHeldBy: '',
    capacityWhenMade: '',
    howMadeWithoutCapacity: '',
    tepInPlace: '',
    tepKeptAt: '',
    passportInPlace: '',
    passportKeptAt: '',
    passportReviewedOn: emptyDate,
    reviewOn: emptyDate,
  }),
  fromBody: (body) => ({
    madeOn: dateToParts(body.madeOn),
    whatMatters: body.whatMatters,
    wishesForFutureCare: body.wishesForFutureCare,
    preferredPlaceOfCare: body.preferredPlaceOfCare ?? '',
    preferredPlaceOfDeath: body.preferredPlaceOfDeath ?? '',
    peopleToInvolve: body.peopleToInvolve.map((p) => ({ ...p })),
    religiousAndCulturalWishes: body.religiousAndCulturalWishes ?? '',
    copiesHeldBy: body.copiesHeldBy.join('\n'),
    capacityWhenMade: body.capacityWhenMade,
    howMadeWithoutCapacity: body.howMadeWithoutCapacity ?? '',
    tepInPlace: yesNoAnswer(body.treatmentEscalationPlan.inPlace),
    tepKeptAt: body.treatmentEscalationPlan.keptAt ?? '',
    passportInPlace: yesNoAnswer(body.hospitalPassport.inPlace),
    passportKeptAt: body.hospitalPassport.keptAt ?? '',
    passportReviewedOn: dateToParts(body.hospitalPassport.lastReviewedOn),
    reviewOn: dateToParts(body.reviewOn),
  }),
  toBody: (v) => ({
    madeOn: dateValue(v.madeOn),
    whatMatters: v.whatMatters,
    wishesForFutureCare: v.wishesForFutureCare,
    preferredPlaceOfCare: v.preferredPlaceOfCare,
    preferredPlaceOfDeath: v.preferredPlaceOfDeath,
    peopleToInvolve: v.peopleToInvolve,
    religiousAndCulturalWishes: v.religiousAndCulturalWishes,
    copiesHeldBy: lines(v.copiesHeldBy),
    capacityWhenMade: chosen(v.capacityWhenMade),
    howMadeWithoutCapacity: v.capacityWhenMade === 'lacked_capacity' ? v.howMadeWithoutCapacity : null,
    treatmentEscalationPlan: { inPlace: yesNoValue(v.tepInPlace), keptAt: v.tepInPlace === 'yes' ? v.tepKeptAt : null },
    hospitalPassport: {
      inPlace: yesNoValue(v.passportInPlace),
      keptAt: v.passportInPlace === 'yes' ? v.passportKeptAt : null,
      lastReviewedOn: v.passportInPlace === 'yes' ? dateValue(v.passportReviewedOn) : null,
    },
    reviewOn: dateValue(v.reviewOn),
  }),
  check: (body) => advanceCarePlanBodySchema.safeParse(body),
  // Copies are typed one per line in one box, so an error about any line belongs to the box.
  placeErrors: (errors) => errors.map((e) => (e.field.startsWith('copiesHeldBy.') ? { ...e, field: 'copiesHeldBy' } : e)),
  intro: (name) =>
    `An advance care plan records what matters to ${name} and their wishes for their future care, so that everyone can follow them if ${name} cannot say at the time.`,
  Fields,
};
