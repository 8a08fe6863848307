// Findings several rules make the same way: a question left unanswered, a checklist item left unanswered.
import type { AuditInput } from './audit-input.js';
import type { Finding, Severity } from './finding.js';
import { answerOf, sectionTitle, unansweredItems, type SectionRef } from './plan-reading.js';
import type { Report } from './rule.js';

export function promptLabel(input: AuditInput, sectionKey: string, promptKey: string): string {
  const prompt = input.definitions.find((d) => d.key === sectionKey)?.prompts.find((p) => p.key === promptKey);
  return prompt?.label ?? promptKey.replace(/_/g, ' ');
}

/** A finding when the section has not answered one of its questions; nothing when it has. */
export function requireAnswer(
  report: Report,
  input: AuditInput,
  ref: SectionRef,
  promptKey: string,
  why: string,
  severity?: Severity,
): Finding[] {
  if (answerOf(ref, promptKey)) return [];
  return [missingAnswer(report, input, ref, promptKey, why, severity)];
}

export function missingAnswer(
  report: Report,
  input: AuditInput,
  ref: SectionRef,
  promptKey: string,
  why: string,
  severity?: Severity,
): Finding {
  const label = promptLabel(input, ref.key, promptKey);
  return report({
    sectionKey: ref.key,
    field: `${ref.path}.answers`,
    missing: `answers.${promptKey}`,
    explanation: `${sectionTitle(input, ref.key)} does not answer \u201c${label}\u201d. ${why}`,
    howToFix: `Answer \u201c${label}\u201d with the person, or say plainly that it does not apply to them.`,
    severity,
  });
}

/** One finding for each item of the checklist the section has not given a level of support (or "not used"). */
export function requireChecklist(report: Report, input: AuditInput, ref: SectionRef, checklistKey: string): Finding[] {
  return unansweredItems(input, ref, checklistKey).map((item) =>
    report({
      sectionKey: ref.key,
      field: `${ref.path}.checklist`,
      missing: `checklist.${checklistKey}.${item.itemKey}`,
      explanation: `${sectionTitle(input, ref.key)} gives no level of support for \u201c${item.label}\u201d.`,
      howToFix: 'Choose the level of support the person needs, or \u201cI do not use or need that\u201d.',
    }),
  );
}
