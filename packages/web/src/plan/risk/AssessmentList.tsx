// A list of assessments (or a list inside one, such as further actions) the author adds to and removes from while
// the plan is a draft. Each entry is its own fieldset; focus goes to a new entry's first field, or back to the add
// button after a removal. Names are dotted paths ("riskAssessments.general"); ids are their dashed form.
import type { ReactNode } from 'react';
import { fieldId } from '../../forms/field-ids';

interface Props<T extends { id: string }> {
  /** The list's path, such as "riskAssessments.general": entries are "riskAssessments.general.0" … */
  name: string;
  heading: ReactNode;
  /** h3 for a kind of assessment, h4 for a list inside one. */
  headingLevel: 3 | 4;
  hint?: ReactNode;
  itemName: string;
  addLabel: string;
  items: T[];
  max: number;
  onChange: (items: T[]) => void;
  newItem: () => T;
  firstField: string;
  onFocusRequest: (id: string) => void;
  renderItem: (item: T, update: (patch: Partial<T>) => void, path: string) => ReactNode;
}

export function AssessmentList<T extends { id: string }>(props: Props<T>) {
  const { name, items, onChange } = props;
  const addId = fieldId(name);
  const headingId = `${addId}-heading`;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="hearth-risk-list" role="group" aria-labelledby={headingId}>
      <Heading
        className={props.headingLevel === 3 ? 'nhsuk-heading-s' : 'nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2'}
        id={headingId}
      >
        {props.heading}
      </Heading>
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
          props.onFocusRequest(fieldId(`${name}.${items.length}.${props.firstField}`));
        }}
      >
        {props.addLabel}
      </button>
    </div>
  );
}
