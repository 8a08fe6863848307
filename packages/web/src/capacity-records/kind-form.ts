// What each kind's form gives the shared form page: its empty answers, how a replacement starts from the record it
// replaces, the body it sends, the schema the server checks it with, and its fields.
import type { CapacityRecordsResponse, FieldError } from '@hearth/core';
import type { ComponentType } from 'react';
import type { Checked } from '../forms/useCheckedSubmit';
import type { FormBinding } from './form-fields';

export interface FieldsProps<S> {
  form: FormBinding<S>;
  personId: string;
  /** Everything recorded so far, for a record that refers to another (a consent resting on an attorney). */
  records: CapacityRecordsResponse;
}

export interface KindForm<S, B> {
  empty: () => S;
  /** The answers of the record being replaced, so a replacement changes only what changed. */
  fromBody: (body: B) => S;
  /** The body as typed: an unanswered choice is left out so the schema names it. */
  toBody: (values: S) => Record<string, unknown>;
  /** The same core schema the server parses the body with. */
  check: (body: unknown) => Checked<B>;
  /** Error paths as the form places them, where one input holds a list. */
  placeErrors?: (errors: FieldError[]) => FieldError[];
  /** A sentence under the heading saying what the record is for. */
  intro: (name: string) => string;
  Fields: ComponentType<FieldsProps<S>>;
}
