// "What I want to achieve": the person's goals, how they will be met, who is involved and by when.
import { DateInput } from '../../components/DateInput';
import { TextInput, Textarea } from '../../components/fields';
import { RepeatFieldset } from '../RepeatFieldset';
import { emptyOutcome } from '../section-form';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { FieldFindings, fieldFindings } from '../quality/FieldFindings';

export function OutcomesFieldset({ form, setForm, errorFor, onFocusRequest }: SectionFieldsetProps) {
  return (
    <RepeatFieldset
      name="outcomes"
      heading="What I want to achieve"
      hint="My goals, in my words, and how they will be met."
      itemName="Outcome"
      addLabel="Add an outcome"
      items={form.outcomes}
      max={30}
      newItem={emptyOutcome}
      firstField="goal"
      onFocusRequest={onFocusRequest}
      onChange={(outcomes) => {
        setField(setForm, 'outcomes', outcomes);
      }}
      renderItem={(outcome, update, path) => (
        <>
          <Textarea
            name={`${path}.goal`}
            label="My goal"
            value={outcome.goal}
            onChange={(goal) => {
              update({ goal });
            }}
            error={errorFor(`${path}.goal`)}
            advice={fieldFindings(`${path}.goal`)}
          />
          <Textarea
            name={`${path}.howMet`}
            label="How it will be met"
            value={outcome.howMet}
            onChange={(howMet) => {
              update({ howMet });
            }}
            error={errorFor(`${path}.howMet`)}
            advice={fieldFindings(`${path}.howMet`)}
          />
          <TextInput
            name={`${path}.whoInvolved`}
            label="Who is involved"
            value={outcome.whoInvolved}
            onChange={(whoInvolved) => {
              update({ whoInvolved });
            }}
            error={errorFor(`${path}.whoInvolved`)}
            advice={fieldFindings(`${path}.whoInvolved`)}
          />
          <DateInput
            name={`${path}.targetDate`}
            legend="Target date (optional)"
            hint="For example, 15 3 2026"
            value={outcome.targetDate}
            onChange={(targetDate) => {
              update({ targetDate });
            }}
            error={errorFor(`${path}.targetDate`)}
          />
          <FieldFindings name={`${path}.targetDate`} />
        </>
      )}
    />
  );
}
