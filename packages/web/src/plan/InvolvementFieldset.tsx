// "Who took part": the person, family, advocates, attorneys and staff who wrote the plan together, and how.
import { participantKinds, type Involvement } from '@hearth/core';
import { DateInput, dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { Select, TextInput } from '../components/fields';
import { RepeatFieldset } from './RepeatFieldset';
import { involvementHowLabels, participantKindLabels } from './plan-labels';
import { newItemId } from './section-form';

export interface InvolvementForm {
  id: string;
  kind: Involvement['kind'] | '';
  name: string;
  relationship: string;
  how: Involvement['how'] | '';
  date: DateParts;
}

export const involvementFormFrom = (list: readonly Involvement[]): InvolvementForm[] =>
  list.map((i) => ({
    id: newItemId(),
    kind: i.kind,
    name: i.name,
    relationship: i.relationship ?? '',
    how: i.how,
    date: dateToParts(i.date),
  }));

/** As typed, for the schema to check: an unchosen kind or "how" is left out so the schema names it. */
export const involvementBodyFrom = (list: readonly InvolvementForm[]) =>
  list.map((i) => ({
    kind: i.kind === '' ? undefined : i.kind,
    name: i.name,
    relationship: i.relationship.trim() === '' ? null : i.relationship,
    how: i.how === '' ? undefined : i.how,
    date: partsToDate(i.date),
  }));

const emptyInvolvement = (): InvolvementForm => ({
  id: newItemId(),
  kind: '',
  name: '',
  relationship: '',
  how: '',
  date: emptyDate,
});

interface Props {
  items: InvolvementForm[];
  onChange: (items: InvolvementForm[]) => void;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
}

export function InvolvementFieldset({ items, onChange, errorFor, onFocusRequest }: Props) {
  return (
    <RepeatFieldset
      name="involvement"
      heading="Who took part"
      hint="The person first, then anyone else who helped write this plan: family, friends, an advocate, an attorney, staff."
      itemName="Person taking part"
      addLabel="Add someone who took part"
      items={items}
      max={30}
      newItem={emptyInvolvement}
      firstField="kind"
      onFocusRequest={onFocusRequest}
      onChange={onChange}
      renderItem={(item, update, path) => (
        <>
          <Select
            name={`${path}.kind`}
            label="Who they are"
            placeholder="Choose who took part"
            options={participantKinds.map((k) => ({ value: k, label: participantKindLabels[k] }))}
            value={item.kind}
            onChange={(v) => {
              update({ kind: v as InvolvementForm['kind'] });
            }}
            error={errorFor(`${path}.kind`)}
          />
          <TextInput
            name={`${path}.name`}
            label="Name"
            autoComplete="off"
            value={item.name}
            onChange={(name) => {
              update({ name });
            }}
            error={errorFor(`${path}.name`)}
          />
          <TextInput
            name={`${path}.relationship`}
            label="Relationship or role (optional)"
            hint="For example, daughter, advocate or senior care worker"
            value={item.relationship}
            onChange={(relationship) => {
              update({ relationship });
            }}
            error={errorFor(`${path}.relationship`)}
          />
          <Select
            name={`${path}.how`}
            label="How they took part"
            placeholder="Choose how"
            options={(Object.keys(involvementHowLabels) as Involvement['how'][]).map((h) => ({
              value: h,
              label: involvementHowLabels[h],
            }))}
            value={item.how}
            onChange={(v) => {
              update({ how: v as InvolvementForm['how'] });
            }}
            error={errorFor(`${path}.how`)}
          />
          <DateInput
            name={`${path}.date`}
            legend="Date"
            hint="For example, 15 3 2026"
            value={item.date}
            onChange={(date) => {
              update({ date });
            }}
            error={errorFor(`${path}.date`)}
          />
        </>
      )}
    />
  );
}
