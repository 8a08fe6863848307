// Reading people's information and communication needs inside a unit of work: the versions of one person's needs,
// and the flag for many people at once (one query for a list, however long).
import { communicationNeedsSchema, needsFlag, type CommunicationNeeds, type CommunicationNeedsVersion } from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

interface VersionRow {
  version: number;
  needs: unknown;
  reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Every version of a person's needs, newest first; the caller has checked access. */
export async function needsVersions(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<CommunicationNeedsVersion[]> {
  const { rows } = await uow.tx.query<VersionRow>(
    `SELECT n.version, n.needs, n.reason, n.recorded_by, s.name AS recorded_by_name, n.recorded_at
     FROM communication_needs n JOIN staff s ON s.id = n.recorded_by
     WHERE n.person_id = $1 ORDER BY n.version DESC`,
    [personId],
  );
  // Checked when saved; parsed again to give it its type and to fail loudly if it was ever altered.
  return rows.map((r) => ({
    version: r.version,
    needs: communicationNeedsSchema.parse(r.needs),
    reason: r.reason,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at.toISOString(),
  }));
}

/** The newest needs of each person given; a person never asked is absent from the map. */
export async function latestNeedsOf(
  uow: Pick<UnitOfWork, 'tx'>,
  personIds: readonly string[],
): Promise<Map<string, CommunicationNeeds>> {
  if (personIds.length === 0) return new Map();
  const { rows } = await uow.tx.query<{ person_id: string; needs: unknown }>(
    `SELECT DISTINCT ON (person_id) person_id, needs FROM communication_needs
     WHERE person_id = ANY($1::uuid[]) ORDER BY person_id, version DESC`,
    [personIds],
  );
  return new Map(rows.map((r) => [r.person_id, communicationNeedsSchema.parse(r.needs)]));
}

interface PersonRef {
  id: string;
  organisation_id: string;
  service_id: string;
}

/**
 * The flag of each person the actor may read the needs of: labels, or null when never recorded. People whose needs
 * the actor may not read are absent, so their responses carry no flag at all.
 */
export async function communicationFlags(
  uow: Pick<UnitOfWork, 'tx' | 'allows'>,
  people: readonly PersonRef[],
): Promise<Map<string, string[] | null>> {
  const readable = people.filter((p) =>
    uow.allows('read', { kind: 'communication_needs', organisationId: p.organisation_id, serviceId: p.service_id }),
  );
  const latest = await latestNeedsOf(
    uow,
    readable.map((p) => p.id),
  );
  return new Map(
    readable.map((p) => {
      const needs = latest.get(p.id) ?? null;
      return [p.id, needs === null ? null : needsFlag(needs)];
    }),
  );
}
