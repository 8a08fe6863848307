// A list the user adds to and removes from (outcomes, steps, risks, equipment, who took part), each entry in its
// own fieldset; focus goes to the new entry's first field, or back to the add button after removing one.
import type { ReactNode } from 'react';

interface Props<T extends { id: string }> {
  /** The list's path, such as "steps": ids are "steps-0-when" and "add-steps". */
  name: string;
  heading: string;
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

export function RepeatFieldset<T extends { id: string }>(props: Props<T>) {
  const { name, items, onChange } = props;
  const addId = `add-${name}`;
  return (
    <fieldset className="nhsuk-fieldset hearth-section" id={name}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{props.heading}</h2>
      </legend>
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
          props.onFocusRequest(`${name}-${items.length}-${props.firstField}`);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
