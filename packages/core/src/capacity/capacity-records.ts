// Rules over a person's capacity records: which are current, what a new record may replace, dates against today,
// what consent may rest on, and the summaries the API answers with (ReSPECT / DNACPR, liberty, advance care plan).
import type { PlanContent } from '../care-plan/plan-content.js';
import type { FieldError } from '../errors.js';
import { planText } from '../plan-audit/plan-reading.js';
import { findPhrases } from '../plan-audit/text-match.js';
import { acpPrompt } from './advance-care-plan.js';
import { assessmentInForceFor, assessmentsInForce } from './assessments-in-force.js';
import type { StoredCapacityAssessment } from './capacity-assessment.js';
import {
  capacityRecordKinds,
  capacityRecordRoutes,
  libertyAttentionLabels,
  type CapacityRecordDraft,
  type CapacityRecordKind,
  type CapacityRecordView,
  type CapacityRecordViewOf,
  type CapacityRecordsResponse,
  type LibertyAttentionView,
  type ResuscitationSummary,
} from './capacity-records-api.js';
import { consentArea, type ConsentBody, type ConsentScope } from './consent.js';
import { libertyAttention } from './deprivation-of-liberty.js';
import { authorityLimit, authorityLimitMessages, legalAuthorityDateErrors } from './legal-authority.js';
import { cprNotToBeAttempted, resuscitationReviewDue, type ResuscitationRecordBody } from './resuscitation-record.js';

/**
 * Kinds with one record in force at a time: a second one replaces the first (naming it, with a reason) rather than
 * standing beside it, so two conflicting CPR decisions, authorisations or plans can never both look current.
 */
export const singleCurrentKinds: readonly CapacityRecordKind[] = ['liberty_safeguard', 'advance_care_plan', 'resuscitation'];

/** Marks which stored records a later one replaced; the rest are current. */
export function withCurrentFlags<R extends { id: string; supersedes: string | null }>(
  records: readonly R[],
): (R & { supersededBy: string | null; current: boolean })[] {
  const supersededBy = new Map(records.flatMap((r) => (r.supersedes ? [[r.supersedes, r.id] as const] : [])));
  return records.map((r) => {
    const by = supersededBy.get(r.id) ?? null;
    return { ...r, supersededBy: by, current: by === null };
  });
}

/** The records of one kind, in the order given. */
export function recordsOfKind<K extends CapacityRecordKind>(
  records: readonly CapacityRecordView[],
  kind: K,
): CapacityRecordViewOf<K>[] {
  return records.filter((r): r is CapacityRecordViewOf<K> => r.kind === kind);
}

/** The current (not replaced) records of one kind, newest first. */
export function currentRecordsOfKind<K extends CapacityRecordKind>(
  records: readonly CapacityRecordView[],
  kind: K,
): CapacityRecordViewOf<K>[] {
  return newestFirst(recordsOfKind(records, kind).filter((r) => r.current));
}

function newestFirst<R extends { recordedAt: string; id: string }>(records: readonly R[]): R[] {
  return [...records].sort((a, b) =>
    a.recordedAt !== b.recordedAt ? (a.recordedAt < b.recordedAt ? 1 : -1) : a.id < b.id ? 1 : -1,
  );
}

/** What the supersede check needs of each of the person's records. */
export interface SupersedeCandidate {
  id: string;
  kind: CapacityRecordKind;
  supersedes: string | null;
}

/**
 * A new record may replace only a record of the same person (`existing` is theirs alone) and the same kind that is
 * not already replaced; and where a kind has one record in force, a new one must replace it.
 */
export function capacityRecordSupersedeErrors(
  kind: CapacityRecordKind,
  supersedes: string | null,
  existing: readonly SupersedeCandidate[],
): FieldError[] {
  const replacedIds = new Set(existing.map((r) => r.supersedes).filter((id): id is string => id !== null));
  const noun = recordNouns[kind];
  if (supersedes === null) {
    const inForce = existing.some((r) => r.kind === kind && !replacedIds.has(r.id));
    return singleCurrentKinds.includes(kind) && inForce
      ? [
          {
            field: 'supersedes',
            message: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} is already recorded: replace it, saying why`,
          },
        ]
      : [];
  }
  const replaced = existing.find((r) => r.id === supersedes);
  if (!replaced) return [{ field: 'supersedes', message: 'Choose a record of this person to replace' }];
  if (replaced.kind !== kind) return [{ field: 'supersedes', message: `Choose ${noun} to replace` }];
  if (replacedIds.has(replaced.id))
    return [{ field: 'supersedes', message: 'That record has already been replaced: replace the newer one' }];
  return [];
}

/** Each kind as a sentence names one. */
const recordNouns: Record<CapacityRecordKind, string> = {
  legal_authority: 'a lasting power of attorney or deputyship',
  advance_decision: 'an advance decision to refuse treatment',
  liberty_safeguard: 'a deprivation of liberty record',
  imca_involvement: 'an advocate\u2019s involvement',
  consent: 'a consent record',
  advance_care_plan: 'an advance care plan',
  resuscitation: 'a ReSPECT form or DNACPR decision',
};

const inTheFuture = (field: string, what: string): FieldError => ({ field, message: `${what} must be today or in the past` });

/** Dates that cannot be after today (the London day): what was made, decided, seen, applied for or authorised. */
export function capacityRecordDateErrors(draft: CapacityRecordDraft, today: string): FieldError[] {
  const past = (checks: [string, string | null, string][]) =>
    checks.filter(([, date]) => date !== null && date > today).map(([field, , what]) => inTheFuture(field, what));
  switch (draft.kind) {
    case 'legal_authority':
      return legalAuthorityDateErrors(draft.body, today);
    case 'advance_decision':
      return past([
        ['madeOn', draft.body.madeOn, 'The date it was made'],
        ['seenOn', draft.body.seenOn, 'The date it was seen'],
      ]);
    case 'liberty_safeguard':
      return past([
        ['appliedOn', draft.body.appliedOn, 'The date of the application'],
        ['authorisedOn', draft.body.authorisedOn, 'The date it was authorised'],
      ]);
    case 'imca_involvement':
      return past([['instructedOn', draft.body.instructedOn, 'The date they were instructed']]);
    case 'consent':
      return past([['decidedOn', draft.body.decidedOn, 'The date of the decision']]);
    case 'advance_care_plan':
      return past([
        ['madeOn', draft.body.madeOn, 'The date the plan was made'],
        ['hospitalPassport.lastReviewedOn', draft.body.hospitalPassport.lastReviewedOn, 'The date it was last reviewed'],
      ]);
    case 'resuscitation':
      return draft.body.status === 'none' ? [] : past([['decidedOn', draft.body.decidedOn, 'The date of the decision']]);
  }
}

/** The decision a consent is about, as capacity assessments name it: the plan section's key, or the activity. */
export function consentDecisionRef(scope: ConsentScope): { decision: string; decisionKey: string | null } {
  return scope.kind === 'plan_section'
    ? { decision: scope.sectionKey, decisionKey: scope.sectionKey }
    : { decision: scope.activity, decisionKey: null };
}

/**
 * Whether the assessments in force find the person lacks capacity for what the consent is about: the assessment for
 * that decision, or (for a plan section) one naming the section among those it covers.
 */
export function lacksCapacityForConsent(scope: ConsentScope, assessments: readonly StoredCapacityAssessment[]): boolean {
  const direct = assessmentInForceFor(consentDecisionRef(scope), assessments);
  if (direct) return direct.outcome === 'lacks_capacity';
  if (scope.kind !== 'plan_section') return false;
  return assessmentsInForce(assessments).some(
    (a) => a.outcome === 'lacks_capacity' && (a.sectionKeys ?? []).includes(scope.sectionKey),
  );
}

export interface ConsentReferences {
  /** The person's current lasting powers of attorney and deputyships. */
  legalAuthorities: readonly CapacityRecordViewOf<'legal_authority'>[];
  /** The ids of the person's best-interests decisions. */
  bestInterestsDecisionIds: readonly string[];
  lacksCapacityForDecision: boolean;
  today: string;
}

/**
 * What a consent rests on must be the person's own: a current authority that covers this decision, or one of their
 * best-interests decisions.
 */
export function consentReferenceErrors(body: ConsentBody, refs: ConsentReferences): FieldError[] {
  if (body.basis === 'legal_authority' && body.authorityId !== null) {
    const authority = refs.legalAuthorities.find((a) => a.id === body.authorityId && a.current);
    if (!authority)
      return [{ field: 'authorityId', message: 'Choose a lasting power of attorney or deputyship recorded for this person' }];
    const limit = authorityLimit(authority.body, consentArea(body.scope), {
      lacksCapacityForDecision: refs.lacksCapacityForDecision,
      today: refs.today,
    });
    if (limit !== null) return [{ field: 'authorityId', message: authorityLimitMessages[limit] }];
  }
  if (body.basis === 'best_interests' && body.bestInterestsDecisionId !== null) {
    if (!refs.bestInterestsDecisionIds.includes(body.bestInterestsDecisionId))
      return [{ field: 'bestInterestsDecisionId', message: 'Choose a best-interests decision recorded for this person' }];
  }
  return [];
}

/** The words every person screen shows for a ReSPECT form or DNACPR decision. */
export function resuscitationLabel(body: ResuscitationRecordBody): string {
  switch (body.status) {
    case 'none':
      return 'No ReSPECT form or DNACPR decision';
    case 'dnacpr':
      return 'DNACPR \u2014 do not attempt CPR';
    case 'respect_form':
      return body.cprRecommendation === 'do_not_attempt_cpr' ? 'ReSPECT form: do not attempt CPR' : 'ReSPECT form: attempt CPR';
  }
}

/** The summary of the newest current ReSPECT / DNACPR record, or null when none was ever recorded. */
export function resuscitationSummary(records: readonly CapacityRecordView[], today: string): ResuscitationSummary | null {
  const record = currentRecordsOfKind(records, 'resuscitation')[0];
  if (!record) return null;
  const body = record.body;
  return {
    status: body.status,
    label: resuscitationLabel(body),
    cprNotToBeAttempted: cprNotToBeAttempted(body),
    formLocation: body.status === 'none' ? null : body.originalKeptAt,
    decidedOn: body.status === 'none' ? null : body.decidedOn,
    reviewOn: body.status === 'none' ? null : body.reviewOn,
    reviewDue: resuscitationReviewDue(body, today),
    recordId: record.id,
  };
}

/** Current liberty safeguards needing something done today: expired, renewal due, or review due. */
export function libertyAttentionList(records: readonly CapacityRecordView[], today: string): LibertyAttentionView[] {
  return currentRecordsOfKind(records, 'liberty_safeguard').flatMap((r) => {
    const attention = libertyAttention(r.body, today);
    return attention === null
      ? []
      : [
          {
            recordId: r.id,
            attention,
            label: libertyAttentionLabels[attention],
            status: r.body.status,
            expiresOn: r.body.expiresOn,
            reviewOn: r.body.reviewOn,
          },
        ];
  });
}

/** Whether the plan's words mention a progressive condition (the provider's list of terms), for the ACP prompt. */
export function planMentionsProgressiveCondition(content: PlanContent | null, terms: readonly string[]): boolean {
  return content !== null && findPhrases(planText(content), terms).length > 0;
}

export interface CapacityRecordsContext {
  today: string;
  progressiveIllness: boolean;
  fluctuatingCapacity: boolean;
}

/** The capacity records response from every record of the person (any order), replaced ones included. */
export function capacityRecordsResponse(
  personId: string,
  records: readonly CapacityRecordView[],
  context: CapacityRecordsContext,
): CapacityRecordsResponse {
  const sorted = newestFirst(records);
  const lists = Object.fromEntries(
    capacityRecordKinds.map((kind) => [capacityRecordRoutes[kind].list, recordsOfKind(sorted, kind)]),
  ) as Pick<CapacityRecordsResponse, (typeof capacityRecordRoutes)[CapacityRecordKind]['list']>;
  return {
    personId,
    ...lists,
    resuscitation: resuscitationSummary(sorted, context.today),
    acpPrompt: acpPrompt({
      progressiveIllness: context.progressiveIllness,
      fluctuatingCapacity: context.fluctuatingCapacity,
      advanceCarePlanExists: currentRecordsOfKind(sorted, 'advance_care_plan').length > 0,
      offeredOn: null,
    }),
    libertyAttention: libertyAttentionList(sorted, context.today),
  };
}
