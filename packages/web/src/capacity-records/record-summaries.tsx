// The key facts of each kind of record, as a title, what needs attention, and summary rows: one place, so the page,
// the record being replaced and the earlier records all read the same.
import {
  authorityKindLabels,
  authorityLimitMessages,
  authorityScopeLabels,
  capacityWhenMadeLabels,
  careFocusLabels,
  consentBasisLabels,
  consentMethodLabels,
  libertySchemeLabels,
  libertyStatusLabels,
  meetsLifeSustainingFormalities,
  resuscitationLabel,
  type CapacityRecordView,
  type CapacityRecordViewOf,
  type ConsentScope,
} from '@hearth/core';
import type { SummaryRow } from '../components/SummaryList';
import { formatDate } from '../format';

export interface Attention {
  text: string;
  /** Something to do (orange), or a fact worth knowing (grey). */
  tone: 'due' | 'note';
}

export interface RecordSummary {
  title: string;
  attention: Attention[];
  rows: SummaryRow[];
}

export interface SummaryContext {
  /** The London day. */
  today: string;
  /** Plan section titles by key, for consent to a section. */
  sectionTitles: ReadonlyMap<string, string>;
  /** What a current liberty safeguard needs, by record id, as the server worked it out. */
  libertyAttention: ReadonlyMap<string, string>;
}

const yesNo = (value: boolean | null) => (value === null ? 'Not answered' : value ? 'Yes' : 'No');
const row = (key: string, value: string | null | undefined, preWrap = false): SummaryRow[] =>
  value === null || value === undefined || value === '' ? [] : [{ key, value, preWrap }];
const dateRow = (key: string, date: string | null) => row(key, date === null ? null : formatDate(date));

export function consentScopeText(scope: ConsentScope, sectionTitles: ReadonlyMap<string, string>): string {
  return scope.kind === 'plan_section'
    ? `Plan section: ${sectionTitles.get(scope.sectionKey) ?? scope.sectionKey}`
    : scope.activity;
}

export function summarise(record: CapacityRecordView, context: SummaryContext): RecordSummary {
  switch (record.kind) {
    case 'resuscitation':
      return resuscitation(record, context);
    case 'legal_authority':
      return legalAuthority(record, context);
    case 'advance_decision':
      return advanceDecision(record);
    case 'liberty_safeguard':
      return liberty(record, context);
    case 'imca_involvement':
      return imca(record);
    case 'consent':
      return consent(record, context);
    case 'advance_care_plan':
      return advanceCarePlan(record);
  }
}

function resuscitation({ body }: CapacityRecordViewOf<'resuscitation'>, { today }: SummaryContext): RecordSummary {
  if (body.status === 'none') return { title: resuscitationLabel(body), attention: [], rows: [] };
  const reviewDue = body.reviewOn !== null && body.reviewOn <= today;
  return {
    title: resuscitationLabel(body),
    attention: reviewDue ? [{ text: 'Review due', tone: 'due' }] : [],
    rows: [
      ...row('Where the original form is kept', body.originalKeptAt),
      ...row('Clinician', `${body.clinician.name}, ${body.clinician.role}`),
      ...dateRow('Date it was made', body.decidedOn),
      ...row('Focus of care', body.status === 'respect_form' && body.careFocus ? careFocusLabels[body.careFocus] : null),
      ...row('How staff and professionals were told', body.howStaffTold, true),
      ...dateRow('Review date', body.reviewOn),
    ],
  };
}

function legalAuthority({ body }: CapacityRecordViewOf<'legal_authority'>, { today }: SummaryContext): RecordSummary {
  const attention: Attention[] = [];
  if (body.kind === 'lasting_power_of_attorney' && body.registeredOn === null)
    attention.push({ text: authorityLimitMessages.not_registered, tone: 'note' });
  if (body.seenOn === null) attention.push({ text: authorityLimitMessages.not_seen, tone: 'due' });
  if (body.endedOn !== null && body.endedOn <= today) attention.push({ text: authorityLimitMessages.ended, tone: 'note' });
  const isLasting = body.kind === 'lasting_power_of_attorney';
  return {
    title: `${authorityKindLabels[body.kind]}: ${authorityScopeLabels[body.scope].toLowerCase()}`,
    attention,
    rows: [
      ...row(isLasting ? 'Attorney' : 'Deputy', body.holderName),
      ...(isLasting
        ? [
            { key: 'Registered', value: body.registeredOn ? formatDate(body.registeredOn) : 'Not registered' },
            ...row('Office of the Public Guardian reference', body.reference),
            ...(body.scope === 'health_and_welfare'
              ? row('Authority over life-sustaining treatment', yesNo(body.coversLifeSustainingTreatment))
              : []),
          ]
        : [...row('Court of Protection case number', body.reference), ...dateRow('Date of the court order', body.orderedOn)]),
      { key: 'Original seen', value: body.seenOn ? formatDate(body.seenOn) : 'Not seen yet' },
      ...row('Restrictions and conditions', body.conditions, true),
      ...dateRow('Ended', body.endedOn),
    ],
  };
}

function advanceDecision({ body }: CapacityRecordViewOf<'advance_decision'>): RecordSummary {
  const valid = meetsLifeSustainingFormalities(body);
  return {
    title: `Refuses: ${body.treatmentRefused}`,
    attention: valid
      ? []
      : [
          {
            text: 'It does not meet every formality, so it cannot be relied on to refuse life-sustaining treatment',
            tone: 'note',
          },
        ],
    rows: [
      ...row('Treatment refused', body.treatmentRefused, true),
      ...row('When it applies', body.circumstances, true),
      ...row('Refuses life-sustaining treatment', yesNo(body.refusesLifeSustainingTreatment)),
      ...dateRow('Date it was made', body.madeOn),
      ...row('Where the original is kept', body.keptAt),
      ...row('Copies held by', body.copiesHeldBy),
      { key: 'Original seen', value: body.seenOn ? formatDate(body.seenOn) : 'Not seen yet' },
    ],
  };
}

function liberty({ id, body }: CapacityRecordViewOf<'liberty_safeguard'>, context: SummaryContext): RecordSummary {
  const attention = context.libertyAttention.get(id);
  return {
    title: `${libertySchemeLabels[body.scheme]}: ${libertyStatusLabels[body.status]}`,
    attention: attention ? [{ text: attention, tone: 'due' }] : [],
    rows: [
      ...dateRow('Applied for', body.appliedOn),
      ...dateRow('Authorised', body.authorisedOn),
      ...row('Authorised by', body.authorisedBy),
      ...dateRow('Expires', body.expiresOn),
      ...row('Conditions', body.conditions, true),
      ...dateRow('Review date', body.reviewOn),
    ],
  };
}

function imca({ body }: CapacityRecordViewOf<'imca_involvement'>): RecordSummary {
  return {
    title: `${body.name}, ${body.organisation}`,
    attention: [],
    rows: [
      ...row('Decision they support', body.decision),
      ...dateRow('Instructed', body.instructedOn),
      ...row('Contact', body.contact),
      ...dateRow('Ended', body.endedOn),
    ],
  };
}

const decisionText = (body: CapacityRecordViewOf<'consent'>['body']) =>
  body.basis === 'best_interests' ? 'Decided in their best interests' : body.answer === 'refused' ? 'Refused' : 'Consent given';

function consent({ body }: CapacityRecordViewOf<'consent'>, { sectionTitles }: SummaryContext): RecordSummary {
  return {
    title: consentScopeText(body.scope, sectionTitles),
    attention: [],
    rows: [
      { key: 'Decision', value: decisionText(body) },
      ...row('Who decided', consentBasisLabels[body.basis]),
      ...row(
        'How they gave their answer',
        body.method === 'other' ? body.methodDetail : body.method ? consentMethodLabels[body.method] : null,
      ),
      ...row('In their words', body.personsWords, true),
      ...row('What happens next', body.afterRefusal, true),
      ...dateRow('Date', body.decidedOn),
    ],
  };
}

function advanceCarePlan({ body }: CapacityRecordViewOf<'advance_care_plan'>): RecordSummary {
  const document = (d: { inPlace: boolean; keptAt: string | null }) =>
    d.inPlace ? `Yes, kept at ${d.keptAt ?? 'a place not recorded'}` : 'No';
  return {
    title: `Advance care plan made on ${formatDate(body.madeOn)}`,
    attention: [],
    rows: [
      ...row('What matters to them', body.whatMatters, true),
      ...row('Wishes for future care', body.wishesForFutureCare, true),
      ...row('Where they would like to be cared for', body.preferredPlaceOfCare),
      ...row('Where they would like to die', body.preferredPlaceOfDeath),
      ...row('People to involve', body.peopleToInvolve.map((p) => `${p.name} (${p.relationship})`).join(', ')),
      ...row('Religious and cultural wishes', body.religiousAndCulturalWishes, true),
      ...row('Copies held by', body.copiesHeldBy.join(', ')),
      ...row('Capacity when it was made', capacityWhenMadeLabels[body.capacityWhenMade]),
      ...row('How it was made', body.howMadeWithoutCapacity, true),
      ...row('Treatment escalation plan', document(body.treatmentEscalationPlan)),
      ...row('Hospital passport', document(body.hospitalPassport)),
      ...dateRow('Hospital passport last reviewed', body.hospitalPassport.lastReviewedOn),
      ...dateRow('Review date', body.reviewOn),
    ],
  };
}
