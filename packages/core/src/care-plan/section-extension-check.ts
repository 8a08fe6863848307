// Checks a new version of a provider's section extension before it is saved: keys unique and clear of the
// toolkit's, additions pointing at sections and checklists that exist, and nothing an earlier version held removed,
// because plans may already answer it.
import type { FieldError } from '../errors.js';
import type { SectionDefinition } from './section-definition.js';
import { mergeSectionDefinitions, type SectionExtension } from './section-extensions.js';

const limits = { checklists: 10, items: 60, prompts: 30 } as const;

interface SectionState {
  title: string;
  checklists: Map<string, { title: string; items: Set<string> }>;
  prompts: Set<string>;
}

export function checkExtension(previous: SectionExtension | null, next: SectionExtension, toolkit: readonly SectionDefinition[]): FieldError[] {
  const errors: FieldError[] = [];
  const sections = new Map<string, SectionState>();
  for (const s of toolkit) sections.set(s.key, stateOf(s));

  next.sections.forEach((section, i) => {
    const at = `sections.${i}`;
    if (sections.has(section.key)) {
      const clash = toolkit.some((t) => t.key === section.key) ? 'The toolkit already has' : 'Another of your sections is';
      errors.push({ field: `${at}.key`, message: `${clash} a section with the key "${section.key}"` });
      return;
    }
    const state: SectionState = { title: section.title, checklists: new Map(), prompts: new Set() };
    sections.set(section.key, state);
    section.checklists.forEach((checklist, c) => {
      errors.push(...addChecklist(state, checklist, `${at}.checklists.${c}`));
    });
    section.prompts.forEach((prompt, p) => {
      errors.push(...addPrompt(state, prompt, `${at}.prompts.${p}`));
    });
  });

  next.additions.forEach((addition, i) => {
    const at = `additions.${i}`;
    const state = sections.get(addition.sectionKey);
    if (!state) {
      errors.push({ field: `${at}.sectionKey`, message: `There is no section with the key "${addition.sectionKey}"` });
      return;
    }
    addition.checklists.forEach((checklist, c) => {
      errors.push(...addChecklist(state, checklist, `${at}.checklists.${c}`));
    });
    addition.items.forEach(({ checklistKey, item }, j) => {
      const checklist = state.checklists.get(checklistKey);
      if (!checklist) {
        errors.push({ field: `${at}.items.${j}.checklistKey`, message: `${state.title} has no checklist with the key "${checklistKey}"` });
      } else if (checklist.items.has(item.key)) {
        errors.push({ field: `${at}.items.${j}.item.key`, message: `${checklist.title} already has an item with the key "${item.key}"` });
      } else if (checklist.items.size >= limits.items) {
        errors.push({ field: `${at}.items.${j}`, message: `${checklist.title} can have up to ${limits.items} items` });
      } else {
        checklist.items.add(item.key);
      }
    });
    addition.prompts.forEach((prompt, p) => {
      errors.push(...addPrompt(state, prompt, `${at}.prompts.${p}`));
    });
  });

  // Only a document that stands on its own is compared with the one before: its merge is then well defined.
  if (previous !== null && errors.length === 0) errors.push(...removals(previous, next, toolkit));
  return errors;
}

function stateOf(s: SectionDefinition): SectionState {
  return {
    title: s.title,
    checklists: new Map(s.checklists.map((c) => [c.key, { title: c.title, items: new Set(c.items.map((i) => i.key)) }])),
    prompts: new Set(s.prompts.map((p) => p.key)),
  };
}

function addChecklist(state: SectionState, checklist: { key: string; title: string; items: { key: string }[] }, at: string): FieldError[] {
  if (state.checklists.has(checklist.key)) return [{ field: `${at}.key`, message: `${state.title} already has a checklist with the key "${checklist.key}"` }];
  if (state.checklists.size >= limits.checklists) return [{ field: at, message: `${state.title} can have up to ${limits.checklists} checklists` }];
  const errors: FieldError[] = [];
  const items = new Set<string>();
  checklist.items.forEach((item, i) => {
    if (items.has(item.key)) errors.push({ field: `${at}.items.${i}.key`, message: `${checklist.title} already has an item with the key "${item.key}"` });
    items.add(item.key);
  });
  state.checklists.set(checklist.key, { title: checklist.title, items });
  return errors;
}

function addPrompt(state: SectionState, prompt: { key: string }, at: string): FieldError[] {
  if (state.prompts.has(prompt.key)) return [{ field: `${at}.key`, message: `${state.title} already asks a question with the key "${prompt.key}"` }];
  if (state.prompts.size >= limits.prompts) return [{ field: at, message: `${state.title} can ask up to ${limits.prompts} questions` }];
  state.prompts.add(prompt.key);
  return [];
}

const keptBecause = 'plans may already use it. You can change its wording instead';

/** Everything the previous version defined that the next one no longer does, named where it belonged. */
function removals(previous: SectionExtension, next: SectionExtension, toolkit: readonly SectionDefinition[]): FieldError[] {
  const before = mergeSectionDefinitions(toolkit, previous);
  const after = new Map(mergeSectionDefinitions(toolkit, next).map((s) => [s.key, s]));
  const errors: FieldError[] = [];
  const placeOf = (sectionKey: string): string => {
    const own = next.sections.findIndex((s) => s.key === sectionKey);
    if (own >= 0) return `sections.${own}`;
    const added = next.additions.findIndex((a) => a.sectionKey === sectionKey);
    return added >= 0 ? `additions.${added}` : 'additions';
  };
  for (const old of before) {
    const now = after.get(old.key);
    if (!now) {
      errors.push({ field: 'sections', message: `The section "${old.title}" was in an earlier version: it cannot be removed, because ${keptBecause}` });
      continue;
    }
    for (const checklist of old.checklists) {
      const kept = now.checklists.find((c) => c.key === checklist.key);
      if (!kept) {
        errors.push({ field: placeOf(old.key), message: `The checklist "${checklist.title}" in ${old.title} cannot be removed, because ${keptBecause}` });
        continue;
      }
      for (const item of checklist.items.filter((i) => !kept.items.some((k) => k.key === i.key))) {
        errors.push({ field: placeOf(old.key), message: `The item "${item.label}" in ${checklist.title} (${old.title}) cannot be removed, because ${keptBecause}` });
      }
    }
    for (const prompt of old.prompts.filter((p) => !now.prompts.some((k) => k.key === p.key))) {
      errors.push({ field: placeOf(old.key), message: `The question "${prompt.label}" in ${old.title} cannot be removed, because ${keptBecause}` });
    }
  }
  return errors;
}
