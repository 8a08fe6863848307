// Builds what the plan-quality audit reads (AuditInput) from the database, audits it and stores the run.
// Used by requests (on demand, on a new version) and by the nightly job, so it takes a transaction and the
// organisation rather than a request's unit of work; callers check access first.
import {
  auditPlan,
  effectiveAuditConfig,
  type AuditConfig,
  type AuditInput,
  type AuditResult,
  type AuditTrigger,
  type PersonStatus,
  type PlanVersion,
  type ServiceKind,
  type StaffRole,
  type StoredAuditRules,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import type { Tx } from '../db/transaction.js';
import { loadAuditCapacity } from './plan-audit-capacity.js';
import { latestAuditOverrides } from './plan-audit-settings-repository.js';
import { contributorRoleSql } from './plan-notes-context.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';

export interface AuditContext {
  tx: Tx;
  organisationId: string;
  now: Date;
}

/** A person's plan version as the audit sees it, with the person's record and service around it. */
export interface AuditTarget {
  personId: string;
  serviceId: string;
  planId: string;
  planVersion: number;
  input: Omit<AuditInput, 'today' | 'definitions'>;
  reviewIntervalDays: number;
  /** The person's legal name: targets come in name order, and a batch carries on after the last one's. */
  legalName: string;
}

interface TargetRow {
  person_id: string;
  legal_name: string;
  service_id: string;
  service_start_date: string | null;
  emergency_start: boolean;
  nhs_number: string | null;
  contacts: { isNextOfKin: boolean }[];
  gp: { practice: string } | null;
  alerts: { kind: 'allergy' | 'alert'; description: string }[];
  access_how_to_get_in: string | null;
  service_kind: ServiceKind;
  review_interval_days: number;
  plan_id: string;
  version: number;
  status: PlanVersion['status'];
  content: PlanVersion['content'];
  agreement: PlanVersion['agreement'];
  created_on: string | null;
  agreed_on: string | null;
  first_agreed_on: string | null;
  author_role: StaffRole | null;
}

/** People whose plans are audited in bulk: those whose support has not ended. */
export const auditedPersonStatuses: readonly PersonStatus[] = ['active', 'in_hospital'];

export interface TargetFilter {
  personId?: string;
  /** Null or absent: every service. */
  serviceIds?: readonly string[] | null;
  /** A given version (a new one just agreed or put into use); otherwise the current version. */
  version?: number;
  /** Only people whose support has not ended (bulk runs); one person asked for by name is audited whatever their status. */
  currentPeopleOnly?: boolean;
  /** Only people after this one in name order, and at most `limit` of them: for reading a batch at a time. */
  after?: { legalName: string; personId: string };
  limit?: number;
}

const londonDay = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;

/**
 * The plan version each matching person's care follows now (in use or under review, else the latest agreed, as
 * the plan page picks it), or the version asked for, with the person's capacity records. People with no such
 * version are left out.
 */
export async function loadAuditTargets(ctx: AuditContext, filter: TargetFilter): Promise<AuditTarget[]> {
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  const where: string[] = [];
  if (filter.personId !== undefined) where.push(`p.id = ${param(filter.personId)}`);
  if (filter.serviceIds) where.push(`p.service_id = ANY(${param(filter.serviceIds)}::uuid[])`);
  if (filter.currentPeopleOnly) where.push(`p.status = ANY(${param(auditedPersonStatuses)}::text[])`);
  if (filter.after) where.push(`(p.legal_name, p.id) > (${param(filter.after.legalName)}, ${param(filter.after.personId)}::uuid)`);
  const versionChoice = filter.version !== undefined
    ? `v.version = ${param(filter.version)}`
    : `v.status IN ('agreed', 'in_use', 'under_review') ORDER BY (v.status <> 'agreed') DESC, v.version DESC`;
  const { rows } = await ctx.tx.query<TargetRow>(
    `SELECT p.id AS person_id, p.legal_name, p.service_id, to_char(p.service_start_date, 'YYYY-MM-DD') AS service_start_date, p.emergency_start,
            p.nhs_number, p.contacts, p.gp, p.alerts, p.access_how_to_get_in,
            sv.kind AS service_kind, sv.plan_review_interval_days AS review_interval_days,
            cp.id AS plan_id, v.version, v.status, v.content, v.agreement,
            ${londonDay('v.created_at')} AS created_on, ${londonDay('v.agreed_at')} AS agreed_on,
            (SELECT ${londonDay('min(f.agreed_at)')} FROM care_plan_versions f WHERE f.plan_id = cp.id) AS first_agreed_on,
            ${contributorRoleSql('v.created_by', 'p.service_id')} AS author_role
     FROM people p
     JOIN services sv ON sv.id = p.service_id
     JOIN care_plans cp ON cp.person_id = p.id
     JOIN LATERAL (SELECT * FROM care_plan_versions v WHERE v.plan_id = cp.id AND ${versionChoice} LIMIT 1) v ON true
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY p.legal_name, p.id
     ${filter.limit !== undefined ? `LIMIT ${param(filter.limit)}` : ''}`,
    params,
  );
  const capacity = await loadAuditCapacity(ctx.tx, rows.map((r) => r.person_id));
  return rows.map((r) => ({
    personId: r.person_id,
    serviceId: r.service_id,
    planId: r.plan_id,
    planVersion: r.version,
    reviewIntervalDays: r.review_interval_days,
    legalName: r.legal_name,
    input: {
      content: r.content,
      version: { status: r.status, createdOn: r.created_on, agreedOn: r.agreed_on, agreement: r.agreement, authorRole: r.author_role },
      firstAgreedOn: r.first_agreed_on,
      person: {
        serviceStartDate: r.service_start_date,
        emergencyStart: r.emergency_start,
        serviceKind: r.service_kind,
        nhsNumber: r.nhs_number,
        contacts: r.contacts,
        gp: r.gp,
        alerts: r.alerts,
        accessDetails: { howToGetIn: r.access_how_to_get_in },
      },
      capacity: capacity.get(r.person_id),
    },
  }));
}

export interface StoredRun {
  personId: string;
  planVersion: number;
  score: number | null;
}

/**
 * Audits each target against the organisation's section definitions, its plan-audit settings (with the service's
 * own review interval) and today's date in England, and stores one run per plan.
 */
export async function auditAndStore(
  ctx: AuditContext,
  targets: readonly AuditTarget[],
  trigger: AuditTrigger,
  runBy: string | null,
): Promise<StoredRun[]> {
  if (targets.length === 0) return [];
  const definitions = await effectiveSectionDefinitions({ tx: ctx.tx, actor: { organisationId: ctx.organisationId } });
  const { overrides } = await latestAuditOverrides(ctx.tx, ctx.organisationId);
  const today = londonDate(ctx.now);
  const stored: StoredRun[] = [];
  // One configuration per review interval: services share most, and a configuration's word lists are compiled once.
  const configs = new Map<number, AuditConfig>();
  for (const target of targets) {
    let config = configs.get(target.reviewIntervalDays);
    if (!config) configs.set(target.reviewIntervalDays, (config = effectiveAuditConfig(overrides, target.reviewIntervalDays)));
    const result = auditPlan({ ...target.input, today, definitions }, config);
    await insertRun(ctx, target, result, trigger, runBy);
    stored.push({ personId: target.personId, planVersion: target.planVersion, score: result.score });
  }
  return stored;
}

/**
 * Plans read and audited this many at a time in a bulk run: a whole organisation's plans (about 0.4 MB each once
 * read) would otherwise all sit in memory at once, some 4 GB at 10,000 people.
 */
export const auditBatchSize = 200;

/**
 * Audits every plan the filter matches, reading them a batch at a time in name order, all in the caller's
 * transaction. `skip` leaves out targets already dealt with (the nightly run's plans audited earlier that day).
 */
export async function auditInBatches(
  ctx: AuditContext,
  filter: Omit<TargetFilter, 'after' | 'limit'>,
  trigger: AuditTrigger,
  runBy: string | null,
  options: { skip?: (target: AuditTarget) => boolean; batchSize?: number } = {},
): Promise<{ runs: StoredRun[]; considered: number }> {
  const batchSize = options.batchSize ?? auditBatchSize;
  const runs: StoredRun[] = [];
  let considered = 0;
  let after: TargetFilter['after'];
  for (;;) {
    const batch = await loadAuditTargets(ctx, { ...filter, after, limit: batchSize });
    considered += batch.length;
    const skip = options.skip;
    runs.push(...(await auditAndStore(ctx, skip ? batch.filter((t) => !skip(t)) : batch, trigger, runBy)));
    const last = batch.at(-1);
    if (batch.length < batchSize || !last) return { runs, considered };
    after = { legalName: last.legalName, personId: last.personId };
  }
}

async function insertRun(ctx: AuditContext, target: AuditTarget, result: AuditResult, trigger: AuditTrigger, runBy: string | null): Promise<void> {
  const rules: StoredAuditRules = { run: result.rulesRun, notApplicable: result.rulesNotApplicable, disabled: result.rulesDisabled };
  await ctx.tx.query(
    `INSERT INTO plan_audit_runs (organisation_id, person_id, plan_id, plan_version, trigger, score, fail_count, warn_count, findings, rules, run_by, run_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      ctx.organisationId, target.personId, target.planId, target.planVersion, trigger, result.score,
      result.findings.filter((f) => f.severity === 'fail').length,
      result.findings.filter((f) => f.severity === 'warn').length,
      JSON.stringify(result.findings), JSON.stringify(rules), runBy, ctx.now,
    ],
  );
}
