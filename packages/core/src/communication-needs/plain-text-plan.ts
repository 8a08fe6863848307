// The plan as plain text for a screen reader, text-to-speech or a braille display: headings on lines of their own,
// no tables, every list item a sentence, dates spelt out.
import { planStatusLabels } from '../care-plan/lifecycle.js';
import type { PlanVersion } from '../care-plan/plan-api.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { sectionParts, spokenDate } from './plan-parts.js';

export interface PlainTextPlanInput {
  /** The person's name as the plan is headed, for example "Peggy (Margaret Thompson)". */
  name: string;
  plan: Pick<PlanVersion, 'version' | 'status' | 'content' | 'agreement'> | null;
  definitions: readonly SectionDefinition[];
  /** The print date as people read it, for example "23 November 2026". */
  printedOn: string;
  /** The person's information and communication needs as flagged, so they travel with the plan. */
  communicationFlag: string[] | null;
}

/**
 * A heading is a line of its own between blank lines, with no underline or marks: text-to-speech reads "=====" aloud
 * as "equals equals ...", and a blank line is already a pause.
 */
function heading(text: string): string[] {
  return ['', text, ''];
}

export function plainTextPlan(input: PlainTextPlanInput): string {
  const lines: string[] = [`Care and support plan for ${input.name}`, ''];
  if (input.plan) {
    const agreed = input.plan.agreement
      ? ` Agreed on ${spokenDate(input.plan.agreement.date)} by ${input.plan.agreement.agreedBy}.`
      : '';
    lines.push(`Plan version ${input.plan.version}, ${planStatusLabels[input.plan.status].toLowerCase()}.${agreed}`);
  } else {
    lines.push('There is no agreed plan yet. Ask the office for the current plan.');
  }
  lines.push(`Printed ${input.printedOn}.`, '');
  if (input.communicationFlag !== null && input.communicationFlag.length > 0) {
    lines.push(...heading('My information and communication needs'), `${input.communicationFlag.join('. ')}.`, '');
  }
  const byKey = new Map(input.definitions.map((d) => [d.key, d]));
  for (const section of input.plan?.content.sections ?? []) {
    const definition = byKey.get(section.sectionKey);
    lines.push(...heading(definition?.title ?? section.sectionKey.replace(/_/g, ' ')));
    const parts = sectionParts(section, definition);
    if (parts.length === 0) lines.push('Not written yet.', '');
    for (const part of parts) lines.push(...heading(part.heading), ...part.sentences, '');
  }
  lines.push(`End of the plan for ${input.name}.`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
