// A care home's personalisation self-assessments for requests: the home's history with the latest in full and its
// action plan, recording a new one against the current areas, and reading one. Checked and audited every time.
import {
  assessmentErrors,
  currentAreas,
  type CreateAssessmentBody,
  type PersonalisationAssessment,
  type ServicePersonalisation,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { latestAreaSet } from './personalisation-areas-repository.js';
import { fullAssessment, readHomeAssessments, toSummary } from './personalisation-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const planResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'personalisation_plan' as const, organisationId: uow.actor.organisationId, serviceId });

interface ServiceRow { id: string; name: string; kind: 'homecare' | 'care_home' }

/** A service of the actor's organisation, or 404 (audited) when it holds none by that id. */
async function loadService(uow: UnitOfWork, serviceId: string, action: string): Promise<ServiceRow> {
  const row = (await uow.tx.query<ServiceRow>('SELECT id, name, kind FROM services WHERE id = $1', [serviceId])).rows[0];
  if (!row) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
  return row;
}

async function readOrFail(uow: UnitOfWork, serviceId: string, id: string, wholeHome: boolean): Promise<PersonalisationAssessment> {
  const found = await fullAssessment(uow.tx, await readHomeAssessments(uow.tx, serviceId), id, londonDate(uow.now), wholeHome);
  if (!found) throw new Error(`personalisation assessment ${id} vanished within its transaction`);
  return found;
}

export function getServicePersonalisation(repo: RequestRepository, serviceId: string): Promise<ServicePersonalisation> {
  const action = 'personalisation_plan.read';
  return repo.run(async (uow) => {
    const service = await loadService(uow, serviceId, action);
    uow.require('read', planResource(uow, serviceId), { action, resourceId: serviceId });
    const home = await readHomeAssessments(uow.tx, serviceId);
    const newest = home[0];
    const latest = newest ? await fullAssessment(uow.tx, home, newest.row.id, londonDate(uow.now), true) : null;
    await uow.audit({ action, resourceType: 'service', resourceId: serviceId, detail: { assessments: home.length, latest: newest?.row.id ?? null } });
    return { service, assessments: home.map(toSummary), latest };
  });
}

/**
 * Records a self-assessment against the areas as they stand now (kept with it, so later changes to the areas do not
 * change what was assessed). Only a care home has one; a form built from an older list of areas is refused.
 */
export function createAssessment(repo: RequestRepository, serviceId: string, body: CreateAssessmentBody): Promise<PersonalisationAssessment> {
  const action = 'personalisation_plan.create';
  return repo.run(async (uow) => {
    const service = await loadService(uow, serviceId, action);
    uow.require('create', planResource(uow, serviceId), { action, resourceId: serviceId });
    if (service.kind !== 'care_home') {
      throw new HttpError('validation', 'The personalisation action plan is for care homes', [
        { field: 'serviceId', message: `${service.name} is a homecare service: the personalisation action plan is for care homes` },
      ]);
    }
    const set = await latestAreaSet(uow);
    if (body.areaSetVersion !== set.version) {
      throw new HttpError('conflict_stale_version', `The areas of personalised care were changed after you started (they are at version ${set.version}; your form has version ${body.areaSetVersion}). Reload the form to see them.`);
    }
    const errors = assessmentErrors(body, set.areas, londonDate(uow.now));
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);

    const areas = currentAreas(set.areas);
    // Kept in the areas' order, whatever order they were sent in.
    const ratings = areas.flatMap((a) => body.ratings.filter((r) => r.areaId === a.id));
    const id = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO personalisation_assessments (organisation_id, service_id, area_set_version, areas, ratings, priorities, participants, agreed_on, note, assessed_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [uow.actor.organisationId, serviceId, set.version, JSON.stringify(areas), JSON.stringify(ratings), JSON.stringify(body.priorities),
        body.participants, body.agreedOn, body.note, uow.actor.staffId, uow.now],
    )).id;
    await uow.audit({
      action, resourceType: 'personalisation_assessment', resourceId: id,
      detail: { serviceId, areaSetVersion: set.version, agreedOn: body.agreedOn, priorities: body.priorities.map((p) => p.areaId) },
    });
    return await readOrFail(uow, serviceId, id, false);
  });
}

export function getAssessment(repo: RequestRepository, id: string): Promise<PersonalisationAssessment> {
  const action = 'personalisation_assessment.read';
  return repo.run(async (uow) => {
    const ref = (await uow.tx.query<{ service_id: string }>('SELECT service_id FROM personalisation_assessments WHERE id = $1', [id])).rows[0];
    if (!ref) return uow.notFound({ action, resourceType: 'personalisation_assessment', resourceId: id });
    uow.require('read', planResource(uow, ref.service_id), { action, resourceId: id });
    const found = await readOrFail(uow, ref.service_id, id, false);
    await uow.audit({ action, resourceType: 'personalisation_assessment', resourceId: id, detail: { serviceId: ref.service_id } });
    return found;
  });
}
