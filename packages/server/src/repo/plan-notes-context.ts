// What comments and attachments on a plan both need: the person's plan, the version they are recorded against,
// the sections they may be about, and the access resource for the person's service.
import { versionForNotes, type PlanContributor, type ResourceKind } from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import type { PersonRef } from './care-plan-repository.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';
import type { UnitOfWork } from './request-repository.js';

export const notesResource = (kind: Extract<ResourceKind, 'care_plan_comment' | 'care_plan_attachment'>, person: PersonRef) => ({
  kind,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

export interface PlanForNotes {
  planId: string;
  /** The version a new comment or file is recorded against. */
  version: number;
  /** Sections a comment or file may be about: the organisation's definitions and any the plan's versions hold. */
  sectionKeys: ReadonlySet<string>;
}

/** The person's plan, or null when none has been started. */
export async function planForNotes(uow: UnitOfWork, personId: string): Promise<PlanForNotes | null> {
  const { rows } = await uow.tx.query<{ plan_id: string; version: number; status: string; section_keys: string[] | null }>(
    `SELECT p.id AS plan_id, v.version, v.status,
            (SELECT array_agg(s->>'sectionKey') FROM jsonb_array_elements(v.content->'sections') s) AS section_keys
     FROM care_plans p JOIN care_plan_versions v ON v.plan_id = p.id WHERE p.person_id = $1`,
    [personId],
  );
  const first = rows[0];
  const version = versionForNotes(rows);
  if (!first || version === null) return null;
  const definitions = await effectiveSectionDefinitions(uow);
  const sectionKeys = new Set([...definitions.map((s) => s.key), ...rows.flatMap((r) => r.section_keys ?? [])]);
  return { planId: first.plan_id, version, sectionKeys };
}

/** Refuses a new comment or file when there is no plan yet to attach it to. */
export function requirePlan(plan: PlanForNotes | null, what: 'comment' | 'file'): PlanForNotes {
  if (plan) return plan;
  const detail = what === 'comment' ? 'There is no plan for this person yet: comments can be added once a plan has been started' : 'There is no plan for this person yet: files can be attached once a plan has been started';
  throw new HttpError('not_found', detail);
}

export function checkSectionKey(plan: PlanForNotes, sectionKey: string | null): void {
  if (sectionKey !== null && !plan.sectionKeys.has(sectionKey)) {
    throw new HttpError('validation', 'Some details need correcting', [{ field: 'sectionKey', message: 'Choose a section from the list' }]);
  }
}

/**
 * The role a contributor holds now, best matching the person's service: a grant there, else one across the
 * organisation, else any (a role since ended only when they hold none now). Comments keep no copy of the role,
 * so this is today's role, not necessarily the one they held when they wrote.
 */
export const contributorRoleSql = (staffColumn: string, serviceParam: string) => `(
  SELECT g.role FROM staff_grants g
  WHERE g.staff_id = ${staffColumn}
  ORDER BY g.revoked_at IS NULL DESC, CASE WHEN g.service_id = ${serviceParam} THEN 0 WHEN g.service_id IS NULL THEN 1 ELSE 2 END, g.granted_at
  LIMIT 1)`;

export function contributor(row: { id: string; name: string; role: string | null }): PlanContributor {
  return { id: row.id, name: row.name, role: row.role as PlanContributor['role'] };
}
