// "Risks and how they are managed".
import { Textarea } from '../../components/fields';
import { RepeatFieldset } from '../RepeatFieldset';
import { emptyRisk } from '../section-form';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function RisksFieldset({ form, setForm, errorFor, onFocusRequest }: SectionFieldsetProps) {
  return (
    <RepeatFieldset
      name="risks"
      heading="Risks and how they are managed"
      itemName="Risk"
      addLabel="Add a risk"
      items={form.risks}
      max={30}
      newItem={emptyRisk}
      firstField="risk"
      onFocusRequest={onFocusRequest}
      onChange={(risks) => {
        setField(setForm, 'risks', risks);
      }}
      renderItem={(risk, update, path) => (
        <>
          <Textarea
            name={`${path}.risk`}
            label="The risk"
            value={risk.risk}
            onChange={(v) => {
              update({ risk: v });
            }}
            error={errorFor(`${path}.risk`)}
            advice={fieldFindings(`${path}.risk`)}
          />
          <Textarea
            name={`${path}.howManaged`}
            label="How it is managed"
            value={risk.howManaged}
            onChange={(howManaged) => {
              update({ howManaged });
            }}
            error={errorFor(`${path}.howManaged`)}
            advice={fieldFindings(`${path}.howManaged`)}
          />
        </>
      )}
    />
  );
}
