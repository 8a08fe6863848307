// The data side of the emergency pack: who in a service (or on one worker's round of visits) it holds and who it
// leaves out, whether an actor may start, follow or download one (the policy that governs printing a pack: update
// the service's care plans; for a round, also reading its visits), the audit of each, and the register of printed
// packs once the PDF exists.
import type { EmergencyPackRound, EmergencyPackSkipReason } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { printedName } from '../pack/page-frame.js';
import type { PrintSize } from '../pack/pack-document.js';
import { registerPrint } from './pack-repository.js';
import { roundPeople, type RoundPerson } from './planned-visits-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

export interface EmergencyPackSelection {
  organisationId: string;
  serviceId: string;
  serviceName: string;
  providerName: string;
  /** The name of who started it, for the cover. */
  printedBy: string;
  /** The round it holds the people of; absent or null for the whole service. */
  round?: EmergencyPackRound | null;
  /**
   * Whose packs it holds, in the order printed: everyone active in the service with a plan in use, or on a round
   * the people visited that day with a plan in use, in the order of the round.
   */
  personIds: string[];
  skipped: { personId: string; name: string; reason: EmergencyPackSkipReason }[];
}

/** A round asked for: a worker and a day in England. */
export interface RoundAsked {
  staffId: string;
  date: string;
}

/** What the repository needs of the in-memory jobs (pack/emergency-pack-jobs.ts), so it decides access before them. */
export interface EmergencyPackLedger<J extends { id: string }> {
  /** The job being prepared for the service (or for this round of it), to join rather than start another. */
  runningFor(organisationId: string, serviceId: string, round?: RoundAsked | null): J | undefined;
  /** Holds a place for a new job, or refuses (busy) when too many are running. */
  reserve(selection: EmergencyPackSelection): J;
  /** Gives the place back when the start was not recorded after all. */
  discard(id: string): void;
}

function requirePrinting(uow: UnitOfWork, serviceId: string, audit: { action: string; resourceId: string }): void {
  uow.require('update', { kind: 'care_plan', organisationId: uow.actor.organisationId, serviceId }, audit);
}

/**
 * Starts the emergency pack for a service (or a round of it), or joins the one already being prepared for it, so
 * two managers pressing the button at once get one pack. The start is audited naming every person in it and left
 * out of it.
 */
export async function startEmergencyPack<J extends { id: string }>(
  repo: RequestRepository,
  serviceId: string,
  ledger: EmergencyPackLedger<J>,
  round: RoundAsked | null = null,
): Promise<{ job: J; isNew: boolean }> {
  let reserved: J | undefined;
  try {
    return await repo.run((uow) => selectAndReserve(uow, serviceId, ledger, round, (job) => (reserved = job)));
  } catch (error) {
    if (reserved) ledger.discard(reserved.id);
    throw error;
  }
}

async function selectAndReserve<J extends { id: string }>(
  uow: UnitOfWork,
  serviceId: string,
  ledger: EmergencyPackLedger<J>,
  asked: RoundAsked | null,
  onReserved: (job: J) => void,
): Promise<{ job: J; isNew: boolean }> {
  const action = 'emergency_pack.start';
  const service = (await uow.tx.query<{ name: string }>('SELECT name FROM services WHERE id = $1', [serviceId])).rows[0];
  if (!service) return uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
  requirePrinting(uow, serviceId, { action, resourceId: serviceId });
  if (asked) uow.require('list', { kind: 'planned_visit', organisationId: uow.actor.organisationId, serviceId }, { action, resourceId: serviceId });
  const running = ledger.runningFor(uow.actor.organisationId, serviceId, asked);
  if (running) {
    await uow.audit({ action: 'emergency_pack.join', resourceType: 'service', resourceId: serviceId, detail: { jobId: running.id } });
    return { job: running, isNew: false };
  }
  const { people: rows, round } = asked
    ? await peopleOfRound(uow, serviceId, asked, action)
    : { people: await peopleOfService(uow, serviceId), round: null };
  const personIds = rows.filter((r) => r.in_use && isSupported(r)).map((r) => r.id);
  if (personIds.length === 0) {
    throw new HttpError(
      'conflict',
      round
        ? rows.length === 0
          ? `Nobody is on ${round.staffName}\u2019s round that day in ${service.name}, so there is no pack to print.`
          : `Nobody on ${round.staffName}\u2019s round that day has a care and support plan in use, so there is no pack to print.`
        : `Nobody in ${service.name} has a care and support plan in use, so there is no pack to print.`,
    );
  }
  const names = onlyRow(await uow.tx.query<{ provider: string; staff: string }>(
    'SELECT o.name AS provider, s.name AS staff FROM organisations o, staff s WHERE o.id = $1 AND s.id = $2',
    [uow.actor.organisationId, uow.actor.staffId],
  ));
  const job = ledger.reserve({
    organisationId: uow.actor.organisationId,
    serviceId,
    serviceName: service.name,
    providerName: names.provider,
    printedBy: names.staff,
    round,
    personIds,
    skipped: rows
      .filter((r) => !r.in_use || !isSupported(r))
      .map((r) => ({
        personId: r.id,
        name: printedName({ legalName: r.legal_name, preferredName: r.preferred_name }),
        reason: isSupported(r) ? ('no_plan_in_use' as const) : ('support_ended' as const),
      })),
  });
  onReserved(job);
  await uow.audit({
    action,
    resourceType: 'service',
    resourceId: serviceId,
    detail: {
      jobId: job.id,
      ...(round ? { round: { staffId: round.staffId, date: round.date } } : {}),
      people: personIds,
      skipped: rows.filter((r) => !personIds.includes(r.id)).map((r) => r.id),
    },
  });
  return { job, isNew: true };
}

const isSupported = (person: Pick<RoundPerson, 'status'>) => person.status === 'active' || person.status === 'in_hospital';

/** Everyone supported by the service now, by name. */
async function peopleOfService(uow: UnitOfWork, serviceId: string): Promise<RoundPerson[]> {
  const { rows } = await uow.tx.query<RoundPerson>(
    `SELECT p.id, p.legal_name, p.preferred_name, p.status,
            EXISTS (SELECT 1 FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id
                    WHERE cp.person_id = p.id AND v.status IN ('in_use', 'under_review')) AS in_use
     FROM people p WHERE p.service_id = $1 AND p.status IN ('active', 'in_hospital')
     ORDER BY p.legal_name, p.id`,
    [serviceId],
  );
  return rows;
}

/** The people on a worker's round that day, in the order of the round; a worker outside the organisation is 404. */
async function peopleOfRound(
  uow: UnitOfWork,
  serviceId: string,
  asked: RoundAsked,
  action: string,
): Promise<{ people: RoundPerson[]; round: EmergencyPackRound }> {
  const worker = (await uow.tx.query<{ name: string }>('SELECT name FROM staff WHERE id = $1', [asked.staffId])).rows[0];
  if (!worker) return uow.notFound({ action, resourceType: 'staff', resourceId: asked.staffId });
  return { people: await roundPeople(uow, serviceId, asked.staffId, asked.date), round: { ...asked, staffName: worker.name } };
}

interface JobAccess {
  organisationId: string;
  serviceId: string;
  personIds: readonly string[];
}

/**
 * Refuses unless the actor may follow this job: a job unknown here, or of another organisation, answers 404 (so its
 * existence does not leak); otherwise the same policy as starting one. Following progress is not audited (the start
 * named everyone in it); a download is, naming the people whose packs left the building.
 */
export function requireEmergencyPack<J extends JobAccess>(repo: RequestRepository, jobId: string, job: J | undefined, use: 'progress' | 'download'): Promise<J> {
  const action = use === 'download' ? 'emergency_pack.download' : 'emergency_pack.progress';
  return repo.run(async (uow) => {
    if (!job || job.organisationId !== uow.actor.organisationId) return uow.notFound({ action, resourceType: 'emergency_pack', resourceId: jobId });
    requirePrinting(uow, job.serviceId, { action, resourceId: jobId });
    if (use === 'download') {
      await uow.audit({ action, resourceType: 'service', resourceId: job.serviceId, detail: { jobId, people: job.personIds } });
    }
    return job;
  });
}

/** Once the PDF exists, every pack in it goes in the register of printed packs, as a single print does. */
export function registerEmergencyPrints(
  repo: RequestRepository,
  jobId: string,
  prints: readonly { personId: string; planVersion: number | null; size: PrintSize; bytes: number }[],
): Promise<void> {
  return repo.run(async (uow) => {
    for (const print of prints) await registerPrint(uow, { ...print, detail: { emergencyPack: jobId } });
  });
}
