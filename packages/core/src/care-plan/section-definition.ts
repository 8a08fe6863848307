// What a care and support plan section is: its checklists, prompts, guidance and a good example. Data, not code,
// so a provider can extend the toolkit's sections with its own.
import { z } from 'zod';

export const sectionKeySchema = z.string().regex(/^[a-z][a-z0-9_]{1,62}$/, { error: 'Use lower-case letters, digits and underscores' });

export const checklistItemSchema = z.object({
  key: sectionKeySchema,
  label: z.string().min(1).max(200),
});

export const checklistSchema = z.object({
  key: sectionKeySchema,
  title: z.string().min(1).max(200),
  items: z.array(checklistItemSchema).min(1).max(60),
});

/** A question the section asks, answered in the person's own words. */
export const promptSchema = z.object({
  key: sectionKeySchema,
  label: z.string().min(1).max(200),
  hint: z.string().max(500).optional(),
});

export const sectionDefinitionSchema = z.object({
  key: sectionKeySchema,
  title: z.string().min(1).max(120),
  /** One sentence: what this section is for. */
  purpose: z.string().min(1).max(500),
  /** The toolkit's guidance for writing it, one paragraph per entry. */
  guidance: z.array(z.string().min(1).max(2000)).min(1).max(30),
  /** A good example, written in the first person as a plan should be. */
  goodExample: z.string().min(1).max(4000),
  checklists: z.array(checklistSchema).max(10),
  prompts: z.array(promptSchema).max(30),
  /** Where the definition comes from: a toolkit page, a PRSB standard, or the provider. */
  source: z.string().min(1).max(300),
});
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;
