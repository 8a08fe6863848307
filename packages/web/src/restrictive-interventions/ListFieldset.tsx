// A list of lines the recorder adds to and removes from (the staff involved, the options tried), in a fieldset whose
// legend asks the question; each line keeps its own error, and a new line takes focus so typing carries on.
import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';

interface Props<T> {
  /** The dotted path of the list, as the schema names it ("body.staffInvolved"). */
  name: string;
  legend: string;
  hint?: ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  /** What one line is called, for the buttons ("member of staff"). */
  itemName: string;
  /** The inputs of one line; `path` is the line's dotted path ("body.staffInvolved.1"). */
  renderItem: (item: T, update: (item: T) => void, path: string, index: number) => ReactNode;
  /** The field of a line that takes focus when it is added ("name"), or none for a line that is itself the input. */
  focusField?: string;
  error?: string | undefined;
}

export function ListFieldset<T>({
  name,
  legend,
  hint,
  items,
  onChange,
  blank,
  itemName,
  renderItem,
  focusField,
  error,
}: Props<T>) {
  const id = fieldId(name);
  const focusLine = (index: number) => {
    const target = focusField === undefined ? `${name}.${index}` : `${name}.${index}.${focusField}`;
    // After React has drawn the new line.
    window.setTimeout(() => document.getElementById(fieldId(target))?.focus(), 0);
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
      >
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <ol className="hearth-ri-list">
          {items.map((item, index) => (
            <li key={index} className="hearth-ri-list__item">
              {renderItem(
                item,
                (next) => {
                  onChange(items.map((old, i) => (i === index ? next : old)));
                },
                `${name}.${index}`,
                index,
              )}
              {items.length > 1 && (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small hearth-ri-list__remove"
                  onClick={() => {
                    onChange(items.filter((_, i) => i !== index));
                    focusLine(Math.max(0, index - 1));
                  }}
                >
                  Remove
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    {itemName} {index + 1}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={() => {
            onChange([...items, blank()]);
            focusLine(items.length);
          }}
        >
          Add another {itemName}
        </button>
      </fieldset>
    </div>
  );
}
