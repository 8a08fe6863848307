// The person's GP.
import { TextInput } from '../components/fields';
import type { PersonFieldsProps } from './person-fields-props';

export function GpFieldset({ form, setIn, errorFor }: PersonFieldsProps) {
  return (
    <fieldset className="nhsuk-fieldset hearth-section" id="gp">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">GP (optional)</h2>
      </legend>
      <TextInput
        name="gp.practice"
        label="GP practice"
        autoComplete="off"
        value={form.gp.practice}
        onChange={(v) => {
          setIn('gp', { practice: v });
        }}
        error={errorFor('gp.practice')}
      />
      <TextInput
        name="gp.name"
        label="GP name (optional)"
        autoComplete="off"
        value={form.gp.name}
        onChange={(v) => {
          setIn('gp', { name: v });
        }}
        error={errorFor('gp.name')}
      />
      <TextInput
        name="gp.phone"
        label="GP phone number (optional)"
        type="tel"
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
        value={form.gp.phone}
        onChange={(v) => {
          setIn('gp', { phone: v });
        }}
        error={errorFor('gp.phone')}
      />
    </fieldset>
  );
}
