// The round an emergency pack page was opened for (?staff=…&date=… from the rounds page): whose round, which day,
// and who is on it, read from the day's visits; none when the page is for the whole service.
import { plannedVisitRound, plannedVisitRoundPeople, type PlannedVisitView } from '@hearth/core';
import { getPlannedVisitDay } from '../api/planned-visits';
import { useLoaded, type Loaded } from '../plan-views/useLoaded';

export interface RoundAsked {
  staffId: string;
  date: string;
}

export interface RoundOnPage extends RoundAsked {
  staffName: string;
  /** The people on the round, in the order of the round, by name as the rounds page shows them. */
  people: PlannedVisitView['person'][];
}

export function roundAskedOf(params: URLSearchParams): RoundAsked | null {
  const staffId = params.get('staff');
  const date = params.get('date');
  return staffId && date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { staffId, date } : null;
}

export function useRoundOnPage(serviceId: string, asked: RoundAsked | null): Loaded<RoundOnPage | null> {
  return useLoaded(async () => {
    if (!asked) return null;
    const day = await getPlannedVisitDay(serviceId, asked.date);
    const round = plannedVisitRound(day.visits, asked.staffId, asked.date);
    const staffName = round[0]?.staff.name ?? day.workers.find((w) => w.id === asked.staffId)?.name ?? 'The care worker';
    const people = plannedVisitRoundPeople(round).flatMap((id) => round.find((v) => v.person.id === id)?.person ?? []);
    return { ...asked, staffName, people };
  }, [serviceId, asked?.staffId, asked?.date]);
}
