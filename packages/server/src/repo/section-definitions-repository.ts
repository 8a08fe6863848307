// The sections a provider's plans follow: the toolkit's, merged with the provider's own versioned extension.
// Each save is a new version that keeps everything earlier ones held, so plans written against them stay valid.
import {
  checkExtension,
  emptySectionExtension,
  extensionSummary,
  mergeSectionDefinitions,
  sectionExtensionSchema,
  toolkitSections,
  type SaveSectionExtensionBody,
  type SectionDefinition,
  type SectionExtension,
  type SectionExtensionResponse,
  type SectionExtensionVersions,
} from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface SetRow {
  version: number;
  content: unknown;
  reason: string | null;
  created_at: Date;
  created_by: string;
  created_by_name: string;
}

const setColumns = 's.version, s.content, s.reason, s.created_at, s.created_by, c.name AS created_by_name';

/** The organisation's latest extension, or none. Read per request and never cached: another request may have saved one. */
/** All the definitions need: a transaction and the organisation (a request's unit of work, or the nightly audit). */
export type DefinitionsReader = Pick<UnitOfWork, 'tx'> & { actor: Pick<UnitOfWork['actor'], 'organisationId'> };

async function latestSet(uow: DefinitionsReader): Promise<SetRow | null> {
  const { rows } = await uow.tx.query<SetRow>(
    `SELECT ${setColumns} FROM section_definition_sets s JOIN staff c ON c.id = s.created_by
     WHERE s.organisation_id = $1 ORDER BY s.version DESC LIMIT 1`,
    [uow.actor.organisationId],
  );
  return rows[0] ?? null;
}

/** Stored content was checked when saved; parsing again gives it its type and fails loudly if it was ever altered. */
const contentOf = (row: SetRow | null): SectionExtension => (row ? sectionExtensionSchema.parse(row.content) : emptySectionExtension);

/** The definitions plans in this organisation follow now. Callers have already checked the actor's access. */
export async function effectiveSectionDefinitions(uow: DefinitionsReader): Promise<SectionDefinition[]> {
  const row = await latestSet(uow);
  if (!row) return [...toolkitSections];
  const { rows } = await uow.tx.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [uow.actor.organisationId]);
  return mergeSectionDefinitions(toolkitSections, contentOf(row), { providerSource: `Added by ${rows[0]?.name ?? 'the provider'}` });
}

const definitionsResource = (uow: UnitOfWork) => ({ kind: 'section_definitions' as const, organisationId: uow.actor.organisationId });

/** The effective definitions for work outside a plan's own unit of work (checking an import before it starts). */
export function readEffectiveSectionDefinitions(repo: RequestRepository, action: string): Promise<SectionDefinition[]> {
  return repo.run((uow) => {
    uow.require('read', definitionsResource(uow), { action });
    return effectiveSectionDefinitions(uow);
  });
}

function toResponse(row: SetRow | null): SectionExtensionResponse {
  return {
    version: row?.version ?? 0,
    content: contentOf(row),
    reason: row?.reason ?? null,
    createdAt: row?.created_at.toISOString() ?? null,
    createdBy: row ? { id: row.created_by, name: row.created_by_name } : null,
  };
}

export function getSectionExtension(repo: RequestRepository): Promise<SectionExtensionResponse> {
  return repo.run(async (uow) => {
    uow.require('read', definitionsResource(uow), { action: 'section_definitions.read' });
    const row = await latestSet(uow);
    await uow.audit({ action: 'section_definitions.read', resourceType: 'section_definitions', detail: { version: row?.version ?? 0 } });
    return toResponse(row);
  });
}

export function listSectionExtensionVersions(repo: RequestRepository): Promise<SectionExtensionVersions> {
  return repo.run(async (uow) => {
    uow.require('read', definitionsResource(uow), { action: 'section_definitions.versions' });
    const { rows } = await uow.tx.query<SetRow>(
      `SELECT ${setColumns} FROM section_definition_sets s JOIN staff c ON c.id = s.created_by
       WHERE s.organisation_id = $1 ORDER BY s.version DESC`,
      [uow.actor.organisationId],
    );
    await uow.audit({ action: 'section_definitions.versions', resourceType: 'section_definitions', detail: { versions: rows.length } });
    return rows.map((r) => ({
      version: r.version,
      reason: r.reason,
      createdAt: r.created_at.toISOString(),
      createdBy: { id: r.created_by, name: r.created_by_name },
      added: extensionSummary(contentOf(r)),
    }));
  });
}

/** Saves a new version; refused when someone saved one after `baseVersion`, or when it would lose anything. */
export function saveSectionExtension(repo: RequestRepository, body: SaveSectionExtensionBody): Promise<SectionExtensionResponse> {
  return repo.run(async (uow) => {
    uow.require('update', definitionsResource(uow), { action: 'section_definitions.update' });
    const latest = await latestSet(uow);
    const current = latest?.version ?? 0;
    if (body.baseVersion !== current) {
      throw new HttpError('conflict_stale_version', `The plan sections were changed after you opened them (they are at version ${current}; you started from ${body.baseVersion}). Reload to see the changes, then make yours again.`);
    }
    const problems = checkExtension(latest ? contentOf(latest) : null, body.content, toolkitSections);
    if (problems.length > 0) throw new HttpError('validation', problems[0]?.message, problems.map((p) => ({ ...p, field: `content.${p.field}` })));
    const version = current + 1;
    try {
      await uow.tx.query(
        'INSERT INTO section_definition_sets (organisation_id, version, content, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [uow.actor.organisationId, version, JSON.stringify(body.content), body.reason, uow.actor.staffId, uow.now],
      );
    } catch (error) {
      // Two saves from the same version at once: the second finds the first's row and is told to reload.
      if ((error as { code?: string }).code === '23505') throw new HttpError('conflict_stale_version', 'Someone else saved the plan sections at the same moment. Reload to see their changes.');
      throw error;
    }
    await uow.audit({ action: 'section_definitions.update', resourceType: 'section_definitions', detail: { version, added: extensionSummary(body.content) } });
    const saved = await latestSet(uow);
    return toResponse(saved);
  });
}
