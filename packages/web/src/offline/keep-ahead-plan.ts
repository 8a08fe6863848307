// Whose records a care worker's phone keeps ahead of need: the people on their upcoming visits (the next 36 hours),
// soonest first, then in a care home the residents of the service they work in, so each opens without signal even if
// it was never opened on this phone. Pure: the sync around it fetches them through the offline-caching API client.
import { isUpcomingPlannedVisit, type Me, type PersonSummary, type PlannedVisitView, type Service, type StaffRole } from '@hearth/core';

/** The most people whose records one phone keeps ahead: a large care home, and more than any round. */
export const keepAheadMaxPeople = 80;

/** The roles whose phones keep a care home's residents: those who give the care on the floor. */
const residentKeepingRoles: readonly StaffRole[] = ['care_worker', 'senior_care_worker'];

const isSupported = (status: PersonSummary['status']) => status === 'active' || status === 'in_hospital';

/** The person ids to keep, in the order to fetch them, each once. */
export function peopleToKeepAhead(input: {
  me: Pick<Me, 'grants'>;
  visits: readonly PlannedVisitView[];
  services: readonly Pick<Service, 'id' | 'kind'>[];
  people: readonly Pick<PersonSummary, 'id' | 'serviceId' | 'status' | 'legalName'>[];
  now: Date;
}): string[] {
  const upcoming = input.visits
    .filter((v) => isUpcomingPlannedVisit(v, input.now))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id))
    .map((v) => v.person.id);
  const careHomes = new Set(input.services.filter((s) => s.kind === 'care_home').map((s) => s.id));
  const myHomes = new Set(
    input.me.grants
      .filter((g) => residentKeepingRoles.includes(g.role) && g.serviceId !== null && careHomes.has(g.serviceId))
      .map((g) => g.serviceId),
  );
  const residents = input.people
    .filter((p) => myHomes.has(p.serviceId) && isSupported(p.status))
    .sort((a, b) => a.legalName.localeCompare(b.legalName) || a.id.localeCompare(b.id))
    .map((p) => p.id);
  return [...new Set([...upcoming, ...residents])].slice(0, keepAheadMaxPeople);
}

/** Whether the worker's phone keeps a care home's residents at all (so the people list is worth fetching). */
export function keepsResidents(me: Pick<Me, 'grants'>, services: readonly Pick<Service, 'id' | 'kind'>[]): boolean {
  const careHomes = new Set(services.filter((s) => s.kind === 'care_home').map((s) => s.id));
  return me.grants.some((g) => residentKeepingRoles.includes(g.role) && g.serviceId !== null && careHomes.has(g.serviceId));
}
