// Reading a plan for the rules: find a section and its answers by key, list its written text with paths, and name
// sections in words. Every helper copes with a section or answer that is not there.
import type { PlanContent, SectionContent } from '../care-plan/plan-content.js';
import type { AuditInput } from './audit-input.js';
import { memoByObject } from './audit-scope.js';
import { joinTexts, type TextScan } from './text-scan.js';

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

export type TextKind = 'instruction' | 'description' | 'outcome' | 'other';

export interface SectionText extends TextAt {
  kind: TextKind;
  /** Its scan, once a rule has asked for it (text-scan.ts). */
  scan: TextScan | undefined;
}

/**
 * A written text and where it is. Its path is written out only when asked for, as few texts ever go into a finding
 * and an audit reads a plan's hundreds of texts: `sections.3` + `steps` + 1 + `what` is `sections.3.steps.1.what`.
 */
class TextInPlan implements SectionText {
  scan: TextScan | undefined = undefined;
  private path: string | null = null;

  constructor(
    readonly text: string,
    readonly kind: TextKind,
    private readonly section: string,
    private readonly list: string,
    private readonly index: number | null = null,
    private readonly name = '',
  ) {}

  get field(): string {
    this.path ??=
      this.index === null ? `${this.section}.${this.list}` : `${this.section}.${this.list}.${this.index}.${this.name}`;
    return this.path;
  }
}

/** The answer to one of the section's questions, if it has been written (not blank). */
export function answerOf(ref: SectionRef, promptKey: string): TextAt | null {
  const i = ref.section.answers.findIndex((a) => a.promptKey === promptKey && a.text.trim() !== '');
  const answer = ref.section.answers[i];
  return answer ? new TextInPlan(answer.text, 'instruction', ref.path, 'answers', i, 'text') : null;
}

/** Every piece of written text in a section, with its path; instructions are what staff are told to do. */
export function sectionTexts(ref: SectionRef): SectionText[] {
  // Named by the path alone, a string the section's reference already holds, so no name is built for each call.
  return memoByObject(ref.section, ref.path, () => readSectionTexts(ref));
}

function readSectionTexts(ref: SectionRef): SectionText[] {
  const { section, path } = ref;
  const out: SectionText[] = [];
  const add = (text: string | null, kind: TextKind, list: string, index?: number, name?: string) => {
    if (text !== null && text.trim() !== '') out.push(new TextInPlan(text, kind, path, list, index, name));
  };
  add(section.notApplicable?.reason ?? null, 'other', 'notApplicable.reason');
  section.checklist.forEach((c, i) => {
    add(c.note, 'description', 'checklist', i, 'note');
  });
  section.answers.forEach((a, i) => {
    add(a.text, 'instruction', 'answers', i, 'text');
  });
  add(section.strengths, 'description', 'strengths');
  add(section.needs, 'description', 'needs');
  section.outcomes.forEach((o, i) => {
    add(o.goal, 'outcome', 'outcomes', i, 'goal');
    add(o.howMet, 'instruction', 'outcomes', i, 'howMet');
    add(o.whoInvolved, 'other', 'outcomes', i, 'whoInvolved');
    o.progress.forEach((p, j) => {
      add(p.note, 'other', `outcomes.${i}.progress`, j, 'note');
    });
  });
  section.steps.forEach((s, i) => {
    add(s.when, 'other', 'steps', i, 'when');
    add(s.what, 'instruction', 'steps', i, 'what');
    add(s.who, 'other', 'steps', i, 'who');
  });
  section.risks.forEach((r, i) => {
    add(r.risk, 'description', 'risks', i, 'risk');
    add(r.howManaged, 'instruction', 'risks', i, 'howManaged');
  });
  section.equipment.forEach((e, i) => {
    add(e.item, 'other', 'equipment', i, 'item');
    add(e.notes, 'description', 'equipment', i, 'notes');
  });
  return out;
}

/** All the written text of the sections in use, joined: for "does the plan mention …" questions. */
export function planText(content: PlanContent, keys?: readonly string[]): string {
  return memoByObject(content, keys === undefined ? 'planText *' : `planText ${keys.join(' ')}`, () => {
    // Loops rather than flatMap, which is slow for the few hundred texts of a plan.
    const texts: SectionText[] = [];
    for (const ref of sectionsInUse(content)) {
      if (keys !== undefined && !keys.includes(ref.key)) continue;
      for (const t of sectionTexts(ref)) texts.push(t);
    }
    return joinTexts(texts);
  });
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
