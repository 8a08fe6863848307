// The fields every capacity record form is built from, each bound to the form's state by its key and to its error by
// the path the schema reports, so a kind's form lists only its questions.
import type { ReactNode } from 'react';
import { DateInput, partsToDate, type DateParts } from '../components/DateInput';
import { Select, Textarea, TextInput, type Option } from '../components/fields';
import { Radios, type RadioOption } from '../plan/Radios';

/** A form's values, how to change them, and the errors the schema (or the server) found. */
export interface FormBinding<S> {
  values: S;
  set: (patch: Partial<S>) => void;
  errorFor: (path: string) => string | undefined;
  /** The person's name as staff use it, for questions about them. */
  name: string;
}

type KeysOf<S, V> = { [K in keyof S]: S[K] extends V ? K : never }[keyof S] & string;
export type TextKey<S> = KeysOf<S, string>;
export type DateKey<S> = KeysOf<S, DateParts>;

interface Bound<S, K> {
  form: FormBinding<S>;
  field: K;
  /** The path the schema reports errors at, when it is not the key (for example "clinician.name"). */
  path?: string;
  hint?: ReactNode;
}

// The key types guarantee the value's type; TypeScript cannot follow a conditional key back to it, hence the casts.
const textOf = <S,>(form: FormBinding<S>, field: TextKey<S>) => form.values[field] as string;
const patchOf = <S,>(field: keyof S, value: unknown) => ({ [field]: value }) as Partial<S>;

export function TextField<S>({
  form,
  field,
  path = field,
  label,
  hint,
  width,
}: Bound<S, TextKey<S>> & { label: string; width?: string }) {
  return (
    <TextInput
      name={path}
      label={label}
      hint={hint}
      value={textOf(form, field)}
      widthClass={width}
      onChange={(v) => {
        form.set(patchOf<S>(field, v));
      }}
      error={form.errorFor(path)}
    />
  );
}

export function TextAreaField<S>({
  form,
  field,
  path = field,
  label,
  hint,
  rows,
}: Bound<S, TextKey<S>> & { label: string; rows?: number }) {
  return (
    <Textarea
      name={path}
      label={label}
      hint={hint}
      rows={rows}
      value={textOf(form, field)}
      onChange={(v) => {
        form.set(patchOf<S>(field, v));
      }}
      error={form.errorFor(path)}
    />
  );
}

export function DateField<S>({ form, field, path = field, legend, hint }: Bound<S, DateKey<S>> & { legend: string }) {
  return (
    <DateInput
      name={path}
      legend={legend}
      hint={hint ?? 'For example, 15 3 2026'}
      value={form.values[field] as DateParts}
      onChange={(v) => {
        form.set(patchOf<S>(field, v));
      }}
      error={form.errorFor(path)}
    />
  );
}

export function ChoiceField<S>({
  form,
  field,
  path = field,
  legend,
  hint,
  options,
}: Bound<S, TextKey<S>> & { legend: ReactNode; options: RadioOption[] }) {
  return (
    <Radios
      name={path}
      legend={legend}
      hint={hint}
      value={textOf(form, field)}
      options={options}
      onChange={(v) => {
        form.set(patchOf<S>(field, v));
      }}
      error={form.errorFor(path)}
    />
  );
}

/** A choice from a list too long (or too variable) for radios. */
export function SelectField<S>({
  form,
  field,
  path = field,
  label,
  hint,
  options,
  placeholder,
}: Bound<S, TextKey<S>> & { label: string; options: Option[]; placeholder: string }) {
  return (
    <Select
      name={path}
      label={label}
      hint={hint}
      value={textOf(form, field)}
      options={options}
      placeholder={placeholder}
      onChange={(v) => {
        form.set(patchOf<S>(field, v));
      }}
      error={form.errorFor(path)}
    />
  );
}

/** Radio options from a list of values and their labels. */
export function optionsFrom<V extends string>(values: readonly V[], labels: Record<V, string>): RadioOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const yesNoOptions: RadioOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** A yes or no question, kept as "yes", "no" or "" (not answered) until sent. */
export function YesNoField<S>(props: Bound<S, TextKey<S>> & { legend: ReactNode }) {
  return <ChoiceField {...props} options={yesNoOptions} />;
}

/** "yes"/"no" as the schema's boolean; unanswered is left out so the schema names it. */
export const yesNoValue = (answer: string): boolean | undefined =>
  answer === 'yes' ? true : answer === 'no' ? false : undefined;

export const yesNoAnswer = (value: boolean | null | undefined): string => (value === true ? 'yes' : value === false ? 'no' : '');

/** A chosen option, or left out when none is chosen, so the schema names the question. */
export const chosen = (value: string): string | undefined => (value === '' ? undefined : value);

/** A date as the schemas read it: "" when left empty (optional dates), "YYYY-MM-DD" otherwise. */
export const dateValue = partsToDate;
