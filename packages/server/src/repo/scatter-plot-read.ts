// Reads what a person's scatter plot is drawn from: ABC records in force (a record replaced by a correction is left
// out), the cells filled in directly, and the behaviours both name. The caller has checked access and audits.
import type { ScatterAbcInput, ScatterBehaviourCount, ScatterEntryInput, ScatterEntryView, ScatterGrade } from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

type Reader = Pick<UnitOfWork, 'tx'>;

/** A record counts unless another record names it as the one it replaces. */
const inForce = 'NOT EXISTS (SELECT 1 FROM abc_records n WHERE n.supersedes = r.id)';

/** The person's ABC records in force that started at or after `from` and before `until`, of every behaviour. */
export async function scatterAbcRecordsBetween(
  uow: Reader,
  personId: string,
  from: Date,
  until: Date,
): Promise<ScatterAbcInput[]> {
  const { rows } = await uow.tx.query<{ occurred_at: Date; behaviour: string; intensity: number }>(
    `SELECT r.occurred_at, r.behaviour, r.intensity FROM abc_records r
     WHERE r.person_id = $1 AND r.occurred_at >= $2 AND r.occurred_at < $3 AND ${inForce}`,
    [personId, from, until],
  );
  return rows.map((r) => ({ occurredAt: r.occurred_at, behaviour: r.behaviour, intensity: r.intensity }));
}

interface EntryRow {
  id: string;
  behaviour: string;
  observed_on: string;
  slot_start_minute: number;
  slot_minutes: number;
  grade: ScatterGrade;
  activity: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const entryColumns = `e.id, e.behaviour, to_char(e.observed_on, 'YYYY-MM-DD') AS observed_on, e.slot_start_minute, e.slot_minutes,
  e.grade, e.activity, e.recorded_by, s.name AS recorded_by_name, e.recorded_at`;

const toView = (r: EntryRow): ScatterEntryView & ScatterEntryInput => ({
  id: r.id,
  behaviour: r.behaviour,
  observedOn: r.observed_on,
  slotStartMinute: r.slot_start_minute,
  slotMinutes: r.slot_minutes,
  grade: r.grade,
  activity: r.activity,
  recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
  recordedAt: r.recorded_at.toISOString(),
});

/** Every entry (earlier ones for a cell too) for days `from` to `to`, oldest first. */
export async function scatterEntriesBetween(
  uow: Reader,
  personId: string,
  from: string,
  to: string,
): Promise<ScatterEntryInput[]> {
  const { rows } = await uow.tx.query<EntryRow>(
    `SELECT ${entryColumns} FROM scatter_plot_entries e JOIN staff s ON s.id = e.recorded_by
     WHERE e.person_id = $1 AND e.observed_on BETWEEN $2 AND $3 ORDER BY e.recorded_at, e.id`,
    [personId, from, to],
  );
  return rows.map(toView);
}

/** The entries with these ids, as the API shows them, in the order given. */
export async function scatterEntriesById(uow: Reader, ids: readonly string[]): Promise<ScatterEntryView[]> {
  const { rows } = await uow.tx.query<EntryRow>(
    `SELECT ${entryColumns} FROM scatter_plot_entries e JOIN staff s ON s.id = e.recorded_by WHERE e.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, toView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** How often each behaviour name appears in the person's ABC records in force and in their scatter plot entries. */
export async function scatterBehaviourCounts(
  uow: Reader,
  personId: string,
): Promise<{ abc: ScatterBehaviourCount[]; direct: ScatterBehaviourCount[] }> {
  const abc = await uow.tx.query<ScatterBehaviourCount>(
    `SELECT r.behaviour, count(*)::int AS count FROM abc_records r WHERE r.person_id = $1 AND ${inForce} GROUP BY r.behaviour`,
    [personId],
  );
  const direct = await uow.tx.query<ScatterBehaviourCount>(
    'SELECT behaviour, count(*)::int AS count FROM scatter_plot_entries WHERE person_id = $1 GROUP BY behaviour',
    [personId],
  );
  return { abc: abc.rows, direct: direct.rows };
}
