// Checks a plan's content against the section definitions it claims to follow: unknown sections, checklist
// items or prompts are named by path, so a form or an import can point at each one.
import type { FieldError } from '../errors.js';
import { riskAssessmentKinds, type PlanContent, type SectionContent } from './plan-content.js';
import type { SectionDefinition } from './section-definition.js';

export function checkAgainstDefinitions(content: PlanContent, definitions: readonly SectionDefinition[]): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const seen = new Set<string>();
  content.sections.forEach((section, s) => {
    const at = `sections.${s}`;
    const definition = byKey.get(section.sectionKey);
    if (!definition) {
      errors.push({ field: `${at}.sectionKey`, message: `There is no section called "${section.sectionKey}"` });
      return;
    }
    if (seen.has(section.sectionKey)) errors.push({ field: `${at}.sectionKey`, message: `The ${definition.title} section appears twice` });
    seen.add(section.sectionKey);
    const answered = new Set<string>();
    section.checklist.forEach((answer, i) => {
      const checklist = definition.checklists.find((c) => c.key === answer.checklistKey);
      if (!checklist) {
        errors.push({ field: `${at}.checklist.${i}.checklistKey`, message: `${definition.title} has no checklist "${answer.checklistKey}"` });
      } else if (!checklist.items.some((item) => item.key === answer.itemKey)) {
        errors.push({ field: `${at}.checklist.${i}.itemKey`, message: `${checklist.title} has no item "${answer.itemKey}"` });
      }
      const key = `${answer.checklistKey}/${answer.itemKey}`;
      if (answered.has(key)) errors.push({ field: `${at}.checklist.${i}.itemKey`, message: 'This item is answered twice' });
      answered.add(key);
    });
    section.answers.forEach((answer, i) => {
      if (!definition.prompts.some((p) => p.key === answer.promptKey)) {
        errors.push({ field: `${at}.answers.${i}.promptKey`, message: `${definition.title} asks no question "${answer.promptKey}"` });
      }
    });
    if (section.medicationSupportLevel !== null && section.sectionKey !== 'medication') {
      errors.push({ field: `${at}.medicationSupportLevel`, message: 'Only the medication section has a medication support level' });
    }
    for (const list of ['outcomes', 'steps', 'risks', 'equipment'] as const) {
      const ids = new Set<string>();
      section[list].forEach((item, i) => {
        if (ids.has(item.id)) errors.push({ field: `${at}.${list}.${i}.id`, message: 'Two entries share this id' });
        ids.add(item.id);
      });
    }
    errors.push(...checkRiskAssessments(section, at));
  });
  return errors;
}

/** Screening tools belong to the one section whose subject they screen; a general assessment fits any section. */
const screeningPlaces = {
  must: { sectionKey: 'nutrition_and_hydration', message: 'A MUST screening belongs in the nutrition and hydration section' },
  falls: { sectionKey: 'mobility_and_falls', message: 'A falls screening belongs in the mobility and falls section' },
} as const;

function checkRiskAssessments(section: SectionContent, at: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const kind of ['must', 'falls'] as const) {
    const place = screeningPlaces[kind];
    if (section.sectionKey !== place.sectionKey) {
      section.riskAssessments[kind].forEach((_, i) => errors.push({ field: `${at}.riskAssessments.${kind}.${i}`, message: place.message }));
    }
  }
  for (const kind of riskAssessmentKinds) {
    const ids = new Set<string>();
    section.riskAssessments[kind].forEach((item, i) => {
      if (ids.has(item.id)) errors.push({ field: `${at}.riskAssessments.${kind}.${i}.id`, message: 'Two entries share this id' });
      ids.add(item.id);
    });
  }
  section.riskAssessments.general.forEach((assessment, i) => {
    const actionIds = new Set<string>();
    assessment.furtherActions.forEach((action, j) => {
      if (actionIds.has(action.id)) errors.push({ field: `${at}.riskAssessments.general.${i}.furtherActions.${j}.id`, message: 'Two actions share this id' });
      actionIds.add(action.id);
    });
  });
  return errors;
}
