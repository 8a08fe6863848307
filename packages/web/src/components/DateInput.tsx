// The NHS date input: day, month and year in a fieldset, combined into YYYY-MM-DD for the schemas.
import type { ReactNode } from 'react';
import { fieldId, registerDateField } from '../forms/field-ids';
import { ErrorMessage } from './fields';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate: DateParts = { day: '', month: '', year: '' };

/** "1944-03-02" → parts; anything else → empty parts. */
export function dateToParts(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return emptyDate;
  return { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])) };
}

/**
 * Parts → "YYYY-MM-DD". All empty gives "" (so callers can treat it as not given); anything else is passed on
 * as typed, zero-padded, for the schema to accept or refuse, so the browser and the server agree.
 */
export function partsToDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

interface Props {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Birth dates get the browser's autofill hints. */
  isBirthDate?: boolean;
}

export function DateInput({ name, legend, hint, error, value, onChange, isBirthDate = false }: Props) {
  const id = fieldId(name);
  registerDateField(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const parts = [
    { key: 'day', label: 'Day', width: 2, autoComplete: 'bday-day' },
    { key: 'month', label: 'Month', width: 2, autoComplete: 'bday-month' },
    { key: 'year', label: 'Year', width: 4, autoComplete: 'bday-year' },
  ] as const;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-date-input" id={id}>
          {parts.map((part) => (
            <div className="nhsuk-date-input__item" key={part.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {part.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? ' nhsuk-input--error' : ''}`}
                  id={`${id}-${part.key}`}
                  name={`${name}.${part.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={isBirthDate ? part.autoComplete : 'off'}
                  value={value[part.key]}
                  onChange={(e) => {
                    onChange({ ...value, [part.key]: e.target.value });
                  }}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
