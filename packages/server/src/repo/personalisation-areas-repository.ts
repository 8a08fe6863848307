// The provider's areas of personalised care for requests: the current list (Hearth's defaults as version 0 until the
// provider saves its own) and saving a new version. Each save keeps every area earlier versions held.
import {
  areaSetChangeErrors,
  defaultPersonalisationAreas,
  personalisationAreaSchema,
  type AreaSetResponse,
  type PersonalisationArea,
  type SaveAreaSetBody,
} from '@hearth/core';
import { z } from 'zod';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const contentSchema = z.object({ areas: z.array(personalisationAreaSchema) });

interface SetRow { version: number; content: unknown; reason: string | null; created_at: Date; created_by: string; created_by_name: string }

/** The organisation's current list; read per request, never cached, as another request may have saved one. */
export async function latestAreaSet(uow: Pick<UnitOfWork, 'tx' | 'actor'>): Promise<AreaSetResponse> {
  const row = (await uow.tx.query<SetRow>(
    `SELECT s.version, s.content, s.reason, s.created_at, s.created_by, c.name AS created_by_name
     FROM personalisation_area_sets s JOIN staff c ON c.id = s.created_by
     WHERE s.organisation_id = $1 ORDER BY s.version DESC LIMIT 1`,
    [uow.actor.organisationId],
  )).rows[0];
  if (!row) return { version: 0, areas: defaultPersonalisationAreas.map((a) => ({ ...a })), reason: null, createdAt: null, createdBy: null };
  // Checked when saved; parsed again to give it its type and to fail loudly if it was ever altered.
  return {
    version: row.version,
    areas: contentSchema.parse(row.content).areas,
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, name: row.created_by_name },
  };
}

const areasResource = (uow: UnitOfWork) => ({ kind: 'personalisation_areas' as const, organisationId: uow.actor.organisationId });

export function getAreaSet(repo: RequestRepository): Promise<AreaSetResponse> {
  const action = 'personalisation_areas.read';
  return repo.run(async (uow) => {
    uow.require('read', areasResource(uow), { action });
    const set = await latestAreaSet(uow);
    await uow.audit({ action, resourceType: 'personalisation_areas', detail: { version: set.version } });
    return set;
  });
}

const summaryOf = (areas: readonly PersonalisationArea[]) => areas.map((a) => `${a.id}${a.retired ? ' (retired)' : ''}`);

/** Saves a new version; refused when someone saved one after `latestVersion`, or when an area would be lost. */
export function saveAreaSet(repo: RequestRepository, body: SaveAreaSetBody): Promise<AreaSetResponse> {
  const action = 'personalisation_areas.update';
  return repo.run(async (uow) => {
    uow.require('update', areasResource(uow), { action });
    const latest = await latestAreaSet(uow);
    if (body.latestVersion !== latest.version) {
      throw new HttpError('conflict_stale_version', `The areas were changed after you opened them (they are at version ${latest.version}; you started from ${body.latestVersion}). Reload to see the changes, then make yours again.`);
    }
    const errors = areaSetChangeErrors(latest.areas, body.areas);
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const version = latest.version + 1;
    try {
      await uow.tx.query(
        'INSERT INTO personalisation_area_sets (organisation_id, version, content, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [uow.actor.organisationId, version, JSON.stringify({ areas: body.areas }), body.reason, uow.actor.staffId, uow.now],
      );
    } catch (error) {
      // Two saves from the same version at once: the second finds the first's row and is told to reload.
      if ((error as { code?: string }).code === '23505') throw new HttpError('conflict_stale_version', 'Someone else saved the areas at the same moment. Reload to see their changes.');
      throw error;
    }
    await uow.audit({ action, resourceType: 'personalisation_areas', detail: { version, areas: summaryOf(body.areas) } });
    return await latestAreaSet(uow);
  });
}
