// Services' behaviour-support-planning audits for requests: every service's latest, one service's audits, or a new
// audit. Checked by the access policy (kind behaviour_support_audit, by the service audited) and audited.
import {
  behaviourSupportAuditBodySchema,
  behaviourSupportAuditStanding,
  behaviourSupportAuditViewSchema,
  buildBehaviourSupportAudit,
  type BehaviourSupportAuditOverview,
  type BehaviourSupportAuditPost,
  type BehaviourSupportAuditView,
  type ServiceBehaviourSupportAudits,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { insertReturningId, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface ServiceRow {
  id: string;
  name: string;
  kind: 'homecare' | 'care_home';
}

interface AuditRow {
  id: string;
  service_id: string;
  completed_on: string;
  body: unknown;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const auditResource = (uow: UnitOfWork, serviceId: string) => ({
  kind: 'behaviour_support_audit' as const,
  organisationId: uow.actor.organisationId,
  serviceId,
});

async function loadService(uow: UnitOfWork, serviceId: string, action: string): Promise<ServiceRow> {
  const { rows } = await uow.tx.query<ServiceRow>('SELECT id, name, kind FROM services WHERE id = $1', [serviceId]);
  const service = rows[0];
  if (!service) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
  return service;
}

async function auditsOf(uow: UnitOfWork, serviceIds: readonly string[]): Promise<BehaviourSupportAuditView[]> {
  const { rows } = await uow.tx.query<AuditRow>(
    `SELECT a.id, a.service_id, a.completed_on::text AS completed_on, a.body, a.recorded_by, s.name AS recorded_by_name, a.recorded_at
     FROM behaviour_support_audits a JOIN staff s ON s.id = a.recorded_by
     WHERE a.service_id = ANY($1::uuid[])
     ORDER BY a.completed_on DESC, a.recorded_at DESC, a.id DESC`,
    [serviceIds],
  );
  return rows.map((r) => {
    // Checked when recorded; parsed again to fail loudly if it was ever altered.
    const body = behaviourSupportAuditBodySchema.parse(r.body);
    return behaviourSupportAuditViewSchema.parse({
      id: r.id,
      serviceId: r.service_id,
      completedOn: r.completed_on,
      body,
      standing: behaviourSupportAuditStanding(body.answers),
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
    });
  });
}

export function getBehaviourSupportAuditOverview(repo: RequestRepository): Promise<BehaviourSupportAuditOverview> {
  const action = 'behaviour_support_audit.list';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'behaviour_support_audit', { action });
    const { rows: services } = await uow.tx.query<ServiceRow>(
      'SELECT id, name, kind FROM services WHERE $1::boolean OR id = ANY($2::uuid[]) ORDER BY name, id',
      [scope.kind === 'organisation', scope.kind === 'services' ? scope.serviceIds : []],
    );
    const audits = await auditsOf(
      uow,
      services.map((s) => s.id),
    );
    const result = services.map((s) => {
      const own = audits.filter((a) => a.serviceId === s.id);
      const latest = own[0];
      return {
        ...s,
        audits: own.length,
        latest: latest ? { id: latest.id, completedOn: latest.completedOn, standing: latest.standing } : null,
      };
    });
    await uow.audit({
      action,
      resourceType: 'behaviour_support_audit',
      detail: { services: result.length, audits: audits.length },
    });
    return { services: result };
  });
}

export function getServiceBehaviourSupportAudits(
  repo: RequestRepository,
  serviceId: string,
): Promise<ServiceBehaviourSupportAudits> {
  const action = 'behaviour_support_audit.read';
  return repo.run(async (uow) => {
    const service = await loadService(uow, serviceId, action);
    uow.require('read', auditResource(uow, serviceId), { action, resourceId: serviceId });
    const audits = await auditsOf(uow, [serviceId]);
    await uow.audit({ action, resourceType: 'service', resourceId: serviceId, detail: { audits: audits.length } });
    return { service, audits };
  });
}

export function recordBehaviourSupportAudit(
  repo: RequestRepository,
  serviceId: string,
  post: BehaviourSupportAuditPost,
): Promise<BehaviourSupportAuditView> {
  const action = 'behaviour_support_audit.record';
  return repo.run(async (uow) => {
    await loadService(uow, serviceId, action);
    uow.require('create', auditResource(uow, serviceId), { action, resourceId: serviceId });
    const { errors, body } = buildBehaviourSupportAudit(post, londonDate(uow.now));
    refuseIfInvalid(errors);
    if (!body) throw new HttpError('internal', 'The audit was neither valid nor refused');
    const id = await insertReturningId(
      uow,
      `INSERT INTO behaviour_support_audits (organisation_id, service_id, completed_on, body, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [uow.actor.organisationId, serviceId, post.completedOn, JSON.stringify(body), uow.actor.staffId, uow.now],
    );
    const standing = behaviourSupportAuditStanding(body.answers);
    await uow.audit({
      action,
      resourceType: 'service',
      resourceId: serviceId,
      detail: { auditId: id, completedOn: post.completedOn, score: standing.score, actions: standing.actions },
    });
    const stored = (await auditsOf(uow, [serviceId])).find((a) => a.id === id);
    if (!stored) throw new HttpError('internal', 'The audit was not read back');
    return stored;
  });
}
