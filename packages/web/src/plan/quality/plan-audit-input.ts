// What the plan-quality audit reads in the browser: the draft being written, the person's record as the API gave it,
// the section definitions and today's date in England, built the same way on every page that shows a score.
import {
  auditPlan,
  type AuditConfig,
  type AuditInput,
  type AuditResult,
  type CarePlan,
  type Person,
  type PlanContent,
  type SectionDefinition,
} from '@hearth/core';

const englandDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) a moment falls on in England, as the server reads dates. */
export function englandDate(at: Date): string {
  return englandDateFormat.format(at);
}

function englandDateOf(iso: string | null): string | null {
  if (iso === null) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : englandDate(at);
}

export interface DraftAuditSource {
  plan: CarePlan;
  /** The draft's content as it stands: saved, or with a section's unsaved form laid over it. */
  content: PlanContent;
  person: Person;
  definitions: readonly SectionDefinition[];
  today: string;
}

/** The audit's input for a draft that is not agreed yet. */
export function draftAuditInput({ plan, content, person, definitions, today }: DraftAuditSource): AuditInput {
  const agreedOn = plan.versions.flatMap((v) => {
    const on = englandDateOf(v.agreedAt);
    return on === null ? [] : [on];
  });
  return {
    today,
    content,
    version: {
      status: 'draft',
      createdOn: englandDateOf(plan.draft?.createdAt ?? null) ?? today,
      agreedOn: null,
      agreement: null,
      // Who wrote the draft is known by name only here; the rule that needs their role does not apply in the browser.
      authorRole: null,
    },
    firstAgreedOn: agreedOn.sort()[0] ?? null,
    person,
    definitions,
  };
}

/**
 * The audit, or null if a rule trips over a half-typed plan: advice must never break the page it sits on.
 * The rules are written not to throw, so null is a safety net, not an expected answer.
 */
export function auditSafely(input: AuditInput, config: AuditConfig): AuditResult | null {
  try {
    return auditPlan(input, config);
  } catch (error) {
    // The error's name only: its message could quote the plan's text, which stays out of logs.
    console.warn('The plan-quality check could not run:', error instanceof Error ? error.name : typeof error);
    return null;
  }
}
