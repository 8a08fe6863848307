// The person's address.
import { TextInput } from '../components/fields';
import type { PersonFieldsProps } from './person-fields-props';

export function AddressFieldset({ form, setIn, errorFor }: PersonFieldsProps) {
  return (
    <fieldset className="nhsuk-fieldset hearth-section">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Address</h2>
      </legend>
      <TextInput
        name="address.line1"
        label="Address line 1"
        autoComplete="off"
        value={form.address.line1}
        onChange={(v) => {
          setIn('address', { line1: v });
        }}
        error={errorFor('address.line1')}
      />
      <TextInput
        name="address.line2"
        label="Address line 2 (optional)"
        autoComplete="off"
        value={form.address.line2}
        onChange={(v) => {
          setIn('address', { line2: v });
        }}
        error={errorFor('address.line2')}
      />
      <TextInput
        name="address.town"
        label="Town or city"
        autoComplete="off"
        widthClass="nhsuk-u-width-two-thirds"
        value={form.address.town}
        onChange={(v) => {
          setIn('address', { town: v });
        }}
        error={errorFor('address.town')}
      />
      <TextInput
        name="address.postcode"
        label="Postcode"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        value={form.address.postcode}
        onChange={(v) => {
          setIn('address', { postcode: v });
        }}
        error={errorFor('address.postcode')}
      />
    </fieldset>
  );
}
