// "How to support me, step by step": what care professionals do at each visit or time of day.
import { TextInput, Textarea } from '../../components/fields';
import { RepeatFieldset } from '../RepeatFieldset';
import { emptyStep } from '../section-form';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function StepsFieldset({ form, setForm, errorFor, onFocusRequest }: SectionFieldsetProps) {
  return (
    <RepeatFieldset
      name="steps"
      heading="How to support me, step by step"
      hint="What care professionals do at each visit or time of day."
      itemName="Step"
      addLabel="Add a step"
      items={form.steps}
      max={60}
      newItem={emptyStep}
      firstField="when"
      onFocusRequest={onFocusRequest}
      onChange={(steps) => {
        setField(setForm, 'steps', steps);
      }}
      renderItem={(step, update, path) => (
        <>
          <TextInput
            name={`${path}.when`}
            label="When"
            hint="The visit or time slot, for example “Morning visit”"
            value={step.when}
            onChange={(when) => {
              update({ when });
            }}
            error={errorFor(`${path}.when`)}
            advice={fieldFindings(`${path}.when`)}
          />
          <TextInput
            name={`${path}.time`}
            label="Time (optional)"
            hint="For example, 08:30"
            widthClass="nhsuk-input--width-5"
            value={step.time}
            onChange={(time) => {
              update({ time });
            }}
            error={errorFor(`${path}.time`)}
          />
          <Textarea
            name={`${path}.what`}
            label="What to do"
            value={step.what}
            onChange={(what) => {
              update({ what });
            }}
            error={errorFor(`${path}.what`)}
            advice={fieldFindings(`${path}.what`)}
          />
          <TextInput
            name={`${path}.who`}
            label="Who does it"
            hint="For example, “One care professional” or “I do this myself”"
            value={step.who}
            onChange={(who) => {
              update({ who });
            }}
            error={errorFor(`${path}.who`)}
            advice={fieldFindings(`${path}.who`)}
          />
        </>
      )}
    />
  );
}
