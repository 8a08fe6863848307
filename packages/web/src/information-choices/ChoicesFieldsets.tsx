// The fieldsets of the information choices form: who took part (the person, others as repeatable rows, the staff
// member), what was explained, and what they chose, with the dates.
import { recordKeepingOptionLabels, recordKeepingOptions, recordKeepingWays } from '@hearth/core';
import { DateInput } from '../components/DateInput';
import { ErrorMessage, TextInput, Textarea } from '../components/fields';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { Radios } from '../plan/Radios';
import { RepeatEntries } from '../plan/RepeatEntries';
import { newParticipant, withDiscussedOn, type ChoicesForm } from './choices-form';

export interface FieldsetProps {
  form: ChoicesForm;
  name: string;
  set: (patch: Partial<ChoicesForm>) => void;
  replace: (form: ChoicesForm) => void;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
}

export function WhoTookPartFieldset({ form, name, set, replace, errorFor, onFocusRequest }: FieldsetProps) {
  const othersError = errorFor('participants.others');
  return (
    <>
      <DateInput
        name="discussedOn"
        legend="When did you talk about it?"
        hint="For example, 15 3 2026"
        value={form.discussedOn}
        onChange={(v) => {
          replace(withDiscussedOn(form, v));
        }}
        error={errorFor('discussedOn')}
      />
      <Radios
        name="participants.personPresent"
        legend={`Did ${name} take part?`}
        value={form.personPresent}
        onChange={(v) => {
          set({ personPresent: v });
        }}
        error={errorFor('participants.personPresent')}
        options={[
          { value: 'yes', label: 'Yes' },
          {
            value: 'no',
            label: 'No',
            conditional: (
              <Textarea
                name="participants.personAbsentReason"
                label={`Why did ${name} not take part?`}
                hint="For example, in hospital and asked us to talk to their daughter"
                value={form.personAbsentReason}
                onChange={(v) => {
                  set({ personAbsentReason: v });
                }}
                error={errorFor('participants.personAbsentReason')}
              />
            ),
          },
        ]}
      />
      <div className={`nhsuk-form-group${othersError ? ' nhsuk-form-group--error' : ''}`}>
        <h3 className="nhsuk-heading-s">Who else took part</h3>
        <ErrorMessage id="participants-others-error" message={othersError} />
        <RepeatEntries
          name="participants.others"
          addId="participants-others"
          hint={`Relatives, friends, an advocate or an attorney, and how they know ${name}.`}
          itemName="Person"
          addLabel="Add someone who took part"
          items={form.others}
          max={10}
          newItem={newParticipant}
          firstField="name"
          onFocusRequest={onFocusRequest}
          onChange={(others) => {
            set({ others });
          }}
          renderItem={(item, update, path) => (
            <>
              <TextInput
                name={`${path}.name`}
                label="Name"
                value={item.name}
                onChange={(v) => {
                  update({ name: v });
                }}
                error={errorFor(`${path}.name`)}
              />
              <TextInput
                name={`${path}.relationship`}
                label={`How they know ${name}`}
                hint="For example, son, friend, advocate, attorney for health and welfare"
                value={item.relationship}
                onChange={(v) => {
                  update({ relationship: v });
                }}
                error={errorFor(`${path}.relationship`)}
              />
            </>
          )}
        />
      </div>
      <TextInput
        name="participants.staffMember"
        label="Staff member who took part"
        value={form.staffMember}
        onChange={(v) => {
          set({ staffMember: v });
        }}
        error={errorFor('participants.staffMember')}
      />
    </>
  );
}

export function WhatWasDecidedFieldset({ form, name, set, errorFor }: Omit<FieldsetProps, 'replace' | 'onFocusRequest'>) {
  return (
    <>
      <CheckboxGroup
        name="optionsExplained"
        legend="Which options did you explain?"
        hint="Explain each way their records can be kept and read, so the choice is theirs."
        values={form.optionsExplained}
        options={recordKeepingOptions.map((o) => ({ value: o, label: recordKeepingOptionLabels[o] }))}
        onChange={(v) => {
          set({ optionsExplained: v });
        }}
        error={errorFor('optionsExplained')}
      />
      <CheckboxGroup
        name="decision.ways"
        legend={`How does ${name} want their records kept?`}
        hint="Tick each way they chose. More than one is a mix."
        values={form.ways}
        options={recordKeepingWays.map((w) => ({ value: w, label: recordKeepingOptionLabels[w] }))}
        onChange={(v) => {
          set({ ways: v });
        }}
        error={errorFor('decision.ways')}
      />
      <Textarea
        name="decision.anythingElse"
        label="Anything else they said (optional)"
        hint="For example, where the folder is kept, or who reads the app. Who may be told what is recorded separately."
        value={form.anythingElse}
        onChange={(v) => {
          set({ anythingElse: v });
        }}
        error={errorFor('decision.anythingElse')}
      />
      <Textarea
        name="personsWords"
        label={`${name}\u2019s own words (optional)`}
        value={form.personsWords}
        onChange={(v) => {
          set({ personsWords: v });
        }}
        error={errorFor('personsWords')}
      />
      <DateInput
        name="reviewOn"
        legend="When should you talk about this again?"
        hint="We suggest a year from the conversation, or sooner if things change."
        value={form.reviewOn}
        onChange={(v) => {
          set({ reviewOn: v, reviewTouched: true });
        }}
        error={errorFor('reviewOn')}
      />
    </>
  );
}
