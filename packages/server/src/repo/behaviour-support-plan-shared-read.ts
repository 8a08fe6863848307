// Behaviour support for an outside reader, read only when the shared-record policy lets them read the behaviour
// support part now: the plan in use in plain sections, and the last month's ABC records and restrictive interventions
// (the ones in force: a record replaced by a correction is left out, and a debrief held about the replaced record
// still counts). The caller's audit entry for the view records what was shown.
import {
  bspReviewDue,
  bspSharedSections,
  sharedBehaviourSupportDays,
  type BspRestrictivePracticeKind,
  type BspFollowedPlan,
  type SharedBehaviourSupport,
} from '@hearth/core';
import { londonDate, nextDate, startOfLondonDay } from '../dates.js';
import { bspInUseRow, bspReviewsOf, bspVersionRowsOf, bspViewOf } from './behaviour-support-plan-read.js';
import type { SharedUnitOfWork } from './shared-record-repository.js';

interface InterventionRow {
  id: string;
  supersedes: string | null;
  started_at: Date;
  kind: BspRestrictivePracticeKind;
  duration_minutes: number;
  followed_plan: BspFollowedPlan;
}

export async function readSharedBehaviourSupport(
  uow: SharedUnitOfWork,
  personId: string,
): Promise<SharedBehaviourSupport | null> {
  if (!uow.allows('read', personId, { kind: 'part', part: 'behaviour_support' })) return null;
  const today = londonDate(uow.now);
  const from = new Date(startOfLondonDay(today).getTime() - sharedBehaviourSupportDays * 86_400_000);
  const to = startOfLondonDay(nextDate(today));

  const rows = await bspVersionRowsOf(uow.tx, personId);
  const inUseRow = bspInUseRow(rows);
  const inUse = inUseRow ? bspViewOf(rows, inUseRow, await bspReviewsOf(uow.tx, [inUseRow])) : null;

  const abc = await uow.tx.query<{ occurred_at: Date; behaviour: string; intensity: number; duration_minutes: number }>(
    `SELECT a.occurred_at, a.behaviour, a.intensity, a.duration_minutes FROM abc_records a
     WHERE a.person_id = $1 AND a.occurred_at >= $2 AND a.occurred_at < $3
       AND NOT EXISTS (SELECT 1 FROM abc_records later WHERE later.supersedes = a.id)
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT 500`,
    [personId, from, to],
  );

  // A person has few interventions: every one is read, so a correction's chain back to the first record is known.
  const interventions = (
    await uow.tx.query<InterventionRow>(
      'SELECT id, supersedes, started_at, kind, duration_minutes, followed_plan FROM restrictive_interventions WHERE person_id = $1',
      [personId],
    )
  ).rows;
  const debriefed = new Set(
    (
      await uow.tx.query<{ intervention_id: string }>(
        `SELECT d.intervention_id FROM restrictive_intervention_debriefs d
         JOIN restrictive_interventions r ON r.id = d.intervention_id
         WHERE r.person_id = $1 AND d.with_whom = 'person'`,
        [personId],
      )
    ).rows.map((r) => r.intervention_id),
  );
  const byId = new Map(interventions.map((r) => [r.id, r]));
  const replaced = new Set(interventions.map((r) => r.supersedes).filter((id): id is string => id !== null));
  const debriefHeld = (row: InterventionRow): boolean => {
    for (
      let at: InterventionRow | undefined = row, steps = 0;
      at && steps <= interventions.length;
      at = byId.get(at.supersedes ?? ''), steps++
    ) {
      if (debriefed.has(at.id)) return true;
    }
    return false;
  };

  return {
    plan: inUse
      ? {
          version: inUse.version,
          agreedOn: inUse.agreedOn,
          reviewBy: bspReviewDue(inUse, today).dueBy,
          sections: bspSharedSections(inUse.body),
        }
      : null,
    abcRecords: abc.rows.map((r) => ({
      occurredAt: r.occurred_at.toISOString(),
      behaviour: r.behaviour,
      intensity: r.intensity,
      durationMinutes: r.duration_minutes,
    })),
    restrictiveInterventions: interventions
      .filter((r) => !replaced.has(r.id) && r.started_at >= from && r.started_at < to)
      .sort((a, b) => b.started_at.getTime() - a.started_at.getTime())
      .map((r) => ({
        startedAt: r.started_at.toISOString(),
        kind: r.kind,
        durationMinutes: r.duration_minutes,
        followedPlan: r.followed_plan,
        debriefWithPerson: debriefHeld(r),
      })),
  };
}

/** What was shown, for the audit entry of the read: the plan version and how many records, never their words. */
export function sharedBehaviourSupportAuditDetail(view: SharedBehaviourSupport | null): Record<string, unknown> | null {
  if (view === null) return null;
  return {
    planVersion: view.plan?.version ?? null,
    abcRecords: view.abcRecords.length,
    restrictiveInterventions: view.restrictiveInterventions.length,
  };
}
