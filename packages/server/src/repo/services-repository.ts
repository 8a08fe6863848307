// Services (homecare branches and care homes) of the actor's organisation.
import type { Service } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import type { RequestRepository } from './request-repository.js';

export function listServices(repo: RequestRepository): Promise<Service[]> {
  return repo.run(async (uow) => {
    const scope = uow.scope('list', 'service', { action: 'service.list' });
    const { rows } = scope.kind === 'services'
      ? await uow.tx.query<Service>('SELECT id, name, kind, plan_review_interval_days AS "planReviewIntervalDays" FROM services WHERE id = ANY($1::uuid[]) ORDER BY name', [scope.serviceIds])
      : await uow.tx.query<Service>('SELECT id, name, kind, plan_review_interval_days AS "planReviewIntervalDays" FROM services ORDER BY name');
    return rows;
  });
}

type ServiceBody = Omit<Service, 'id'>;

export function createService(repo: RequestRepository, body: ServiceBody): Promise<Service> {
  return repo.run(async (uow) => {
    uow.require('create', { kind: 'service', organisationId: uow.actor.organisationId }, { action: 'service.create' });
    const { rows } = await uow.tx.query<Service>(
      `INSERT INTO services (organisation_id, name, kind, plan_review_interval_days, created_at) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, kind, plan_review_interval_days AS "planReviewIntervalDays"`,
      [uow.actor.organisationId, body.name, body.kind, body.planReviewIntervalDays, uow.now],
    );
    const service = onlyRow({ rows });
    await uow.audit({ action: 'service.create', resourceType: 'service', resourceId: service.id, detail: { name: body.name, kind: body.kind } });
    return service;
  });
}

export function updateService(repo: RequestRepository, id: string, body: ServiceBody): Promise<Service> {
  return repo.run(async (uow) => {
    const found = (await uow.tx.query<Service>('SELECT id FROM services WHERE id = $1 FOR UPDATE', [id])).rows[0];
    if (!found) return uow.notFound({ action: 'service.update', resourceType: 'service', resourceId: id });
    uow.require('update', { kind: 'service', organisationId: uow.actor.organisationId, serviceId: id }, { action: 'service.update', resourceId: id });
    const service = onlyRow(await uow.tx.query<Service>(
      `UPDATE services SET name = $2, kind = $3, plan_review_interval_days = $4 WHERE id = $1
       RETURNING id, name, kind, plan_review_interval_days AS "planReviewIntervalDays"`,
      [id, body.name, body.kind, body.planReviewIntervalDays],
    ));
    await uow.audit({ action: 'service.update', resourceType: 'service', resourceId: id, detail: { ...body } });
    return service;
  });
}
