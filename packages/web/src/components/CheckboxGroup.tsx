// NHS checkboxes in a fieldset for a list of choices, each with an optional hint and able to reveal a follow-up
// question while it is ticked; the first checkbox carries the id the error summary links to.
import { Fragment, type ReactNode } from 'react';
import { ErrorMessage } from './fields';
import { fieldId } from '../forms/field-ids';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  /** What the choice holds, read with its label. */
  hint?: string;
  conditional?: ReactNode;
}

interface Props<T extends string> {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  values: readonly T[];
  options: CheckboxOption<T>[];
  onChange: (values: T[]) => void;
}

export function CheckboxGroup<T extends string>({ name, legend, hint, error, values, options, onChange }: Props<T>) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (value: T, checked: boolean) => {
    // Kept in the options' order, so the flag reads the same whatever order they were ticked in.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const checked = values.includes(option.value);
            return (
              <Fragment key={option.value}>
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={optionId}
                    name={name}
                    type="checkbox"
                    value={option.value}
                    checked={checked}
                    aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                    onChange={(e) => {
                      toggle(option.value, e.target.checked);
                    }}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${optionId}-item-hint`}>
                      {option.hint}
                    </div>
                  )}
                </div>
                {checked && option.conditional && <div className="nhsuk-checkboxes__conditional">{option.conditional}</div>}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
