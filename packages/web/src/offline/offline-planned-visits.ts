// The visit form offline: when the planned visits cannot be fetched and were never kept, they are worked out on the
// phone from the kept plan, with the same rule the server uses, so a visit can still be recorded without signal.
import { londonDay, plannedVisits, type CarePlan, type Person, type PlannedVisits, type ServiceKind } from '@hearth/core';
import { isApiError } from '../api/client';
import { getCarePlan } from '../api/care-plan';
import { listServices } from '../api/staff';

/** The day's visits from a plan: a care home resident's day is recorded by shift, a homecare person's by visit. */
export function plannedVisitsFromPlan(plan: CarePlan, serviceKind: ServiceKind | null, now: Date): PlannedVisits {
  const date = londonDay(now);
  return {
    personId: plan.personId,
    date,
    kind: serviceKind === 'care_home' ? 'shift' : 'visit',
    planVersion: plan.current?.version ?? null,
    visits: plan.current ? plannedVisits(plan.current.content.sections, date) : [],
  };
}

/** For a failed planned-visits request: the visits from the kept plan when it failed for want of signal. */
export async function plannedVisitsFromCopies(person: Pick<Person, 'id' | 'serviceId'>, error: unknown): Promise<PlannedVisits> {
  if (!isApiError(error) || error.status !== 0) throw error;
  const plan = await getCarePlan(person.id).catch(() => {
    throw error;
  });
  const services = await listServices().catch(() => []);
  return plannedVisitsFromPlan(plan, services.find((s) => s.id === person.serviceId)?.kind ?? null, new Date());
}
