// The built-in toolkit checklist: one question per toolkit section, built from the section definitions themselves,
// so the checklist follows the toolkit's data when a section's purpose, checklists or prompts change.
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { toolkitSections } from '../care-plan/sections/index.js';
import { toolkitTemplateKey, type AuditQuestion, type AuditTemplateContent } from './template.js';

export const toolkitTemplateVersion = 1;

/** What the auditor reads beside the question: what the section is for, its checklists, and what a plan answers. */
function guidanceFor(section: SectionDefinition): string {
  const parts = [`What it is for: ${section.purpose}`];
  for (const checklist of section.checklists) {
    parts.push(`Checklist “${checklist.title}”: ${checklist.items.map((i) => i.label).join(', ')}.`);
  }
  if (section.prompts.length > 0) parts.push(`A good section answers: ${section.prompts.map((p) => p.label).join('; ')}.`);
  return parts.join('\n');
}

function questionFor(section: SectionDefinition): AuditQuestion {
  const checklist = section.checklists.length > 0 ? ', with a level of support for each checklist item' : '';
  return {
    id: section.key,
    text: `Does “${section.title}” cover what the toolkit asks of it${checklist}, in the person’s words and in enough detail to give the support?`,
    guidance: guidanceFor(section),
    sectionKey: section.key,
    cqcStatement: null,
  };
}

/** The toolkit checklist as a template, from the given section definitions (the toolkit's own by default). */
export function toolkitTemplate(sections: readonly SectionDefinition[] = toolkitSections): AuditTemplateContent & { key: string; version: number } {
  return {
    key: toolkitTemplateKey,
    version: toolkitTemplateVersion,
    title: 'Care and support plan toolkit checklist',
    description:
      'One question for each section of the care and support plan toolkit: read the section in the plan and say whether it meets the toolkit’s checklist and best practice. Answer “not applicable” where the section does not apply to the person.',
    questions: sections.map(questionFor),
  };
}
