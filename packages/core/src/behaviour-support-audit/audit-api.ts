// What the API answers about behaviour-support-planning audits: one service's audits and every service's latest.
import { z } from 'zod';
import { serviceKinds } from '../roles.js';
import { behaviourSupportAuditBodySchema, behaviourSupportAuditStandingSchema } from './audit-answers.js';

export const behaviourSupportAuditViewSchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  completedOn: z.string(),
  body: behaviourSupportAuditBodySchema,
  standing: behaviourSupportAuditStandingSchema,
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
});
export type BehaviourSupportAuditView = z.infer<typeof behaviourSupportAuditViewSchema>;

const auditedServiceSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(serviceKinds) });

export const serviceBehaviourSupportAuditsSchema = z.object({
  service: auditedServiceSchema,
  /** Newest first. */
  audits: z.array(behaviourSupportAuditViewSchema),
});
export type ServiceBehaviourSupportAudits = z.infer<typeof serviceBehaviourSupportAuditsSchema>;

export const behaviourSupportAuditOverviewSchema = z.object({
  /** The services whose audits the reader may see, by name, with their latest audit. */
  services: z.array(
    auditedServiceSchema.extend({
      audits: z.number().int(),
      latest: z.object({ id: z.uuid(), completedOn: z.string(), standing: behaviourSupportAuditStandingSchema }).nullable(),
    }),
  ),
});
export type BehaviourSupportAuditOverview = z.infer<typeof behaviourSupportAuditOverviewSchema>;
