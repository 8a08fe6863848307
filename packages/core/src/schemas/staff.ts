// Contracts for staff accounts, roles, services and invitations.
import { z } from 'zod';
import { serviceKinds, staffRoles } from '../roles.js';
import { requiredText } from './common.js';
import { emailSchema } from './auth.js';

export const grantSchema = z.object({
  role: z.enum(staffRoles, { error: 'Choose a role' }),
  serviceId: z.uuid({ error: 'Choose a service' }).nullable(),
});

export const staffMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  status: z.enum(['active', 'deactivated']),
  grants: z.array(grantSchema),
  mfaEnrolled: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const createInvitationBodySchema = z.object({
  email: emailSchema,
  role: z.enum(staffRoles, { error: 'Choose a role' }),
  serviceId: z.uuid({ error: 'Choose a service' }).nullable(),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;

export const invitationCreatedSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(staffRoles),
  serviceId: z.uuid().nullable(),
  expiresAt: z.string(),
  /** Path to the single-use link; shown once, only its hash is stored. */
  link: z.string(),
});

export const updateGrantsBodySchema = z.object({
  grants: z.array(grantSchema).min(1, { error: 'Give at least one role' }).max(20),
});
export type UpdateGrantsBody = z.infer<typeof updateGrantsBodySchema>;

export const serviceSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(serviceKinds),
  planReviewIntervalDays: z.number().int(),
});
export type Service = z.infer<typeof serviceSchema>;

export const createServiceBodySchema = z.object({
  name: requiredText(120, 'a service name'),
  kind: z.enum(serviceKinds, { error: 'Choose the kind of service' }),
  /** Plans are reviewed at least this often: between 4 weeks and 2 years, 26 weeks unless the provider says otherwise. */
  planReviewIntervalDays: z
    .number({ error: 'Enter the number of days between reviews' })
    .int({ error: 'Enter a whole number of days' })
    .min(28, { error: 'Review plans at least every 28 days or less often, not more often than that' })
    .max(730, { error: 'Plans must be reviewed at least every 2 years (730 days)' })
    .default(182),
});
export const updateServiceBodySchema = createServiceBodySchema;
