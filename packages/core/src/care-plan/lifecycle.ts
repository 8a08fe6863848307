// The life of a plan version: draft → agreed → in use → under review → superseded. Rules about change are
// constraints on these transitions; an agreed version's content never changes.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import type { PlanContent } from './plan-content.js';

export const planStatuses = ['draft', 'agreed', 'in_use', 'under_review', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  draft: 'Draft',
  agreed: 'Agreed',
  in_use: 'In use',
  under_review: 'Under review',
  superseded: 'Superseded',
};

export const agreementMethods = ['signed_on_screen', 'verbal_with_witness', 'easy_read', 'attorney_or_deputy', 'best_interests'] as const;
export type AgreementMethod = (typeof agreementMethods)[number];
export const agreementMethodLabels: Record<AgreementMethod, string> = {
  signed_on_screen: 'The person signed on screen',
  verbal_with_witness: 'The person agreed verbally, with a witness',
  easy_read: 'The person agreed an easy-read version',
  attorney_or_deputy: 'Agreed by an attorney or deputy with authority',
  best_interests: 'Decided in the person\u2019s best interests (they lack capacity for this decision)',
};

export const agreementSchema = z
  .object({
    method: z.enum(agreementMethods, { error: 'Choose how the plan was agreed' }),
    agreedBy: requiredText(120, 'who agreed the plan'),
    date: isoDateSchema,
    witness: optionalText(120, 'the witness'),
    /** For an attorney or deputy: the authority they hold (for example "LPA health and welfare, registered 2024"). */
    authority: optionalText(300, 'their authority'),
    /**
     * For an attorney or deputy: the lasting power of attorney or deputyship on the person's record that they act
     * under. Required when a plan is agreed (agreeBodySchema); agreements recorded before it existed have only the words.
     */
    authorityId: z.uuid({ error: 'Choose the lasting power of attorney or deputyship' }).nullable().optional(),
    /** For a best-interests decision: where the decision is recorded. */
    bestInterestsDecision: optionalText(300, 'the best-interests decision'),
  })
  .superRefine((a, ctx) => {
    if (a.method === 'verbal_with_witness' && a.witness === null) {
      ctx.addIssue({ code: 'custom', path: ['witness'], message: 'Enter who witnessed the agreement' });
    }
    // An agreement recorded before authorities were kept on the person's record names the authority in words only.
    if (a.method === 'attorney_or_deputy' && a.authority === null && a.authorityId == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['authorityId'],
        message: 'Choose the lasting power of attorney or deputyship the attorney or deputy holds',
      });
    }
    if (a.method === 'best_interests' && a.bestInterestsDecision === null) {
      ctx.addIssue({ code: 'custom', path: ['bestInterestsDecision'], message: 'Say where the best-interests decision is recorded' });
    }
  });
export type Agreement = z.infer<typeof agreementSchema>;

export type PlanEvent = 'agree' | 'start_use' | 'start_review' | 'supersede';

const transitions: Record<PlanEvent, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  agree: { from: ['draft'], to: 'agreed' },
  start_use: { from: ['agreed'], to: 'in_use' },
  start_review: { from: ['in_use'], to: 'under_review' },
  supersede: { from: ['agreed', 'in_use', 'under_review'], to: 'superseded' },
};

/** The status an event leads to, or null when the event is not allowed from this status. */
export function nextStatus(current: PlanStatus, event: PlanEvent): PlanStatus | null {
  const t = transitions[event];
  return t.from.includes(current) ? t.to : null;
}

export function isEditable(status: PlanStatus): boolean {
  return status === 'draft';
}

export interface AgreementProblem {
  field: string;
  message: string;
}

/** Why a draft cannot be agreed yet; empty when it can. The person's involvement must be recorded. */
export function problemsBeforeAgreement(content: PlanContent, agreement: Agreement): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  if (!content.involvement.some((i) => i.kind === 'person')) {
    problems.push({ field: 'involvement', message: 'Record how the person took part before the plan is agreed' });
  }
  if (content.sections.length === 0) {
    problems.push({ field: 'sections', message: 'Write at least one section before the plan is agreed' });
  }
  if (agreement.method === 'attorney_or_deputy' && !content.involvement.some((i) => i.kind === 'attorney' || i.kind === 'deputy')) {
    problems.push({ field: 'involvement', message: 'Record the attorney\u2019s or deputy\u2019s involvement before they agree the plan' });
  }
  return problems;
}
