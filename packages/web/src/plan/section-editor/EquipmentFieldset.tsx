// "Equipment": what the person uses, with notes.
import { TextInput, Textarea } from '../../components/fields';
import { RepeatFieldset } from '../RepeatFieldset';
import { emptyEquipment } from '../section-form';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function EquipmentFieldset({ form, setForm, errorFor, onFocusRequest }: SectionFieldsetProps) {
  return (
    <RepeatFieldset
      name="equipment"
      heading="Equipment"
      itemName="Equipment"
      addLabel="Add equipment"
      items={form.equipment}
      max={30}
      newItem={emptyEquipment}
      firstField="item"
      onFocusRequest={onFocusRequest}
      onChange={(equipment) => {
        setField(setForm, 'equipment', equipment);
      }}
      renderItem={(item, update, path) => (
        <>
          <TextInput
            name={`${path}.item`}
            label="Equipment"
            hint="For example, “Shower chair”"
            value={item.item}
            onChange={(v) => {
              update({ item: v });
            }}
            error={errorFor(`${path}.item`)}
            advice={fieldFindings(`${path}.item`)}
          />
          <Textarea
            name={`${path}.notes`}
            label="Notes (optional)"
            value={item.notes}
            onChange={(notes) => {
              update({ notes });
            }}
            error={errorFor(`${path}.notes`)}
            advice={fieldFindings(`${path}.notes`)}
          />
        </>
      )}
    />
  );
}
