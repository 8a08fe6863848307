// Services (homecare branches and care homes) of the actor's organisation.
import type { Service } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import type { RequestRepository } from './request-repository.js';

export function listServices(repo: RequestRepository): Promise<Service[]> {
  return repo.run(async (uow) => {
    const scope = uow.scope('list', 'service', { action: 'service.list' });
    const { rows } = scope.kind === 'services'
      ? await uow.tx.query<Service>('SELECT id, name, kind FROM services WHERE id = ANY($1::uuid[]) ORDER BY name', [scope.serviceIds])
      : await uow.tx.query<Service>('SELECT id, name, kind FROM services ORDER BY name');
    return rows;
  });
}

export function createService(repo: RequestRepository, body: { name: string; kind: Service['kind'] }): Promise<Service> {
  return repo.run(async (uow) => {
    uow.require('create', { kind: 'service', organisationId: uow.actor.organisationId }, { action: 'service.create' });
    const { rows } = await uow.tx.query<Service>(
      'INSERT INTO services (organisation_id, name, kind, created_at) VALUES ($1, $2, $3, $4) RETURNING id, name, kind',
      [uow.actor.organisationId, body.name, body.kind, uow.now],
    );
    const service = onlyRow({ rows });
    await uow.audit({ action: 'service.create', resourceType: 'service', resourceId: service.id, detail: { name: body.name, kind: body.kind } });
    return service;
  });
}
