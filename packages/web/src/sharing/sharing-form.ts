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
  /** For a decision by someone with legal authority: the assessment it rests on, or "". */
  capacityAssessmentId: string;
  /** And what gives it authority: "best_interests:<id>", "legal_authority:<id>" or "". */
  authorityBasis: string;
}

export const emptyDecisionForm = (parts: readonly RecordPart[]): DecisionForm => ({
  parts: [...parts],
  endsOn: emptyDate,
  decidedBy: '',
  authorityDetail: '',
  reason: '',
  capacityAssessmentId: '',
  authorityBasis: '',
});

export const basisValue = (kind: 'best_interests' | 'legal_authority', id: string) => `${kind}:${id}`;

/** The basis chosen, as the body's two fields: one names a record, the other is null. */
function basisIds(basis: string): { bestInterestsDecisionId: string | null; legalAuthorityRecordId: string | null } {
  const [kind, id = ''] = basis.split(':');
  return {
    bestInterestsDecisionId: kind === 'best_interests' ? id : null,
    legalAuthorityRecordId: kind === 'legal_authority' ? id : null,
  };
}

/** The body's fields for what a decision for the person rests on, where the form shows them. */
export const authorityFieldPlaces: Record<string, string> = {
  bestInterestsDecisionId: 'authorityBasis',
  legalAuthorityRecordId: 'authorityBasis',
};

export const emptyDeciderFields = (): DeciderFields => ({ decidedBy: '', authorityDetail: '', reason: '' });

/** An unanswered question is left out so the schema names it; the authority is sent only with legal authority. */
export function deciderBody(form: DeciderFields): Record<string, unknown> {
  return {
    decidedBy: form.decidedBy === '' ? undefined : form.decidedBy,
    authorityDetail: form.decidedBy === 'legal_authority' ? form.authorityDetail : null,
    reason: form.reason,
  };
}

/** The records a decision rests on are sent only with legal authority, as the person's own decision names none. */
export function decisionBody(form: DecisionForm): Record<string, unknown> {
  const forThem = form.decidedBy === 'legal_authority';
  return {
    parts: form.parts,
    endsOn: partsToDate(form.endsOn),
    ...deciderBody(form),
    capacityAssessmentId: forThem && form.capacityAssessmentId !== '' ? form.capacityAssessmentId : null,
    ...(forThem ? basisIds(form.authorityBasis) : { bestInterestsDecisionId: null, legalAuthorityRecordId: null }),
  };
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
