// The provider's plan-audit settings: the latest saved changes (read wherever a plan is audited) and the settings
// page's read and save. Each save is a new version with a reason; none is changed or removed.
import {
  auditConfigOverridesSchema,
  auditRules,
  defaultAuditConfig,
  effectiveAuditConfig,
  onlyChanges,
  unknownRuleErrors,
  type AuditConfigOverrides,
  type AuditSettings,
  type SaveAuditSettingsBody,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface SetRow { version: number; overrides: unknown }

/**
 * The organisation's latest settings and their version (0 and none when it never changed any). Stored settings were
 * checked when saved; parsing again gives them their type and fails loudly if a row was ever altered.
 */
export async function latestAuditOverrides(tx: Tx, organisationId: string): Promise<{ version: number; overrides: AuditConfigOverrides }> {
  const { rows } = await tx.query<SetRow>(
    'SELECT version, overrides FROM plan_audit_config_sets WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1',
    [organisationId],
  );
  const row = rows[0];
  return row ? { version: row.version, overrides: auditConfigOverridesSchema.parse(row.overrides) } : { version: 0, overrides: {} };
}

const settingsResource = (uow: UnitOfWork) => ({ kind: 'plan_audit_config' as const, organisationId: uow.actor.organisationId });

async function readSettings(uow: UnitOfWork): Promise<AuditSettings> {
  const { version, overrides } = await latestAuditOverrides(uow.tx, uow.actor.organisationId);
  const { rows } = await uow.tx.query<{ version: number; reason: string; overrides: Record<string, unknown>; created_by: string; name: string; created_at: Date }>(
    `SELECT s.version, s.reason, s.overrides, s.created_by, c.name, s.created_at
     FROM plan_audit_config_sets s JOIN staff c ON c.id = s.created_by
     WHERE s.organisation_id = $1 ORDER BY s.version DESC`,
    [uow.actor.organisationId],
  );
  return {
    version,
    overrides,
    effective: effectiveAuditConfig(overrides),
    defaults: defaultAuditConfig,
    history: rows.map((r) => ({
      version: r.version, reason: r.reason, changed: Object.keys(r.overrides).sort(), savedBy: { id: r.created_by, name: r.name }, savedAt: r.created_at.toISOString(),
    })),
    rules: auditRules.map((r) => ({ id: r.id, title: r.title, severity: r.severity })),
  };
}

export function getAuditSettings(repo: RequestRepository): Promise<AuditSettings> {
  const action = 'plan_audit_config.read';
  return repo.run(async (uow) => {
    uow.require('read', settingsResource(uow), { action });
    const settings = await readSettings(uow);
    await uow.audit({ action, resourceType: 'plan_audit_config', detail: { version: settings.version } });
    return settings;
  });
}

/** Saves a new version; refused when someone saved one after `latestVersion`, or when it names rules that do not exist. */
export function saveAuditSettings(repo: RequestRepository, body: SaveAuditSettingsBody): Promise<AuditSettings> {
  const action = 'plan_audit_config.update';
  return repo.run(async (uow) => {
    uow.require('update', settingsResource(uow), { action });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.plan_audit_config:${uow.actor.organisationId}`]);
    const { version: current } = await latestAuditOverrides(uow.tx, uow.actor.organisationId);
    if (body.latestVersion !== current) {
      throw new HttpError('conflict_stale_version', `The audit settings were changed after you opened them (they are at version ${current}; you started from ${body.latestVersion}). Reload to see the changes, then make yours again.`);
    }
    const errors = unknownRuleErrors(body.overrides, auditRules.map((r) => r.id));
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const overrides = onlyChanges(body.overrides);
    const version = current + 1;
    await uow.tx.query(
      'INSERT INTO plan_audit_config_sets (organisation_id, version, overrides, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [uow.actor.organisationId, version, JSON.stringify(overrides), body.reason, uow.actor.staffId, uow.now],
    );
    await uow.audit({ action, resourceType: 'plan_audit_config', detail: { version, changed: Object.keys(overrides).sort() } });
    return readSettings(uow);
  });
}
