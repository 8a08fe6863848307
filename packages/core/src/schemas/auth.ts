// Contracts for signing in, the second factor, invitations and the current session.
import { z } from 'zod';
import { staffRoles } from '../roles.js';
import { requiredText } from './common.js';

export const emailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }));

export const signInBodySchema = z.object({
  email: emailSchema,
  // Length is checked loosely here: the policy applies when a password is chosen, not when it is typed.
  password: z.string({ error: 'Enter your password' }).min(1, { error: 'Enter your password' }).max(1024),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const mfaCodeBodySchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code' })
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6-digit code from your authenticator app' }),
});
export type MfaCodeBody = z.infer<typeof mfaCodeBodySchema>;

export const grantViewSchema = z.object({
  role: z.enum(staffRoles),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
});

export const meSchema = z.object({
  staffId: z.uuid(),
  name: z.string(),
  email: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  grants: z.array(grantViewSchema),
  csrfToken: z.string(),
  sessionExpiresAt: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type Me = z.infer<typeof meSchema>;

/** What signing in led to: a session, or the second-factor step still to do. */
export const signInResultSchema = z.object({
  status: z.enum(['signed_in', 'mfa_required', 'mfa_enrolment_required']),
  /** Sent back in the x-csrf-token header on every later change, including the second-factor step. */
  csrfToken: z.string(),
  me: meSchema.optional(),
});
export type SignInResult = z.infer<typeof signInResultSchema>;

export const mfaEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeSvg: z.string(),
});
export type MfaEnrolment = z.infer<typeof mfaEnrolmentSchema>;

export const invitationInfoSchema = z.object({
  email: z.string(),
  organisationName: z.string(),
  role: z.enum(staffRoles),
  serviceName: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(200) });

export const acceptInvitationBodySchema = z.object({
  name: requiredText(120, 'your name'),
  password: z.string({ error: 'Enter a password' }).max(1024),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
