// The sharing forms' state as typed, and the bodies the server checks with the same schemas. A form's fields can
// carry a prefix ("stop.reason") so two forms on one page keep distinct ids; errors are moved under it.
import type { FieldError, RecordPart } from '@hearth/core';
import { emptyDate, partsToDate, type DateParts } from '../components/DateInput';

export const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

export interface DeciderFields {
  /** "person", "legal_authority" or "" (not answered). */
  decidedBy: string;
  authorityDetail: string;
  reason: string;
}

export interface DecisionForm extends DeciderFields {
  parts: RecordPart[];
  endsOn: DateParts;
}

export const emptyDecisionForm = (parts: readonly RecordPart[]): DecisionForm => ({
  parts: [...parts],
  endsOn: emptyDate,
  decidedBy: '',
  authorityDetail: '',
  reason: '',
});

export const emptyDeciderFields = (): DeciderFields => ({ decidedBy: '', authorityDetail: '', reason: '' });

/** An unanswered question is left out so the schema names it; the authority is sent only with legal authority. */
export function deciderBody(form: DeciderFields): Record<string, unknown> {
  return {
    decidedBy: form.decidedBy === '' ? undefined : form.decidedBy,
    authorityDetail: form.decidedBy === 'legal_authority' ? form.authorityDetail : null,
    reason: form.reason,
  };
}

export function decisionBody(form: DecisionForm): Record<string, unknown> {
  return { parts: form.parts, endsOn: partsToDate(form.endsOn), ...deciderBody(form) };
}

export const underPrefix = (prefix: string, errors: FieldError[]): FieldError[] =>
  errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` }));

export interface NewContactForm {
  name: string;
  relationship: string;
  relationshipDetail: string;
  email: string;
  phone: string;
}

export const emptyContactForm = (): NewContactForm => ({ name: '', relationship: '', relationshipDetail: '', email: '', phone: '' });

export function contactBody(form: NewContactForm): Record<string, unknown> {
  return { ...form, relationship: form.relationship === '' ? undefined : form.relationship };
}
