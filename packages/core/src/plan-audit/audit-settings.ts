// A provider's plan-audit settings: only what it changed from the defaults, kept as versions. The effective
// configuration is the defaults with those changes, and the service's review interval on top.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { requiredText } from '../schemas/common.js';
import { auditConfigSchema, defaultAuditConfig, type AuditConfig } from './config.js';
import { severities } from './finding.js';

/** Each setting without its default, so a stored set holds only what the provider chose. Unknown settings are refused. */
const overrideShape = Object.fromEntries(
  Object.entries(auditConfigSchema.shape).map(([key, setting]) => [key, (setting instanceof z.ZodDefault ? setting.unwrap() : setting).optional()]),
) as unknown as { [K in keyof typeof auditConfigSchema.shape]: z.ZodOptional<z.ZodType<AuditConfig[K]>> };

export const auditConfigOverridesSchema = z.strictObject(overrideShape, { error: 'That is not a setting of the plan audit' });
export type AuditConfigOverrides = z.infer<typeof auditConfigOverridesSchema>;

/** Saving the settings: what differs from the defaults, why, and the version the author started from. */
export const saveAuditSettingsBodySchema = z.object({
  overrides: auditConfigOverridesSchema,
  reason: requiredText(500, 'why the settings are changing'),
  latestVersion: z.number({ error: 'Reload the settings and try again' }).int().min(0),
});
export type SaveAuditSettingsBody = z.infer<typeof saveAuditSettingsBodySchema>;

/** The defaults with a provider's changes, and a service's own review interval where it has one. */
export function effectiveAuditConfig(overrides: AuditConfigOverrides, reviewIntervalDays?: number): AuditConfig {
  const merged = { ...defaultAuditConfig, ...overrides };
  return reviewIntervalDays === undefined ? merged : { ...merged, reviewIntervalDays };
}

/** Settings equal to the default are dropped, so a provider who puts a default back stops overriding it. */
export function onlyChanges(overrides: AuditConfigOverrides): AuditConfigOverrides {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides) as [keyof AuditConfig, unknown][]) {
    if (JSON.stringify(value) !== JSON.stringify(defaultAuditConfig[key])) changed[key] = value;
  }
  return changed;
}

/** Rule ids the settings name that no rule has: a typo would otherwise switch nothing off. */
export function unknownRuleErrors(overrides: AuditConfigOverrides, ruleIds: readonly string[]): FieldError[] {
  const known = new Set(ruleIds);
  const errors: FieldError[] = [];
  for (const id of overrides.disabledRules ?? []) {
    if (!known.has(id)) errors.push({ field: 'overrides.disabledRules', message: `There is no rule ${id}` });
  }
  for (const id of Object.keys(overrides.severityOverrides ?? {})) {
    if (!known.has(id)) errors.push({ field: `overrides.severityOverrides.${id}`, message: `There is no rule ${id}` });
  }
  return errors;
}

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const auditSettingsSchema = z.object({
  /** 0 when the provider has never changed a setting. */
  version: z.number().int(),
  overrides: auditConfigOverridesSchema,
  effective: auditConfigSchema,
  defaults: auditConfigSchema,
  /** Every saved version, newest first. */
  history: z.array(z.object({ version: z.number().int(), reason: z.string(), changed: z.array(z.string()), savedBy: staffRefSchema, savedAt: z.string() })),
  /** The rules, for choosing which to switch off or make stricter. */
  rules: z.array(z.object({ id: z.string(), title: z.string(), severity: z.enum(severities) })),
});
export type AuditSettings = z.infer<typeof auditSettingsSchema>;
