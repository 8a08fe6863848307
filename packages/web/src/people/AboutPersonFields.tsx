// "About the person": names, pronouns, date of birth and NHS number.
import { DateInput } from '../components/DateInput';
import { TextInput } from '../components/fields';
import type { PersonFieldsProps } from './person-fields-props';

export function AboutPersonFields({ form, set, errorFor }: PersonFieldsProps) {
  return (
    <>
      <h2 className="nhsuk-heading-m">About the person</h2>
      <TextInput
        name="legalName"
        label="Legal name"
        hint="Their full name as it appears on official documents"
        autoComplete="off"
        spellCheck={false}
        value={form.legalName}
        onChange={(v) => {
          set('legalName', v);
        }}
        error={errorFor('legalName')}
      />
      <TextInput
        name="preferredName"
        label="Preferred name (optional)"
        hint="What they like to be called"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-20"
        value={form.preferredName}
        onChange={(v) => {
          set('preferredName', v);
        }}
        error={errorFor('preferredName')}
      />
      <TextInput
        name="pronouns"
        label="Pronouns (optional)"
        hint="For example, she/her, he/him or they/them"
        autoComplete="off"
        widthClass="nhsuk-input--width-10"
        value={form.pronouns}
        onChange={(v) => {
          set('pronouns', v);
        }}
        error={errorFor('pronouns')}
      />
      <DateInput
        name="dateOfBirth"
        legend="Date of birth"
        hint="For example, 2 3 1944"
        value={form.dateOfBirth}
        onChange={(v) => {
          set('dateOfBirth', v);
        }}
        error={errorFor('dateOfBirth')}
      />
      <TextInput
        name="nhsNumber"
        label="NHS number (optional)"
        hint="10 digits, for example 943 476 5919"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        value={form.nhsNumber}
        onChange={(v) => {
          set('nhsNumber', v);
        }}
        error={errorFor('nhsNumber')}
      />
    </>
  );
}
