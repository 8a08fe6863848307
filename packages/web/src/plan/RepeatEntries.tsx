// The entries of a list the user adds to and removes from, and its add button: each entry in its own fieldset;
// focus goes to a new entry's first field, or back to the add button after removing one. RepeatFieldset (a
// section's own list) and AssessmentList (a list inside the risk assessments) wrap it with their own heading.
import type { ReactNode } from 'react';
import { fieldId } from '../forms/field-ids';

export interface RepeatListProps<T extends { id: string }> {
  /** The list's path, such as "steps" or "riskAssessments.general": entries are "steps.0", "steps.1" … */
  name: string;
  hint?: ReactNode;
  /** "Step" → legends "Step 1", "Step 2", and "Remove step 1". */
  itemName: string;
  addLabel: string;
  items: T[];
  max: number;
  onChange: (items: T[]) => void;
  newItem: () => T;
  /** The field of an entry to focus when it is added. */
  firstField: string;
  onFocusRequest: (id: string) => void;
  renderItem: (item: T, update: (patch: Partial<T>) => void, path: string) => ReactNode;
}

interface Props<T extends { id: string }> extends RepeatListProps<T> {
  /** The add button's id, where focus returns after a removal. */
  addId: string;
}

export function RepeatEntries<T extends { id: string }>(props: Props<T>) {
  const { name, items, onChange, addId } = props;
  return (
    <>
      {props.hint && <div className="nhsuk-hint">{props.hint}</div>}
      {items.length === 0 && <p className="nhsuk-body">None added.</p>}
      {items.map((item, index) => {
        const number = index + 1;
        const update = (patch: Partial<T>) => {
          onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it)));
        };
        return (
          <fieldset className="nhsuk-fieldset hearth-repeat" key={item.id}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {props.itemName} {number}
            </legend>
            {props.renderItem(item, update, `${name}.${index}`)}
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                onChange(items.filter((_, i) => i !== index));
                props.onFocusRequest(addId);
              }}
            >
              Remove
              <span className="nhsuk-u-visually-hidden">
                {' '}
                {props.itemName.toLowerCase()} {number}
              </span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={addId}
        className="nhsuk-button nhsuk-button--secondary"
        disabled={items.length >= props.max}
        onClick={() => {
          onChange([...items, props.newItem()]);
          // Ids are the dashed form of the entry's dotted path: "steps-0-when", "riskAssessments-general-0-hazard".
          props.onFocusRequest(fieldId(`${name}.${items.length}.${props.firstField}`));
        }}
      >
        {props.addLabel}
      </button>
    </>
  );
}
