// A time of day (HH:MM) with its label, hint and error: the phone's own time picker, typed on a keyboard elsewhere.
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';

interface Props {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function TimeInput({ name, label, hint, value, onChange, error }: Props) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={`nhsuk-input hearth-visit-time${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={name}
        type="time"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
