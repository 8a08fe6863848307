// The people around a person who may be given a view of their record, and how they know the person.
import { z } from 'zod';
import { optionalText, requiredText } from '../schemas/common.js';
import { emailSchema } from '../schemas/auth.js';

export const contactRelationships = ['self', 'family', 'friend', 'advocate', 'attorney', 'deputy', 'gp', 'professional'] as const;
export type ContactRelationship = (typeof contactRelationships)[number];

export const contactRelationshipLabels: Record<ContactRelationship, string> = {
  self: 'The person themselves',
  family: 'Family member',
  friend: 'Friend',
  advocate: 'Advocate (including an IMCA)',
  attorney: 'Attorney (lasting power of attorney)',
  deputy: 'Deputy appointed by the Court of Protection',
  gp: 'GP',
  professional: 'Other professional',
};

/** Relationships that can hold legal authority to decide for the person about sharing, within their scope. */
export const authorityRelationships: readonly ContactRelationship[] = ['attorney', 'deputy'];

export const newContactBodySchema = z.object({
  name: requiredText(120, 'their name'),
  relationship: z.enum(contactRelationships, { error: 'Choose how they know the person' }),
  relationshipDetail: optionalText(120, 'how they know the person, in the person’s words'),
  email: emailSchema.nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  phone: optionalText(40, 'their phone number'),
});
export type NewContactBody = z.infer<typeof newContactBodySchema>;

export const contactViewSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string(),
  relationship: z.enum(contactRelationships),
  relationshipDetail: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type ContactView = z.infer<typeof contactViewSchema>;
