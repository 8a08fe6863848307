// Reading a plan for the rules: find a section and its answers by key, list its written text with paths, and name
// sections in words. Every helper copes with a section or answer that is not there.
import type { PlanContent, SectionContent } from '../care-plan/plan-content.js';
import type { AuditInput } from './audit-input.js';
import { memoByObject } from './audit-scope.js';
import { joinTexts } from './text-scan.js';

export interface SectionRef {
  key: string;
  section: SectionContent;
  index: number;
  /** The path of the section in the plan content, for example `sections.3`. */
  path: string;
}

/** The first section with this key, written or marked not applicable; null when the plan leaves it out. */
export function findSection(content: PlanContent, key: string): SectionRef | null {
  const index = content.sections.findIndex((s) => s.sectionKey === key);
  const section = content.sections[index];
  return section ? { key, section, index, path: `sections.${index}` } : null;
}

/** The section when the plan has it and it applies (is not marked "not applicable"). */
export function sectionInUse(content: PlanContent, key: string): SectionRef | null {
  const ref = findSection(content, key);
  return ref && ref.section.notApplicable === null ? ref : null;
}

export function sectionsInUse(content: PlanContent): SectionRef[] {
  return memoByObject(content, 'sectionsInUse', () => readSectionsInUse(content));
}

function readSectionsInUse(content: PlanContent): SectionRef[] {
  return content.sections.flatMap((section, index) =>
    section.notApplicable === null ? [{ key: section.sectionKey, section, index, path: `sections.${index}` }] : [],
  );
}

export interface TextAt {
  /** Path in the plan content, for example `sections.3.steps.1.what`. */
  field: string;
  text: string;
}

/** The answer to one of the section's questions, if it has been written (not blank). */
export function answerOf(ref: SectionRef, promptKey: string): TextAt | null {
  const i = ref.section.answers.findIndex((a) => a.promptKey === promptKey && a.text.trim() !== '');
  const answer = ref.section.answers[i];
  return answer ? { field: `${ref.path}.answers.${i}.text`, text: answer.text } : null;
}

export type TextKind = 'instruction' | 'description' | 'outcome' | 'other';

export interface SectionText extends TextAt {
  kind: TextKind;
}

/** Every piece of written text in a section, with its path; instructions are what staff are told to do. */
export function sectionTexts(ref: SectionRef): SectionText[] {
  return memoByObject(ref.section, `texts ${ref.path}`, () => readSectionTexts(ref));
}

function readSectionTexts(ref: SectionRef): SectionText[] {
  const { section, path } = ref;
  const out: SectionText[] = [];
  const add = (field: string, text: string | null, kind: TextKind) => {
    if (text !== null && text.trim() !== '') out.push({ field: `${path}.${field}`, text, kind });
  };
  add('notApplicable.reason', section.notApplicable?.reason ?? null, 'other');
  section.checklist.forEach((c, i) => {
    add(`checklist.${i}.note`, c.note, 'description');
  });
  section.answers.forEach((a, i) => {
    add(`answers.${i}.text`, a.text, 'instruction');
  });
  add('strengths', section.strengths, 'description');
  add('needs', section.needs, 'description');
  section.outcomes.forEach((o, i) => {
    add(`outcomes.${i}.goal`, o.goal, 'outcome');
    add(`outcomes.${i}.howMet`, o.howMet, 'instruction');
    add(`outcomes.${i}.whoInvolved`, o.whoInvolved, 'other');
    o.progress.forEach((p, j) => {
      add(`outcomes.${i}.progress.${j}.note`, p.note, 'other');
    });
  });
  section.steps.forEach((s, i) => {
    add(`steps.${i}.when`, s.when, 'other');
    add(`steps.${i}.what`, s.what, 'instruction');
    add(`steps.${i}.who`, s.who, 'other');
  });
  section.risks.forEach((r, i) => {
    add(`risks.${i}.risk`, r.risk, 'description');
    add(`risks.${i}.howManaged`, r.howManaged, 'instruction');
  });
  section.equipment.forEach((e, i) => {
    add(`equipment.${i}.item`, e.item, 'other');
    add(`equipment.${i}.notes`, e.notes, 'description');
  });
  return out;
}

/** All the written text of the sections in use, joined: for "does the plan mention …" questions. */
export function planText(content: PlanContent, keys?: readonly string[]): string {
  return memoByObject(content, `planText ${keys === undefined ? '*' : keys.join(' ')}`, () =>
    joinTexts(
      sectionsInUse(content)
        .filter((ref) => keys === undefined || keys.includes(ref.key))
        .flatMap((ref) => sectionTexts(ref).map((t) => t.text)),
    ),
  );
}

/** The section's title from its definition, or its key in words when no definition is given. */
export function sectionTitle(input: AuditInput, key: string): string {
  return input.definitions.find((d) => d.key === key)?.title ?? key.replace(/_/g, ' ');
}

/** The checklist items of a section's definition that the section has not answered (an "Other" item is optional). */
export function unansweredItems(input: AuditInput, ref: SectionRef, checklistKey: string): { itemKey: string; label: string }[] {
  const checklist = input.definitions.find((d) => d.key === ref.key)?.checklists.find((c) => c.key === checklistKey);
  if (!checklist) return [];
  const answered = new Set(ref.section.checklist.filter((a) => a.checklistKey === checklistKey).map((a) => a.itemKey));
  return checklist.items
    .filter((item) => item.key !== 'other' && !answered.has(item.key))
    .map((i) => ({ itemKey: i.key, label: i.label }));
}

/** A checklist item the person needs some support with (anything but "no support" or "do not use"). */
export function needsSupportWith(ref: SectionRef, checklistKey: string, itemKey: string): boolean {
  return ref.section.checklist.some(
    (a) => a.checklistKey === checklistKey && a.itemKey === itemKey && a.level !== 'no_support' && a.level !== 'not_used',
  );
}

/** Personal care is needed unless the section says no (or is marked not applicable). */
export function personalCareNeeded(content: PlanContent): SectionRef | null {
  const ref = sectionInUse(content, 'personal_care');
  const answer = ref ? answerOf(ref, 'personal_care_needed') : null;
  return ref && answer && !/^\s*(?:no\b|none\b|not\b)/i.test(answer.text) ? ref : null;
}
