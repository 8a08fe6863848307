// The capacity records an outside reader may see, in the words a family member needs, and which part of the record
// each belongs to: the shared page, search, plain text and both PDFs show exactly these entries.
//
// Which part shows what (nothing is shown when its part is not shared):
// - health: the capacity status; signed capacity assessments in force; best-interests decisions resting on one of
//   them; the ReSPECT / DNACPR record; the advance care plan; advance decisions to refuse treatment; consents;
//   deprivation of liberty; IMCA involvement; health and welfare lasting powers of attorney and deputyships.
// - finances: property and financial affairs lasting powers of attorney and deputyships.
// - A record about a plan section in finances or behaviour support (an assessment, best-interests decision or consent
//   naming one) also needs that part shared, so sharing health never reveals what the person keeps in those parts.
// Only what is in force is shown: records not replaced, assessments in force; the staff pages keep the history.
import { assessmentOutcomeLabels } from '../capacity/capacity-assessment.js';
import type { BestInterestsDecisionView, CapacityAssessmentView } from '../capacity/capacity-api.js';
import type { CapacityRecordView, CapacityRecordViewOf } from '../capacity/capacity-records-api.js';
import { currentRecordsOfKind, resuscitationLabel } from '../capacity/capacity-records.js';
import { capacityStatus, capacityStatusLabels, type StatedImpairment } from '../capacity/capacity-status.js';
import { consentBasisLabels, consentMethodLabels, consentStateLabels } from '../capacity/consent.js';
import { capacityWhenMadeLabels } from '../capacity/advance-care-plan.js';
import { meetsLifeSustainingFormalities } from '../capacity/advance-decision.js';
import { libertyAttention, libertySchemeLabels, libertyStatusLabels } from '../capacity/deprivation-of-liberty.js';
import { authorityScopeLabels, type LegalAuthorityBody } from '../capacity/legal-authority.js';
import { careFocusLabels, resuscitationReviewDue } from '../capacity/resuscitation-record.js';
import { libertyAttentionLabels } from '../capacity/capacity-records-api.js';
import { asSentence, spokenDate } from '../communication-needs/plan-parts.js';
import { sectionPart, type RecordPart } from './record-parts.js';
import type { SharedCapacityEntry } from './shared-api.js';

/** The heading the shared page, plain text and large print show these entries under. */
export const sharedCapacityHeading = 'Mental capacity, legal authority and advance care planning';

/** The parts a record about these plan sections needs besides its own: finances and behaviour support only. */
function sectionParts(keys: readonly (string | null)[]): RecordPart[] {
  return keys
    .filter((k): k is string => k !== null)
    .map(sectionPart)
    .filter((p) => p === 'finances' || p === 'behaviour_support');
}

/** The part whose sharing shows a legal authority: its scope decides. */
export function legalAuthorityPart(body: Pick<LegalAuthorityBody, 'scope'>): RecordPart {
  return body.scope === 'property_and_financial_affairs' ? 'finances' : 'health';
}

/** Every part that must be shared for a capacity record to be shown. */
export function capacityRecordParts(record: CapacityRecordView): RecordPart[] {
  switch (record.kind) {
    case 'legal_authority':
      return [legalAuthorityPart(record.body)];
    case 'consent':
      return ['health', ...(record.body.scope.kind === 'plan_section' ? sectionParts([record.body.scope.sectionKey]) : [])];
    case 'advance_decision':
    case 'liberty_safeguard':
    case 'imca_involvement':
    case 'advance_care_plan':
    case 'resuscitation':
      return ['health'];
  }
}

/** Every part that must be shared for an assessment or a best-interests decision to be shown. */
export function capacityDecisionParts(decision: { decisionKey: string | null; sectionKeys: readonly string[] }): RecordPart[] {
  return ['health', ...sectionParts([decision.decisionKey, ...decision.sectionKeys])];
}

export interface SharedCapacityInput {
  /** The parts shared with the reader now. */
  parts: readonly RecordPart[];
  /** The London day. */
  today: string;
  /** What the plan in force states about an impairment, for the status before any assessment. */
  statedImpairment: StatedImpairment | null;
  assessments: readonly CapacityAssessmentView[];
  bestInterestsDecisions: readonly BestInterestsDecisionView[];
  records: readonly CapacityRecordView[];
  /** A plan section's title, for consent to a section. */
  sectionTitle: (key: string) => string;
}

const on = (date: string) => spokenDate(date);
const lines = (...all: (string | null | false)[]) =>
  all.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map(asSentence);

function resuscitationEntry(record: CapacityRecordViewOf<'resuscitation'>, today: string): Omit<SharedCapacityEntry, 'part'> {
  const body = record.body;
  const label = resuscitationLabel(body);
  if (body.status === 'none') return { kind: 'resuscitation', heading: 'ReSPECT form or DNACPR decision', lines: lines(label) };
  return {
    kind: 'resuscitation',
    heading: 'ReSPECT form or DNACPR decision',
    lines: lines(
      label,
      `Original form: ${body.originalKeptAt}`,
      `Made on ${on(body.decidedOn)} by ${body.clinician.name}, ${body.clinician.role}`,
      body.status === 'respect_form' && body.careFocus !== null && `Focus of care: ${careFocusLabels[body.careFocus]}`,
      body.reviewOn !== null &&
        `To be reviewed by ${on(body.reviewOn)}${resuscitationReviewDue(body, today) ? ': the review is due' : ''}`,
    ),
  };
}

function authorityHeading(body: LegalAuthorityBody): string {
  const scope = authorityScopeLabels[body.scope].toLowerCase();
  return body.kind === 'lasting_power_of_attorney'
    ? `Lasting power of attorney (${scope})`
    : `Deputyship (${scope}), Court of Protection`;
}

function authorityEntry(record: CapacityRecordViewOf<'legal_authority'>, today: string): Omit<SharedCapacityEntry, 'part'> {
  const body = record.body;
  const holder =
    body.kind === 'lasting_power_of_attorney'
      ? body.registeredOn !== null
        ? `${body.holderName}, registered on ${on(body.registeredOn)}${body.reference ? `, reference ${body.reference}` : ''}`
        : `${body.holderName}. Not registered yet, so it cannot be used`
      : `${body.holderName}, ordered on ${on(body.orderedOn)}, case number ${body.reference}`;
  const lifeSustaining =
    body.kind === 'lasting_power_of_attorney' && body.coversLifeSustainingTreatment !== null
      ? body.coversLifeSustainingTreatment
        ? 'The attorney may decide about life-sustaining treatment'
        : 'The attorney may not decide about life-sustaining treatment'
      : null;
  return {
    kind: 'legal_authority',
    heading: authorityHeading(body),
    lines: lines(
      holder,
      lifeSustaining,
      body.conditions !== null && `Conditions: ${body.conditions}`,
      body.seenOn !== null
        ? `The care provider saw the document on ${on(body.seenOn)}`
        : 'The care provider has not seen the document yet',
      body.endedOn !== null && (body.endedOn <= today ? `Ended on ${on(body.endedOn)}` : `Ends on ${on(body.endedOn)}`),
    ),
  };
}

function assessmentEntry(a: CapacityAssessmentView): Omit<SharedCapacityEntry, 'part'> {
  return {
    kind: 'capacity_assessment',
    heading: `Capacity assessment: ${a.decision.replace(/[.\s]+$/, '')}`,
    lines: lines(
      assessmentOutcomeLabels[a.outcome],
      `Assessed on ${on(a.assessedOn)} by ${a.assessor.name}, ${a.assessor.role}`,
      a.fluctuates && 'Their capacity for this decision changes from time to time',
      a.reassessOn !== null && `To be assessed again by ${on(a.reassessOn)}`,
    ),
  };
}

function bestInterestsEntry(d: BestInterestsDecisionView): Omit<SharedCapacityEntry, 'part'> {
  return {
    kind: 'best_interests_decision',
    heading: `Best-interests decision: ${d.decision.replace(/[.\s]+$/, '')}`,
    lines: lines(
      `What was decided: ${d.decisionMade}`,
      `Decided on ${on(d.decidedOn)} by ${d.decisionMaker.name}, ${d.decisionMaker.role}`,
      d.reviewOn !== null && `To be reviewed by ${on(d.reviewOn)}`,
    ),
  };
}

function recordEntry(record: CapacityRecordView, input: SharedCapacityInput): Omit<SharedCapacityEntry, 'part'> {
  switch (record.kind) {
    case 'resuscitation':
      return resuscitationEntry(record, input.today);
    case 'legal_authority':
      return authorityEntry(record, input.today);
    case 'advance_decision': {
      const b = record.body;
      return {
        kind: 'advance_decision',
        heading: 'Advance decision to refuse treatment',
        lines: lines(
          `Refuses: ${b.treatmentRefused}`,
          `When it applies: ${b.circumstances}`,
          `Made on ${on(b.madeOn)}`,
          b.refusesLifeSustainingTreatment &&
            (meetsLifeSustainingFormalities(b)
              ? 'It refuses life-sustaining treatment and meets the formalities for that'
              : 'It refuses life-sustaining treatment but does not meet every formality for that; it still tells everyone the person\u2019s wishes'),
          `The original is kept: ${b.keptAt}`,
          b.copiesHeldBy !== null && `Copies held by: ${b.copiesHeldBy}`,
        ),
      };
    }
    case 'advance_care_plan': {
      const b = record.body;
      return {
        kind: 'advance_care_plan',
        heading: 'Advance care plan',
        lines: lines(
          `Made on ${on(b.madeOn)}. ${capacityWhenMadeLabels[b.capacityWhenMade]}`,
          `What matters to me: ${b.whatMatters}`,
          `My wishes for my future care: ${b.wishesForFutureCare}`,
          b.preferredPlaceOfCare !== null && `Where I would like to be cared for: ${b.preferredPlaceOfCare}`,
          b.preferredPlaceOfDeath !== null && `Where I would like to die: ${b.preferredPlaceOfDeath}`,
          b.peopleToInvolve.length > 0 &&
            `People to involve: ${b.peopleToInvolve.map((p) => `${p.name} (${p.relationship})`).join(', ')}`,
          b.religiousAndCulturalWishes !== null && `Religious and cultural wishes: ${b.religiousAndCulturalWishes}`,
          b.copiesHeldBy.length > 0 && `Copies held by: ${b.copiesHeldBy.join(', ')}`,
          b.treatmentEscalationPlan.inPlace &&
            `Treatment escalation plan kept: ${b.treatmentEscalationPlan.keptAt ?? 'not said'}`,
          b.hospitalPassport.inPlace && `Hospital passport kept: ${b.hospitalPassport.keptAt ?? 'not said'}`,
          b.reviewOn !== null && `To be reviewed by ${on(b.reviewOn)}`,
        ),
      };
    }
    case 'consent': {
      const b = record.body;
      const what = b.scope.kind === 'plan_section' ? input.sectionTitle(b.scope.sectionKey) : b.scope.activity;
      const state =
        b.basis === 'best_interests'
          ? consentStateLabels.best_interests
          : b.answer === null
            ? null
            : consentStateLabels[b.answer];
      return {
        kind: 'consent',
        heading: `Consent: ${what}`,
        lines: lines(
          state !== null && `${state} on ${on(b.decidedOn)}`,
          consentBasisLabels[b.basis],
          b.method !== null && `How: ${b.method === 'other' && b.methodDetail ? b.methodDetail : consentMethodLabels[b.method]}`,
          b.personsWords !== null && `In their words: \u201c${b.personsWords}\u201d`,
          b.afterRefusal !== null && `What happens next: ${b.afterRefusal}`,
        ),
      };
    }
    case 'liberty_safeguard': {
      const b = record.body;
      const attention = libertyAttention(b, input.today);
      return {
        kind: 'liberty_safeguard',
        heading: libertySchemeLabels[b.scheme],
        lines: lines(
          libertyStatusLabels[b.status],
          b.authorisedOn !== null && `Authorised on ${on(b.authorisedOn)}${b.authorisedBy ? ` by ${b.authorisedBy}` : ''}`,
          b.expiresOn !== null && `Expires on ${on(b.expiresOn)}`,
          b.conditions !== null && `Conditions: ${b.conditions}`,
          b.reviewOn !== null && `To be reviewed by ${on(b.reviewOn)}`,
          attention !== null && libertyAttentionLabels[attention],
        ),
      };
    }
    case 'imca_involvement': {
      const b = record.body;
      return {
        kind: 'imca_involvement',
        heading: 'Independent Mental Capacity Advocate (IMCA)',
        lines: lines(
          `${b.name}, ${b.organisation}`,
          `Helping with: ${b.decision}`,
          `Instructed on ${on(b.instructedOn)}`,
          b.contact !== null && `Contact: ${b.contact}`,
          b.endedOn !== null && `Their involvement ended on ${on(b.endedOn)}`,
        ),
      };
    }
  }
}

/** The order kinds are shown in: what matters in an emergency first, then capacity, then documents and wishes. */
const recordKindOrder = [
  'legal_authority',
  'advance_decision',
  'advance_care_plan',
  'consent',
  'liberty_safeguard',
  'imca_involvement',
] as const;

/** The entries a reader with `parts` shared may see, in the order they are shown; empty when none. */
export function sharedCapacityEntries(input: SharedCapacityInput): SharedCapacityEntry[] {
  const shared = new Set(input.parts);
  const entries: SharedCapacityEntry[] = [];
  const add = (needs: readonly RecordPart[], entry: Omit<SharedCapacityEntry, 'part'>) => {
    const part = needs[0];
    if (part !== undefined && needs.every((p) => shared.has(p))) entries.push({ ...entry, part });
  };
  const currentOf = <K extends CapacityRecordView['kind']>(kind: K) => currentRecordsOfKind(input.records, kind);

  const resuscitation = currentOf('resuscitation')[0];
  if (resuscitation) add(capacityRecordParts(resuscitation), recordEntry(resuscitation, input));

  const status = capacityStatus(input.assessments, input.statedImpairment);
  add(['health'], {
    kind: 'capacity_status',
    heading: 'Mental capacity',
    lines: lines(
      capacityStatusLabels[status.kind],
      status.kind === 'assumed' && 'Everyone is assumed able to make their own decisions unless an assessment shows otherwise',
    ),
  });
  const inForce = input.assessments.filter((a) => a.inForce);
  for (const a of inForce) add(capacityDecisionParts(a), assessmentEntry(a));
  const inForceIds = new Set(inForce.map((a) => a.id));
  for (const d of input.bestInterestsDecisions.filter((x) => inForceIds.has(x.assessmentId)))
    add(capacityDecisionParts(d), bestInterestsEntry(d));

  for (const k of recordKindOrder) {
    for (const record of currentOf(k)) add(capacityRecordParts(record), recordEntry(record, input));
  }
  return entries;
}
