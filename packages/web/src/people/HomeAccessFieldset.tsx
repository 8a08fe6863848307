// "Getting into the home": how to get in and the key safe code, for staff who may see them.
import { TextInput, Textarea } from '../components/fields';
import type { PersonFieldsProps } from './person-fields-props';

export function HomeAccessFieldset({ form, setIn, errorFor }: PersonFieldsProps) {
  return (
    <fieldset className="nhsuk-fieldset hearth-section">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Getting into the home</h2>
      </legend>
      <div className="nhsuk-hint">Only staff working in the person&rsquo;s service can see these details.</div>
      <Textarea
        name="accessDetails.howToGetIn"
        label="How to get in (optional)"
        hint="For example, use the side door; ring twice and wait"
        value={form.accessDetails.howToGetIn}
        onChange={(v) => {
          setIn('accessDetails', { howToGetIn: v });
        }}
        error={errorFor('accessDetails.howToGetIn')}
      />
      <TextInput
        name="accessDetails.keySafeCode"
        label="Key safe code (optional)"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        value={form.accessDetails.keySafeCode}
        onChange={(v) => {
          setIn('accessDetails', { keySafeCode: v });
        }}
        error={errorFor('accessDetails.keySafeCode')}
      />
    </fieldset>
  );
}
