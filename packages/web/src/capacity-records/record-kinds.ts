// The seven kinds of record on the legal authority, consent and advance care plan page: the address of each one's
// form, and what the page calls it.
import type { CapacityRecordKind } from '@hearth/core';

/** In the order the page shows them: what staff need in an emergency first. */
export const pageOrder: readonly CapacityRecordKind[] = [
  'resuscitation',
  'legal_authority',
  'advance_decision',
  'liberty_safeguard',
  'imca_involvement',
  'consent',
  'advance_care_plan',
];

interface RecordKind {
  /** The address of its form: /people/:id/capacity-records/<slug>/new. */
  slug: string;
  /** The section heading on the page. */
  heading: string;
  /** The form's heading, and the link to it. */
  add: string;
  replace: string;
  /** Said when there is none. */
  none: string;
  /** Said after one is saved. */
  saved: string;
}

export const recordKinds: Record<CapacityRecordKind, RecordKind> = {
  resuscitation: {
    slug: 'resuscitation',
    heading: 'ReSPECT and DNACPR',
    add: 'Record a ReSPECT form or DNACPR decision',
    replace: 'Replace the ReSPECT or DNACPR record',
    none: 'Nothing is recorded about a ReSPECT form or a DNACPR decision.',
    saved: 'The ReSPECT or DNACPR record has been saved',
  },
  legal_authority: {
    slug: 'legal-authority',
    heading: 'Lasting powers of attorney and deputyships',
    add: 'Record a lasting power of attorney or deputyship',
    replace: 'Replace the lasting power of attorney or deputyship',
    none: 'No lasting power of attorney or deputyship is recorded.',
    saved: 'The lasting power of attorney or deputyship has been saved',
  },
  advance_decision: {
    slug: 'advance-decision',
    heading: 'Advance decisions to refuse treatment',
    add: 'Record an advance decision to refuse treatment',
    replace: 'Replace the advance decision to refuse treatment',
    none: 'No advance decision to refuse treatment is recorded.',
    saved: 'The advance decision has been saved',
  },
  liberty_safeguard: {
    slug: 'liberty-safeguards',
    heading: 'Deprivation of liberty',
    add: 'Record a deprivation of liberty application or authorisation',
    replace: 'Replace the deprivation of liberty record',
    none: 'Nothing is recorded about a deprivation of liberty.',
    saved: 'The deprivation of liberty record has been saved',
  },
  imca_involvement: {
    slug: 'imca',
    heading: 'Independent mental capacity advocates (IMCA)',
    add: 'Record an independent mental capacity advocate (IMCA)',
    replace: 'Replace the IMCA record',
    none: 'No independent mental capacity advocate is recorded.',
    saved: 'The IMCA record has been saved',
  },
  consent: {
    slug: 'consent',
    heading: 'Consent',
    add: 'Record consent or a refusal',
    replace: 'Replace the consent record',
    none: 'No consent is recorded yet.',
    saved: 'The consent record has been saved',
  },
  advance_care_plan: {
    slug: 'advance-care-plan',
    heading: 'Advance care plan',
    add: 'Record an advance care plan',
    replace: 'Replace the advance care plan',
    none: 'No advance care plan is recorded.',
    saved: 'The advance care plan has been saved',
  },
};

export const capacityRecordsPath = (personId: string) => `/people/${personId}/capacity-records`;

export function recordFormPath(personId: string, kind: CapacityRecordKind, supersedes?: string): string {
  const path = `${capacityRecordsPath(personId)}/${recordKinds[kind].slug}/new`;
  return supersedes ? `${path}?supersedes=${encodeURIComponent(supersedes)}` : path;
}
