// The capacity records an outside reader may see, read only when the shared-record policy lets them read health or
// finances now, through the same reads the staff pages use. Which record belongs to which part is core's
// (`sharedCapacityEntries`); the caller's audit entry for the view records what was shown.
import { sharedCapacityEntries, statedImpairmentOf, type PlanContent, type SharedCapacityEntry } from '@hearth/core';
import { londonDate } from '../dates.js';
import { assessmentsOf, bestInterestsDecisionsOf } from './capacity-read.js';
import { capacityRecordsOf } from './capacity-records-read.js';
import type { SharedUnitOfWork } from './shared-record-repository.js';

/**
 * Null when neither health nor finances is shared. With finances alone only legal authorities are read (those of
 * property and financial affairs are shown); assessments and decisions are read only with health.
 */
export async function readSharedCapacity(
  uow: SharedUnitOfWork,
  personId: string,
  planContent: PlanContent | null,
  sectionTitle: (key: string) => string,
): Promise<SharedCapacityEntry[] | null> {
  const health = uow.allows('read', personId, { kind: 'part', part: 'health' });
  const finances = uow.allows('read', personId, { kind: 'part', part: 'finances' });
  if (!health && !finances) return null;
  return sharedCapacityEntries({
    parts: uow.parts(personId),
    today: londonDate(uow.now),
    statedImpairment: health && planContent ? statedImpairmentOf(planContent) : null,
    assessments: health ? await assessmentsOf(uow, personId) : [],
    bestInterestsDecisions: health ? await bestInterestsDecisionsOf(uow, personId) : [],
    records: await capacityRecordsOf(uow, personId, health ? undefined : ['legal_authority']),
    sectionTitle,
  });
}

/** How many entries of each kind were shown, for the audit entry of the read. */
export function capacityAuditDetail(entries: readonly SharedCapacityEntry[] | null): Record<string, number> | null {
  if (entries === null) return null;
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return counts;
}
