// A person's scatter plot for requests: read the grid for one behaviour (from ABC records and cells filled in
// directly), or fill in a day's cells. Every read and write is checked and audited.
import {
  addDays,
  londonMinuteOfDay,
  scatterBehaviourChoices,
  scatterChosenBehaviour,
  scatterDefaultFrom,
  scatterEntryTimeErrors,
  scatterPlotResponse,
  type ScatterEntriesPost,
  type ScatterEntriesResponse,
  type ScatterPlotQuery,
  type ScatterPlotResponse,
} from '@hearth/core';
import { londonDate, nextDate, startOfLondonDay } from '../dates.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import { refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository } from './request-repository.js';
import {
  scatterAbcRecordsBetween,
  scatterBehaviourCounts,
  scatterEntriesBetween,
  scatterEntriesById,
} from './scatter-plot-read.js';

const resource = (person: Pick<PersonRef, 'organisation_id' | 'service_id'>) => ({
  kind: 'behaviour_record' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

export function getScatterPlot(repo: RequestRepository, personId: string, query: ScatterPlotQuery): Promise<ScatterPlotResponse> {
  const action = 'scatter_plot.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const from = query.from ?? scatterDefaultFrom(londonDate(uow.now), query.days);
    const to = addDays(from, query.days - 1);
    const counts = await scatterBehaviourCounts(uow, personId);
    const behaviours = scatterBehaviourChoices(counts.abc, counts.direct);
    const behaviour = scatterChosenBehaviour(query.behaviour, behaviours);
    const [abcRecords, entries] =
      behaviour === null
        ? [[], []]
        : [
            await scatterAbcRecordsBetween(uow, personId, startOfLondonDay(from), startOfLondonDay(nextDate(to))),
            await scatterEntriesBetween(uow, personId, from, to),
          ];
    const response = scatterPlotResponse({ personId, query: { ...query, from }, behaviours, behaviour, abcRecords, entries });
    // Choices and counts only: the behaviour's name and activities are the person's record, kept out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        from,
        days: query.days,
        slotMinutes: query.slotMinutes,
        measure: query.measure,
        behaviourShown: behaviour !== null,
        abcRecords: response.summary.abcRecords,
        daysObserved: response.summary.daysObserved,
      },
    });
    return response;
  });
}

export function recordScatterPlotEntries(
  repo: RequestRepository,
  personId: string,
  post: ScatterEntriesPost,
): Promise<ScatterEntriesResponse> {
  const action = 'scatter_plot_entries.record';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('create', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    refuseIfInvalid(scatterEntryTimeErrors(post, londonDate(uow.now), londonMinuteOfDay(uow.now)));
    // One statement for the whole day, so it lands whole or not at all.
    const { rows } = await uow.tx.query<{ id: string }>(
      `INSERT INTO scatter_plot_entries
         (organisation_id, person_id, behaviour, observed_on, slot_start_minute, slot_minutes, grade, activity, recorded_by, recorded_at)
       SELECT $1, $2, $3, $4, cell.slot_start_minute, $5, cell.grade, cell.activity, $6, $7
       FROM unnest($8::int[], $9::text[], $10::text[]) AS cell(slot_start_minute, grade, activity)
       RETURNING id`,
      [
        person.organisation_id,
        personId,
        post.behaviour,
        post.observedOn,
        post.slotMinutes,
        uow.actor.staffId,
        uow.now,
        post.cells.map((c) => c.slotStartMinute),
        post.cells.map((c) => c.grade),
        post.cells.map((c) => c.activity),
      ],
    );
    const ids = rows.map((r) => r.id);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        observedOn: post.observedOn,
        slotMinutes: post.slotMinutes,
        cells: post.cells.length,
        grades: {
          none: post.cells.filter((c) => c.grade === 'none').length,
          some: post.cells.filter((c) => c.grade === 'some').length,
          high: post.cells.filter((c) => c.grade === 'high').length,
        },
        entryIds: ids,
      },
    });
    const entries = await scatterEntriesById(uow, ids);
    return { entries: entries.sort((a, b) => a.slotStartMinute - b.slotStartMinute) };
  });
}
