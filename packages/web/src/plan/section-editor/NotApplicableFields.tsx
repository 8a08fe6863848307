// Marking a section as not applying, with the reason in the person's words.
import { Checkbox, Textarea } from '../../components/fields';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function NotApplicableFields({ form, setForm, errorFor }: Omit<SectionFieldsetProps, 'definition' | 'onFocusRequest'>) {
  return (
    <>
      <Checkbox
        name="notApplicable"
        label="This section does not apply"
        checked={form.notApplicable}
        onChange={(v) => {
          setField(setForm, 'notApplicable', v);
        }}
      />
      {form.notApplicable && (
        <Textarea
          name="notApplicable.reason"
          label="Why this section does not apply"
          hint="For example, “I do not take any medicines.”"
          value={form.notApplicableReason}
          onChange={(v) => {
            setField(setForm, 'notApplicableReason', v);
          }}
          error={errorFor('notApplicable.reason')}
          advice={fieldFindings('notApplicable.reason')}
        />
      )}
    </>
  );
}
