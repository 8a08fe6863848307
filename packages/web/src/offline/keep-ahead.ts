// Keeps on the phone, ahead of need, the records a care worker will want without signal: their own visits, then for
// each person on their upcoming visits (and in a care home, each resident of their home) the record with its alerts
// and ReSPECT summary, the plan, the communication needs and the day's planned visits: what the record, plan, "now"
// and visit form pages read. Every fetch goes through the offline-caching API client, which writes the copy; when the
// run is done, the time is kept beside the copies (and wiped with them at sign-out) so My visits can say it.
import type { Me, PersonSummary, PlannedVisitView, Service } from '@hearth/core';
import { isApiError, request } from '../api/client';
import { myPlannedVisitsPath } from '../api/planned-visits';
import { keepsResidents, peopleToKeepAhead } from './keep-ahead-plan';
import { offlineDb } from './offline-db';

/** Where the time of the last run is kept, beside the copies: not an API path, so never served as an answer. */
const markerPath = 'keep-ahead';

const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** The paths each page asks for, exactly as it asks, so the copies are found again. */
export const keepAheadPaths = {
  sections: '/api/care-plan-sections',
  services: '/api/services',
  people: '/api/people',
  ofPerson: (id: string) => [person(id), `${person(id)}/care-plan`, `${person(id)}/communication-needs`, `${person(id)}/visits/planned`],
};

export interface KeptAhead {
  /** When the run finished (ISO). */
  at: string;
  /** People whose records are now on the phone, and those that could not be fetched. */
  people: number;
  failed: number;
}

const get = <T>(path: string) => request<T>('GET', path, { onlyFromHearth: true, background: true });

/** No signal: stop the run, as every other fetch would fail too. */
const isUnreachable = (error: unknown) => isApiError(error) && error.status === 0;

let running: Promise<KeptAhead | null> | null = null;

/** Runs once at a time; null when Hearth could not be reached (nothing is marked as refreshed). */
export function keepAhead(me: Pick<Me, 'staffId' | 'grants'>): Promise<KeptAhead | null> {
  running ??= run(me).finally(() => {
    running = null;
  });
  return running;
}

async function run(me: Pick<Me, 'staffId' | 'grants'>): Promise<KeptAhead | null> {
  try {
    const mine = await get<{ visits: PlannedVisitView[] }>(myPlannedVisitsPath);
    const [, services] = await Promise.all([get<unknown>(keepAheadPaths.sections), get<Service[]>(keepAheadPaths.services)]);
    const people = keepsResidents(me, services) ? await get<PersonSummary[]>(keepAheadPaths.people) : [];
    const ids = peopleToKeepAhead({ me, visits: mine.visits, services, people, now: new Date() });
    let failed = 0;
    for (const id of ids) {
      // One person at a time: a round is a handful of people, and the phone's signal is shared with the worker.
      const answers = await Promise.allSettled(keepAheadPaths.ofPerson(id).map((p) => get<unknown>(p)));
      const refusals = answers.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      if (refusals.some((r) => isUnreachable(r.reason))) return null;
      if (refusals.length > 0) failed += 1;
    }
    const kept: KeptAhead = { at: new Date().toISOString(), people: ids.length - failed, failed };
    await markKept(me.staffId, kept);
    return kept;
  } catch (error) {
    if (isUnreachable(error)) return null;
    throw error;
  }
}

const listeners = new Set<() => void>();

export function onKeptAhead(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

async function markKept(staffId: string, kept: KeptAhead): Promise<void> {
  await offlineDb()
    .then((db) => db.put('copies', { staffId, path: markerPath, body: kept, savedAt: kept.at }))
    .catch(() => undefined); // No store on this phone: nothing is kept, and My visits says so.
  for (const listener of listeners) listener();
}

/** The last run for this worker on this phone, or null if none (or the copies were wiped since). */
export async function lastKeptAhead(staffId: string): Promise<KeptAhead | null> {
  const copy = await offlineDb()
    .then((db) => db.get('copies', [staffId, markerPath]))
    .catch(() => undefined);
  return (copy?.body as KeptAhead | undefined) ?? null;
}
