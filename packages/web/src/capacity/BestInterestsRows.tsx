// The best-interests form's lists of rows: the people consulted and the less restrictive options considered, each
// row added and removed by button with focus following, so the lists work from the keyboard.
import { consultedRelationshipLabels, consultedRelationships } from '@hearth/core';
import { ErrorMessage, Select, TextInput, Textarea } from '../components/fields';
import { RepeatEntries } from '../plan/RepeatEntries';
import { newConsulted, newOption } from './best-interests-form';
import type { BestInterestsFieldsProps } from './BestInterestsFieldsets';

interface ListProps extends BestInterestsFieldsProps {
  onFocusRequest: (id: string) => void;
}

export function ConsultedFields({ form, name, set, errorFor, onFocusRequest }: ListProps) {
  const listError = errorFor('consulted');
  return (
    <div className={`nhsuk-form-group${listError ? ' nhsuk-form-group--error' : ''}`}>
      <ErrorMessage id="consulted-error" message={listError} />
      <RepeatEntries
        name="consulted"
        addId="consulted"
        hint={`Anyone ${name} named, anyone caring for them or interested in their welfare, and any attorney or deputy. Where there is no one suitable, an Independent Mental Capacity Advocate (IMCA).`}
        itemName="Person consulted"
        addLabel="Add a person consulted"
        items={form.consulted}
        max={20}
        newItem={newConsulted}
        firstField="name"
        onFocusRequest={onFocusRequest}
        onChange={(consulted) => {
          set({ consulted });
        }}
        renderItem={(item, update, path) => (
          <>
            <TextInput
              name={`${path}.name`}
              label="Name"
              value={item.name}
              autoComplete="off"
              onChange={(v) => {
                update({ name: v });
              }}
              error={errorFor(`${path}.name`)}
            />
            <Select
              name={`${path}.relationship`}
              label={`How they know ${name}`}
              placeholder="Choose one"
              value={item.relationship}
              options={consultedRelationships.map((r) => ({ value: r, label: consultedRelationshipLabels[r] }))}
              onChange={(v) => {
                update({ relationship: consultedRelationships.find((r) => r === v) ?? '' });
              }}
              error={errorFor(`${path}.relationship`)}
            />
            <Textarea
              name={`${path}.views`}
              label="Their views"
              hint={`Including what they think ${name} would want.`}
              value={item.views}
              onChange={(v) => {
                update({ views: v });
              }}
              error={errorFor(`${path}.views`)}
            />
          </>
        )}
      />
    </div>
  );
}

export function OptionsFields({ form, set, errorFor, onFocusRequest }: ListProps) {
  const listError = errorFor('lessRestrictiveOptions');
  return (
    <div className={`nhsuk-form-group${listError ? ' nhsuk-form-group--error' : ''}`}>
      <ErrorMessage id="lessRestrictiveOptions-error" message={listError} />
      <RepeatEntries
        name="lessRestrictiveOptions"
        addId="lessRestrictiveOptions"
        hint="Before deciding, consider whether the purpose can be met in a way that restricts their rights and freedom less."
        itemName="Option"
        addLabel="Add an option considered"
        items={form.options}
        max={10}
        newItem={newOption}
        firstField="option"
        onFocusRequest={onFocusRequest}
        onChange={(options) => {
          set({ options });
        }}
        renderItem={(item, update, path) => (
          <>
            <TextInput
              name={`${path}.option`}
              label="The option"
              value={item.option}
              autoComplete="off"
              onChange={(v) => {
                update({ option: v });
              }}
              error={errorFor(`${path}.option`)}
            />
            <Textarea
              name={`${path}.assessment`}
              label="Why it was or was not chosen"
              hint="What it would restrict, and whether it meets the need."
              value={item.assessment}
              onChange={(v) => {
                update({ assessment: v });
              }}
              error={errorFor(`${path}.assessment`)}
            />
          </>
        )}
      />
    </div>
  );
}
