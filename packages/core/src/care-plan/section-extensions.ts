// A provider's own additions to the toolkit's plan sections: new sections, and new checklists, checklist items and
// questions in existing ones. Stored as versioned documents; merged with the toolkit to give the sections plans follow.
import { z } from 'zod';
import { optionalText, requiredText } from '../schemas/common.js';
import { sectionKeySchema, type SectionDefinition } from './section-definition.js';

type Checklist = SectionDefinition['checklists'][number];
type Prompt = SectionDefinition['prompts'][number];

// Provider text is typed into a form, so it gets the same trimming and messages as any other form field. Each
// limit is the section definition's own, so a merged definition always passes the definitions' schema.
export const extensionItemSchema = z.object({ key: sectionKeySchema, label: requiredText(200, 'the checklist item') });

export const extensionChecklistSchema = z.object({
  key: sectionKeySchema,
  title: requiredText(200, 'the checklist title'),
  items: z.array(extensionItemSchema).min(1, { error: 'Add at least one item to the checklist' }).max(60, { error: 'A checklist can have up to 60 items' }),
});

export const extensionPromptSchema = z.object({
  key: sectionKeySchema,
  label: requiredText(200, 'the question'),
  hint: optionalText(500, 'the hint').transform((v) => v ?? undefined),
});

export const providerSectionSchema = z.object({
  key: sectionKeySchema,
  title: requiredText(120, 'the section title'),
  purpose: requiredText(500, 'what the section is for'),
  guidance: z.array(requiredText(2000, 'the guidance')).min(1, { error: 'Enter guidance for writing the section' }).max(30),
  goodExample: requiredText(4000, 'a good example'),
  checklists: z.array(extensionChecklistSchema).max(10, { error: 'A section can have up to 10 checklists' }).default([]),
  prompts: z.array(extensionPromptSchema).max(30, { error: 'A section can ask up to 30 questions' }).default([]),
  /** Where the section comes from; when empty, the provider itself. */
  source: optionalText(300, 'the source'),
});
export type ProviderSection = z.infer<typeof providerSectionSchema>;

/** What a provider adds to one existing section (the toolkit's or its own). */
export const sectionAdditionSchema = z.object({
  sectionKey: sectionKeySchema,
  checklists: z.array(extensionChecklistSchema).max(10).default([]),
  items: z.array(z.object({ checklistKey: sectionKeySchema, item: extensionItemSchema })).max(60).default([]),
  prompts: z.array(extensionPromptSchema).max(30).default([]),
});
export type SectionAddition = z.infer<typeof sectionAdditionSchema>;

export const sectionExtensionSchema = z.object({
  sections: z.array(providerSectionSchema).max(30, { error: 'A provider can add up to 30 sections' }).default([]),
  additions: z.array(sectionAdditionSchema).max(60).default([]),
});
export type SectionExtension = z.infer<typeof sectionExtensionSchema>;

export const emptySectionExtension: SectionExtension = { sections: [], additions: [] };

/**
 * The sections plans follow: the toolkit's in toolkit order, then the provider's own; each addition appended to
 * the section it names. An addition naming a section or checklist that does not exist is left out
 * (`checkExtension` refuses such a document before it is saved).
 */
export function mergeSectionDefinitions(
  toolkit: readonly SectionDefinition[],
  extension: SectionExtension,
  options: { providerSource?: string } = {},
): SectionDefinition[] {
  const providerSource = options.providerSource ?? 'Added by the provider';
  const merged: SectionDefinition[] = [
    ...toolkit.map(copySection),
    ...extension.sections.map((s) => copySection({ ...s, source: s.source ?? providerSource })),
  ];
  const byKey = new Map(merged.map((s) => [s.key, s]));
  for (const addition of extension.additions) {
    const section = byKey.get(addition.sectionKey);
    if (!section) continue;
    section.checklists.push(...addition.checklists.map(copyChecklist));
    for (const { checklistKey, item } of addition.items) {
      section.checklists.find((c) => c.key === checklistKey)?.items.push({ ...item });
    }
    section.prompts.push(...addition.prompts.map(copyPrompt));
  }
  return merged;
}

function copySection(s: SectionDefinition | (ProviderSection & { source: string })): SectionDefinition {
  return {
    key: s.key,
    title: s.title,
    purpose: s.purpose,
    guidance: [...s.guidance],
    goodExample: s.goodExample,
    checklists: s.checklists.map(copyChecklist),
    prompts: s.prompts.map(copyPrompt),
    source: s.source,
  };
}

const copyChecklist = (c: Checklist): Checklist => ({ key: c.key, title: c.title, items: c.items.map((i) => ({ key: i.key, label: i.label })) });
const copyPrompt = (p: Prompt | z.infer<typeof extensionPromptSchema>): Prompt =>
  p.hint === undefined ? { key: p.key, label: p.label } : { key: p.key, label: p.label, hint: p.hint };

/** How much a provider has added, for the list of versions. */
export function extensionSummary(extension: SectionExtension): { sections: number; checklists: number; items: number; prompts: number } {
  const summary = { sections: extension.sections.length, checklists: 0, items: 0, prompts: 0 };
  for (const s of extension.sections) {
    summary.checklists += s.checklists.length;
    summary.items += s.checklists.reduce((n, c) => n + c.items.length, 0);
    summary.prompts += s.prompts.length;
  }
  for (const a of extension.additions) {
    summary.checklists += a.checklists.length;
    summary.items += a.checklists.reduce((n, c) => n + c.items.length, 0) + a.items.length;
    summary.prompts += a.prompts.length;
  }
  return summary;
}

/**
 * A key for something a person named, so nobody types keys: lower-case letters, digits and underscores, starting
 * with a letter, and different from every key in `taken` (a number is added when it would clash).
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const ascii = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let base = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `item_${base}`.replace(/_+$/, '');
  if (base.length < 2) base = `${base}_1`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// The HTTP contract.
const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const saveSectionExtensionBodySchema = z.object({
  /** The version the editor started from (0 when the provider had none); a stale one is refused with 409. */
  baseVersion: z.number({ error: 'The version you started from is missing' }).int().min(0),
  content: sectionExtensionSchema,
  reason: requiredText(500, 'the reason for the change'),
});
export type SaveSectionExtensionBody = z.infer<typeof saveSectionExtensionBodySchema>;

export const sectionExtensionResponseSchema = z.object({
  /** 0 while the provider has added nothing. */
  version: z.number().int().min(0),
  content: sectionExtensionSchema,
  reason: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: staffRef.nullable(),
});
export type SectionExtensionResponse = z.infer<typeof sectionExtensionResponseSchema>;

export const sectionExtensionVersionsSchema = z.array(z.object({
  version: z.number().int().min(1),
  reason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: staffRef,
  added: z.object({ sections: z.number().int(), checklists: z.number().int(), items: z.number().int(), prompts: z.number().int() }),
}));
export type SectionExtensionVersions = z.infer<typeof sectionExtensionVersionsSchema>;
