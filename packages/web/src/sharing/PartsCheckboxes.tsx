// The five parts of the record as NHS checkboxes, each with a hint saying what it holds; ticking none is a decision
// to share nothing. The first checkbox carries the id the error summary links to.
import { recordPartHints, recordPartLabels, recordParts, type RecordPart } from '@hearth/core';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';

interface Props {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  values: readonly RecordPart[];
  onChange: (values: RecordPart[]) => void;
}

export function PartsCheckboxes({ name, legend, hint, error, values, onChange }: Props) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (part: RecordPart, checked: boolean) => {
    onChange(recordParts.filter((p) => (p === part ? checked : values.includes(p))));
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
          {recordParts.map((part, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-checkboxes__item" key={part}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={part}
                  checked={values.includes(part)}
                  aria-describedby={`${optionId}-item-hint`}
                  onChange={(e) => {
                    toggle(part, e.target.checked);
                  }}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                  {recordPartLabels[part]}
                </label>
                <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${optionId}-item-hint`}>
                  {recordPartHints[part]}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
