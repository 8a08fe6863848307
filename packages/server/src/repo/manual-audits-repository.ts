// Manual audits for requests: an auditor's answers about one version of a person's plan against a template, kept
// for ever with the template as it stood. Every read and write is checked against the policy and audited.
import { checkAnswers, scoreAnswers, type CreateManualAuditBody, type ManualAudit, type ManualAuditHistory } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson } from './care-plan-repository.js';
import { auditRef, readAudit, readAuditHistory } from './manual-audits-read.js';
import { templateForAudit } from './manual-audits-templates.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const auditResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'manual_audit' as const, organisationId: uow.actor.organisationId, serviceId });
const invalid = (field: string, message: string) => new HttpError('validation', 'Some details need correcting', [{ field, message }]);

/**
 * The plan version audited: the one named, or the person's current one (in use or under review, else the newest
 * agreed). A draft is refused: it can still change, so the audit would no longer describe what was read.
 */
async function planVersionFor(uow: UnitOfWork, personId: string, wanted: number | null): Promise<{ planId: string; version: number }> {
  const { rows } = await uow.tx.query<{ plan_id: string; version: number; status: string }>(
    'SELECT v.plan_id, v.version, v.status FROM care_plan_versions v JOIN care_plans p ON p.id = v.plan_id WHERE p.person_id = $1 ORDER BY v.version DESC',
    [personId],
  );
  if (wanted !== null) {
    const row = rows.find((r) => r.version === wanted);
    if (!row) throw invalid('planVersion', `There is no version ${wanted} of this plan`);
    if (row.status === 'draft') throw invalid('planVersion', 'This version is a draft: audit it once it is agreed');
    return { planId: row.plan_id, version: row.version };
  }
  const current = rows.find((r) => r.status === 'in_use' || r.status === 'under_review') ?? rows.find((r) => r.status === 'agreed');
  if (!current) throw invalid('planVersion', 'This person has no agreed plan to audit yet');
  return { planId: current.plan_id, version: current.version };
}

export function createManualAudit(repo: RequestRepository, personId: string, body: CreateManualAuditBody): Promise<ManualAudit> {
  const action = 'manual_audit.create';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('create', auditResource(uow, person.service_id), { action, resourceId: personId });
    const template = await templateForAudit(uow, body.templateKey);
    const plan = await planVersionFor(uow, personId, body.planVersion);
    const { errors, answers } = checkAnswers(template.questions, body.answers);
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const score = scoreAnswers(answers);
    const snapshot = { title: template.title, description: template.description, questions: template.questions };
    const id = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO manual_audits (organisation_id, service_id, person_id, plan_id, plan_version, template_key, template_version, template, answers, score, summary, auditor_id, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [uow.actor.organisationId, person.service_id, personId, plan.planId, plan.version, template.key, template.version,
        JSON.stringify(snapshot), JSON.stringify(answers), score, body.summary, uow.actor.staffId, uow.now],
    )).id;
    await uow.audit({
      action, resourceType: 'manual_audit', resourceId: id,
      detail: { personId, planVersion: plan.version, templateKey: template.key, templateVersion: template.version, score },
    });
    const stored = await readAudit(uow.tx, id, uow.allows('read', { kind: 'quality_action', organisationId: uow.actor.organisationId, serviceId: person.service_id }));
    if (!stored) throw new Error(`manual audit ${id} vanished within its transaction`);
    return stored;
  });
}

/** A person's manual audits, newest first. */
export function listManualAudits(repo: RequestRepository, personId: string): Promise<ManualAuditHistory> {
  const action = 'manual_audit.list';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', auditResource(uow, person.service_id), { action, resourceId: personId });
    const audits = await readAuditHistory(uow.tx, personId);
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { results: audits.length } });
    return { personId, audits };
  });
}

export function getManualAudit(repo: RequestRepository, id: string): Promise<ManualAudit> {
  const action = 'manual_audit.read';
  return repo.run(async (uow) => {
    const ref = await auditRef(uow.tx, id);
    if (!ref) return uow.notFound({ action, resourceType: 'manual_audit', resourceId: id });
    uow.require('read', auditResource(uow, ref.service_id), { action, resourceId: id });
    const withActions = uow.allows('read', { kind: 'quality_action', organisationId: uow.actor.organisationId, serviceId: ref.service_id });
    const audit = await readAudit(uow.tx, id, withActions);
    if (!audit) throw new Error(`manual audit ${id} vanished within its transaction`);
    await uow.audit({ action, resourceType: 'manual_audit', resourceId: id, detail: { personId: ref.person_id } });
    return audit;
  });
}
