// What each form on the plan sections page adds to the provider's extension, and the browser's own checks first.
// Keys are made from the words people type, so nobody types a key.
import {
  extensionChecklistSchema,
  extensionItemSchema,
  extensionPromptSchema,
  keyFromLabel,
  providerSectionSchema,
  saveSectionExtensionBodySchema,
  type FieldError,
  type SectionAddition,
  type SectionDefinition,
  type SectionExtension,
} from '@hearth/core';

/** The first message a schema gives for one value, as an error on the form's field. */
interface Checkable {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

function check(schema: Checkable, value: unknown, field: string): FieldError[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : [{ field, message: parsed.error.issues[0]?.message ?? 'Check this answer' }];
}

export function reasonErrors(reason: string, field: string): FieldError[] {
  return check(saveSectionExtensionBodySchema.shape.reason, reason, field);
}

/** The provider's addition to one section, created if it has none yet; the rest of the document is copied. */
function withAddition(
  extension: SectionExtension,
  sectionKey: string,
  change: (a: SectionAddition) => SectionAddition,
): SectionExtension {
  const index = extension.additions.findIndex((a) => a.sectionKey === sectionKey);
  const current: SectionAddition = extension.additions[index] ?? { sectionKey, checklists: [], items: [], prompts: [] };
  const additions = [...extension.additions];
  if (index >= 0) additions[index] = change(current);
  else additions.push(change(current));
  return { ...extension, additions };
}

const sameWords = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

export interface NewItem {
  /** "sectionKey/checklistKey" as chosen in the list. */
  target: string;
  label: string;
}

export function itemErrors(item: NewItem, sections: readonly SectionDefinition[]): FieldError[] {
  const [sectionKey, checklistKey] = item.target.split('/');
  const checklist = sections.find((s) => s.key === sectionKey)?.checklists.find((c) => c.key === checklistKey);
  if (!checklist)
    return [
      { field: 'item.target', message: 'Choose the checklist to add the item to' },
      ...check(extensionItemSchema.shape.label, item.label, 'item.label'),
    ];
  const errors = check(extensionItemSchema.shape.label, item.label, 'item.label');
  if (errors.length === 0 && checklist.items.some((i) => sameWords(i.label, item.label))) {
    errors.push({ field: 'item.label', message: `${checklist.title} already has an item called "${item.label.trim()}"` });
  }
  return errors;
}

export function addItem(extension: SectionExtension, sections: readonly SectionDefinition[], item: NewItem): SectionExtension {
  const [sectionKey = '', checklistKey = ''] = item.target.split('/');
  const checklist = sections.find((s) => s.key === sectionKey)?.checklists.find((c) => c.key === checklistKey);
  const key = keyFromLabel(item.label, new Set(checklist?.items.map((i) => i.key)));
  return withAddition(extension, sectionKey, (a) => ({
    ...a,
    items: [...a.items, { checklistKey, item: { key, label: item.label.trim() } }],
  }));
}

export interface NewQuestion {
  sectionKey: string;
  label: string;
  hint: string;
}

export function questionErrors(question: NewQuestion, sections: readonly SectionDefinition[]): FieldError[] {
  const section = sections.find((s) => s.key === question.sectionKey);
  const errors = [
    ...(section ? [] : [{ field: 'question.sectionKey', message: 'Choose the section to ask the question in' }]),
    ...check(extensionPromptSchema.shape.label, question.label, 'question.label'),
    ...check(extensionPromptSchema.shape.hint, question.hint, 'question.hint'),
  ];
  if (
    section &&
    !errors.some((e) => e.field === 'question.label') &&
    section.prompts.some((p) => sameWords(p.label, question.label))
  ) {
    errors.push({ field: 'question.label', message: `${section.title} already asks "${question.label.trim()}"` });
  }
  return errors;
}

export function addQuestion(
  extension: SectionExtension,
  sections: readonly SectionDefinition[],
  question: NewQuestion,
): SectionExtension {
  const section = sections.find((s) => s.key === question.sectionKey);
  const key = keyFromLabel(question.label, new Set(section?.prompts.map((p) => p.key)));
  const hint = question.hint.trim();
  const prompt = { key, label: question.label.trim(), hint: hint === '' ? undefined : hint };
  return withAddition(extension, question.sectionKey, (a) => ({ ...a, prompts: [...a.prompts, prompt] }));
}

export interface NewSection {
  title: string;
  purpose: string;
  guidance: string;
  goodExample: string;
  /** Optional: a checklist title and its items, one a line. */
  checklistTitle: string;
  items: string;
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
/** Paragraphs are separated by a blank line. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

export function sectionErrors(section: NewSection, sections: readonly SectionDefinition[]): FieldError[] {
  const shape = providerSectionSchema.shape;
  const errors = [
    ...check(shape.title, section.title, 'section.title'),
    ...check(shape.purpose, section.purpose, 'section.purpose'),
    ...(paragraphsOf(section.guidance).length === 0
      ? [{ field: 'section.guidance', message: 'Enter guidance for writing the section' }]
      : paragraphsOf(section.guidance)
          .flatMap((p) => check(shape.guidance.element, p, 'section.guidance'))
          .slice(0, 1)),
    ...check(shape.goodExample, section.goodExample, 'section.goodExample'),
  ];
  if (!errors.some((e) => e.field === 'section.title') && sections.some((s) => sameWords(s.title, section.title))) {
    errors.push({ field: 'section.title', message: `There is already a section called "${section.title.trim()}"` });
  }
  const items = linesOf(section.items);
  if (section.checklistTitle.trim() !== '' || items.length > 0) {
    errors.push(...check(extensionChecklistSchema.shape.title, section.checklistTitle, 'section.checklistTitle'));
    if (items.length === 0) errors.push({ field: 'section.items', message: 'Enter the checklist’s items, one on each line' });
    else if (items.length > 60) errors.push({ field: 'section.items', message: 'A checklist can have up to 60 items' });
    else {
      const tooLong = items.find((i) => i.length > 200);
      if (tooLong !== undefined)
        errors.push({
          field: 'section.items',
          message: `Each item must be 200 characters or fewer: shorten "${tooLong.slice(0, 40)}…"`,
        });
    }
  }
  return errors;
}

export function addSection(
  extension: SectionExtension,
  sections: readonly SectionDefinition[],
  section: NewSection,
): SectionExtension {
  const key = keyFromLabel(section.title, new Set(sections.map((s) => s.key)));
  const itemKeys = new Set<string>();
  const items = linesOf(section.items).map((label) => {
    const itemKey = keyFromLabel(label, itemKeys);
    itemKeys.add(itemKey);
    return { key: itemKey, label };
  });
  const checklists =
    items.length === 0
      ? []
      : [{ key: keyFromLabel(section.checklistTitle, new Set()), title: section.checklistTitle.trim(), items }];
  const added = {
    key,
    title: section.title.trim(),
    purpose: section.purpose.trim(),
    guidance: paragraphsOf(section.guidance).slice(0, 30),
    goodExample: section.goodExample.trim(),
    checklists,
    prompts: [],
    source: null,
  };
  return { ...extension, sections: [...extension.sections, added] };
}
