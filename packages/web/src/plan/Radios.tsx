// NHS radios in a fieldset: the legend asks the question, the first radio carries the id the error summary links to.
import { Fragment, type ReactNode } from 'react';
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';

export interface RadioOption {
  value: string;
  label: string;
  /** Shown under the radio while it is chosen, as the NHS conditional reveal. */
  conditional?: ReactNode;
}

interface Props {
  name: string;
  legend: ReactNode;
  /** For example nhsuk-fieldset__legend--m; small (s) by default. */
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  options: RadioOption[];
  onChange: (value: string) => void;
  small?: boolean;
  /** Extra content inside the fieldset, after the radios (a note, a button to clear the answer). */
  children?: ReactNode;
}

export function Radios({
  name,
  legend,
  legendClassName = 'nhsuk-fieldset__legend--s',
  hint,
  error,
  value,
  options,
  onChange,
  small = false,
  children,
}: Props) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className={`nhsuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const checked = option.value === value;
            return (
              <Fragment key={option.value}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={optionId}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={checked}
                    onChange={() => {
                      onChange(option.value);
                    }}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                </div>
                {checked && option.conditional && <div className="nhsuk-radios__conditional">{option.conditional}</div>}
              </Fragment>
            );
          })}
        </div>
        {children && <div className="hearth-radios-extra">{children}</div>}
      </fieldset>
    </div>
  );
}
