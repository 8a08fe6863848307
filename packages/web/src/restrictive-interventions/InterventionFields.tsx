// The questions of the restrictive-intervention form, in the order they are lived: what and when, who, why, what was
// tried first, what was done, the plan, injuries and the person's view. Each is bound to its error by the schema's path.
import {
  restrictiveInterventionKindLabels,
  restrictiveInterventionKinds,
  restrictiveInterventionPlanAnswers,
  restrictiveInterventionPlanLabels,
  restrictiveInterventionPrnAnswers,
  restrictiveInterventionPrnLabels,
  type RestrictiveInterventionAbcChoice,
} from '@hearth/core';
import type { ReactNode } from 'react';
import { DateInput } from '../components/DateInput';
import { Select, Textarea, TextInput } from '../components/fields';
import { formatDateTime } from '../format';
import { Radios } from '../plan/Radios';
import { TimeInput } from '../visit-records/TimeInput';
import type { InterventionForm, YesNo } from './intervention-form-state';
import { ListFieldset } from './ListFieldset';

export interface FieldsProps {
  form: InterventionForm;
  set: (patch: Partial<InterventionForm>) => void;
  errorFor: (path: string) => string | undefined;
  /** The person's name as staff use it. */
  name: string;
  abcChoices: RestrictiveInterventionAbcChoice[];
}

const kindHints: Record<(typeof restrictiveInterventionKinds)[number], string> = {
  physical: 'holding or guiding the person\u2019s body, including a guided escort',
  seclusion: 'keeping the person alone in a room or area they cannot leave',
  chemical: 'medicine given to calm or sedate the person in response to their behaviour',
  mechanical: 'a device that restricts movement, such as a belt or splint',
};

const yesNoOptions = (conditional: ReactNode) => [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes', conditional },
];

export function InterventionFields({ form, set, errorFor, name, abcChoices }: FieldsProps) {
  return (
    <>
      <Radios
        name="kind"
        legend="What kind of restrictive intervention was used?"
        legendClassName="nhsuk-fieldset__legend--m"
        value={form.kind}
        options={restrictiveInterventionKinds.map((k) => ({ value: k, label: restrictiveInterventionKindLabels[k] }))}
        onChange={(kind) => {
          set({ kind });
        }}
        hint={
          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
            {restrictiveInterventionKinds.map((k) => (
              <li key={k}>
                {restrictiveInterventionKindLabels[k]}: {kindHints[k]}
              </li>
            ))}
          </ul>
        }
        error={errorFor('kind')}
      />
      <DateInput
        name="startedOn"
        legend="Date it started"
        hint="For example, 14 3 2026"
        value={form.startedOn}
        onChange={(startedOn) => {
          set({ startedOn });
        }}
        error={errorFor('startedOn')}
      />
      <TimeInput
        name="startedTime"
        label="Time it started"
        hint="On the 24-hour clock, for example 16:25"
        value={form.startedTime}
        onChange={(startedTime) => {
          set({ startedTime });
        }}
        error={errorFor('startedTime')}
      />
      <TextInput
        name="durationMinutes"
        label="How long it lasted, in minutes"
        hint="Round up to the nearest minute"
        inputMode="numeric"
        widthClass="nhsuk-input--width-4"
        value={form.durationMinutes}
        onChange={(durationMinutes) => {
          set({ durationMinutes });
        }}
        error={errorFor('durationMinutes')}
      />
      <ListFieldset
        name="body.staffInvolved"
        legend="The staff involved"
        hint="Everyone who took part, including anyone who only watched over the area"
        items={form.staff}
        onChange={(staff) => {
          set({ staff });
        }}
        blank={() => ({ name: '', role: '' })}
        itemName="member of staff"
        focusField="name"
        renderItem={(member, update, path, index) => (
          <div className="hearth-ri-staff">
            <TextInput
              name={`${path}.name`}
              label={`Name of member of staff ${index + 1}`}
              value={member.name}
              onChange={(v) => {
                update({ ...member, name: v });
              }}
              error={errorFor(`${path}.name`)}
            />
            <TextInput
              name={`${path}.role`}
              label={`Role of member of staff ${index + 1} (optional)`}
              value={member.role}
              onChange={(v) => {
                update({ ...member, role: v });
              }}
              error={errorFor(`${path}.role`)}
            />
          </div>
        )}
      />
      <Textarea
        name="body.reason"
        label="Why it was used"
        hint="What was happening, in plain words"
        value={form.reason}
        onChange={(reason) => {
          set({ reason });
        }}
        error={errorFor('body.reason')}
      />
      <Textarea
        name="body.riskAnswered"
        label="The risk it answered"
        hint={`The harm to ${name} or to others it prevented`}
        value={form.riskAnswered}
        onChange={(riskAnswered) => {
          set({ riskAnswered });
        }}
        error={errorFor('body.riskAnswered')}
      />
      <ListFieldset
        name="body.lessRestrictive.tried"
        legend="Less restrictive options tried first"
        hint="One on each line, such as talking with them, offering a walk, or giving space"
        items={form.tried}
        onChange={(tried) => {
          set({ tried });
        }}
        blank={() => ''}
        itemName="option"
        renderItem={(option, update, path, index) => (
          <TextInput name={path} label={`Option ${index + 1}`} value={option} onChange={update} error={errorFor(path)} />
        )}
      />
      <Textarea
        name="body.lessRestrictive.noneReason"
        label="If nothing less restrictive could be tried, why not (optional)"
        value={form.noneReason}
        onChange={(noneReason) => {
          set({ noneReason });
        }}
        error={errorFor('body.lessRestrictive.noneReason')}
      />
      <Textarea
        name="body.whatWasDone"
        label="What was done"
        hint="The holds or techniques used, where, and for how long each"
        value={form.whatWasDone}
        onChange={(whatWasDone) => {
          set({ whatWasDone });
        }}
        error={errorFor('body.whatWasDone')}
      />
      {form.kind === 'chemical' && <MedicineFields form={form} set={set} errorFor={errorFor} />}
      <Radios
        name="followedPlan"
        legend={`Did it follow ${name}\u2019s behaviour support plan?`}
        value={form.followedPlan}
        options={restrictiveInterventionPlanAnswers.map((a) => ({ value: a, label: restrictiveInterventionPlanLabels[a] }))}
        onChange={(followedPlan) => {
          set({ followedPlan });
        }}
        error={errorFor('followedPlan')}
      />
      <InjuryQuestion
        who={name}
        field="personInjury"
        answer={form.personInjured}
        details={form.personInjuryDetails}
        set={(injured, details) => {
          set({ personInjured: injured, personInjuryDetails: details });
        }}
        errorFor={errorFor}
      />
      <InjuryQuestion
        who="any member of staff"
        field="staffInjury"
        answer={form.staffInjured}
        details={form.staffInjuryDetails}
        set={(injured, details) => {
          set({ staffInjured: injured, staffInjuryDetails: details });
        }}
        errorFor={errorFor}
      />
      <Textarea
        name="body.personView"
        label={`${name}\u2019s view of what happened (optional)`}
        hint="In their own words, if they gave it"
        value={form.personView}
        onChange={(personView) => {
          set({ personView });
        }}
        error={errorFor('body.personView')}
      />
      {abcChoices.length > 0 && (
        <Select
          name="abcRecordId"
          label="The ABC record of the incident (optional)"
          placeholder="Not linked to an ABC record"
          value={form.abcRecordId}
          options={abcChoices.map((a) => ({
            value: a.id,
            label: `${formatDateTime(a.occurredAt)}: ${a.behaviour}${a.restrictiveInterventionUsed ? ' (restrictive intervention recorded)' : ''}`,
          }))}
          onChange={(abcRecordId) => {
            set({ abcRecordId });
          }}
          error={errorFor('abcRecordId')}
        />
      )}
    </>
  );
}

function MedicineFields({ form, set, errorFor }: Pick<FieldsProps, 'form' | 'set' | 'errorFor'>) {
  const medicine = form.medicine;
  const patch = (p: Partial<InterventionForm['medicine']>) => {
    set({ medicine: { ...medicine, ...p } });
  };
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">The medicine given</legend>
      <TextInput
        name="body.medicine.name"
        label="Medicine"
        value={medicine.name}
        onChange={(name) => {
          patch({ name });
        }}
        error={errorFor('body.medicine.name')}
      />
      <TextInput
        name="body.medicine.dose"
        label="Dose"
        hint="For example, 0.5 mg"
        widthClass="nhsuk-input--width-10"
        value={medicine.dose}
        onChange={(dose) => {
          patch({ dose });
        }}
        error={errorFor('body.medicine.dose')}
      />
      <TextInput
        name="body.medicine.route"
        label="How it was given (the route)"
        hint="For example, by mouth"
        value={medicine.route}
        onChange={(route) => {
          patch({ route });
        }}
        error={errorFor('body.medicine.route')}
      />
      <Radios
        name="body.medicine.prnProtocol"
        legend="Was a PRN (as needed) protocol followed?"
        value={medicine.prnProtocol}
        options={restrictiveInterventionPrnAnswers.map((a) => ({ value: a, label: restrictiveInterventionPrnLabels[a] }))}
        onChange={(prnProtocol) => {
          patch({ prnProtocol });
        }}
        error={errorFor('body.medicine.prnProtocol')}
      />
    </fieldset>
  );
}

interface InjuryProps {
  who: string;
  field: 'personInjury' | 'staffInjury';
  answer: YesNo;
  details: string;
  set: (answer: YesNo, details: string) => void;
  errorFor: (path: string) => string | undefined;
}

function InjuryQuestion({ who, field, answer, details, set, errorFor }: InjuryProps) {
  const detailsField = (
    <Textarea
      name={`body.${field}.details`}
      label="What the injuries were, and what was done about them"
      value={details}
      onChange={(v) => {
        set(answer, v);
      }}
      error={errorFor(`body.${field}.details`)}
    />
  );
  return (
    <Radios
      name={`body.${field}.injured`}
      legend={`Was ${who} injured?`}
      value={answer}
      options={yesNoOptions(detailsField)}
      onChange={(v) => {
        set(v === 'yes' ? 'yes' : 'no', details);
      }}
      error={errorFor(`body.${field}.injured`)}
    />
  );
}
