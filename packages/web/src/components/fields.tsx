// Form fields in NHS design system markup, each wired to its label, hint and error message.
import type { ReactNode } from 'react';
import { fieldId } from '../forms/field-ids';

interface BaseProps {
  /** Dotted path of the field, as the server names it: also gives the input its id. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shows the label as the page heading size, for one-question pages. */
  labelClassName?: string;
  /**
   * Advice shown under the control, such as plan-quality suggestions: never an error, and it never stops a save.
   * Its element must carry the id `adviceId(id)`, which the control is described by.
   */
  advice?: ReactNode;
}

/** The id of a field's advice element, for a field whose input has this id. */
export const adviceId = (id: string) => `${id}-advice`;

function describedBy(id: string, hint: unknown, error: unknown, advice?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, advice ? adviceId(id) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The attributes that tie a control to its hint and error message. */
function describedControl(id: string, props: BaseProps) {
  return {
    id,
    name: props.name,
    'aria-describedby': describedBy(id, props.hint, props.error, props.advice),
    'aria-invalid': props.error ? true : undefined,
  };
}

/** An error beside its field (or beside a list of fields), read out with it. */
export function ErrorMessage({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {message}
    </span>
  );
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="nhsuk-hint" id={id}>
      {hint}
    </div>
  );
}

/** The form group around one control: its label, hint and error message, in NHS design system order. */
function FieldGroup({ id, props, children }: { id: string; props: BaseProps; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${props.error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label ${props.labelClassName ?? ''}`.trim()} htmlFor={id}>
        {props.label}
      </label>
      <Hint id={`${id}-hint`} hint={props.hint} />
      <ErrorMessage id={`${id}-error`} message={props.error} />
      {children}
      {props.advice}
    </div>
  );
}

interface TextInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  widthClass?: string;
  spellCheck?: boolean;
  maxLength?: number;
}

export function TextInput(props: TextInputProps) {
  const id = fieldId(props.name);
  return (
    <FieldGroup id={id} props={props}>
      <input
        {...describedControl(id, props)}
        className={`nhsuk-input${props.widthClass ? ` ${props.widthClass}` : ''}${props.error ? ' nhsuk-input--error' : ''}`}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        maxLength={props.maxLength}
      />
    </FieldGroup>
  );
}

interface TextareaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function Textarea(props: TextareaProps) {
  const id = fieldId(props.name);
  return (
    <FieldGroup id={id} props={props}>
      <textarea
        {...describedControl(id, props)}
        className={`nhsuk-textarea${props.error ? ' nhsuk-textarea--error' : ''}`}
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      />
    </FieldGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** A first, empty choice such as "Choose a service". */
  placeholder?: string;
}

export function Select(props: SelectProps) {
  const id = fieldId(props.name);
  return (
    <FieldGroup id={id} props={props}>
      <select
        {...describedControl(id, props)}
        className={`nhsuk-select${props.error ? ' nhsuk-select--error' : ''}`}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

interface CheckboxProps {
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox(props: CheckboxProps) {
  const id = fieldId(props.name);
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={props.name}
            type="checkbox"
            checked={props.checked}
            onChange={(e) => {
              props.onChange(e.target.checked);
            }}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {props.label}
          </label>
        </div>
      </div>
    </div>
  );
}
