// Reading a care home's self-assessments and their action plan from the tables. No access checks or audit here;
// the repository decides who may read what and records it.
import {
  actionPlanProgress,
  compareAssessments,
  isOverdue,
  personalisationAreaSchema,
  personalisationRatings,
  type ActionPlan,
  type AssessmentSummary,
  type PersonalisationAssessment,
  type PlanActionItem,
  type QualityActionStatus,
} from '@hearth/core';
import { z } from 'zod';
import type { Tx } from '../db/transaction.js';

// Stored content was checked when written; parsing again gives it its type and fails loudly if it was ever altered.
const areasSchema = z.array(personalisationAreaSchema);
const ratingsSchema = z.array(z.object({ areaId: z.string(), rating: z.enum(personalisationRatings), evidence: z.string() }));
const prioritiesSchema = z.array(z.object({ areaId: z.string(), why: z.string() }));

interface AssessmentRow {
  id: string;
  service_id: string;
  service_name: string;
  area_set_version: number;
  areas: unknown;
  ratings: unknown;
  priorities: unknown;
  participants: string;
  agreed_on: string;
  note: string | null;
  assessed_by: string;
  assessed_by_name: string;
  created_at: Date;
}

export interface StoredAssessment {
  row: AssessmentRow;
  areas: z.infer<typeof areasSchema>;
  ratings: z.infer<typeof ratingsSchema>;
  priorities: z.infer<typeof prioritiesSchema>;
}

/** A home's self-assessments, newest agreed first (the later recorded first on the same day). */
export async function readHomeAssessments(tx: Tx, serviceId: string): Promise<StoredAssessment[]> {
  const { rows } = await tx.query<AssessmentRow>(
    `SELECT a.id, a.service_id, sv.name AS service_name, a.area_set_version, a.areas, a.ratings, a.priorities, a.participants,
            to_char(a.agreed_on, 'YYYY-MM-DD') AS agreed_on, a.note, a.assessed_by, s.name AS assessed_by_name, a.created_at
     FROM personalisation_assessments a JOIN staff s ON s.id = a.assessed_by JOIN services sv ON sv.id = a.service_id
     WHERE a.service_id = $1 ORDER BY a.agreed_on DESC, a.created_at DESC, a.id DESC`,
    [serviceId],
  );
  return rows.map((row) => ({ row, areas: areasSchema.parse(row.areas), ratings: ratingsSchema.parse(row.ratings), priorities: prioritiesSchema.parse(row.priorities) }));
}

const titleIn = (a: StoredAssessment, areaId: string) => a.areas.find((x) => x.id === areaId)?.title;

export function toSummary(a: StoredAssessment): AssessmentSummary {
  return {
    id: a.row.id,
    serviceId: a.row.service_id,
    areaSetVersion: a.row.area_set_version,
    agreedOn: a.row.agreed_on,
    participants: a.row.participants,
    assessedBy: { id: a.row.assessed_by, name: a.row.assessed_by_name },
    createdAt: a.row.created_at.toISOString(),
    priorities: a.priorities.map((p) => ({ areaId: p.areaId, title: titleIn(a, p.areaId) ?? p.areaId, why: p.why })),
  };
}

interface ActionRow {
  id: string; title: string; owner_id: string; owner_name: string; due_date: string;
  personalisation_assessment_id: string; area_id: string; status: QualityActionStatus; latest_note: string | null;
}

/** The actions raised in the action plans of these self-assessments, soonest due first. */
async function readPlanActions(tx: Tx, assessmentIds: readonly string[], today: string): Promise<PlanActionItem[]> {
  const { rows } = await tx.query<ActionRow>(
    `SELECT a.id, a.title, a.owner_id, o.name AS owner_name, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
            a.personalisation_assessment_id, a.area_id, u.status, n.note AS latest_note
     FROM quality_actions a
     JOIN staff o ON o.id = a.owner_id
     JOIN LATERAL (SELECT status FROM quality_action_updates WHERE action_id = a.id ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true
     LEFT JOIN LATERAL (SELECT note FROM quality_action_updates WHERE action_id = a.id AND note IS NOT NULL
                        ORDER BY updated_at DESC, id DESC LIMIT 1) n ON true
     WHERE a.personalisation_assessment_id = ANY($1::uuid[]) AND a.area_id IS NOT NULL
     ORDER BY a.due_date, a.created_at, a.id`,
    [assessmentIds],
  );
  return rows.map((r) => ({
    id: r.id, title: r.title, owner: { id: r.owner_id, name: r.owner_name }, dueDate: r.due_date, status: r.status,
    overdue: isOverdue({ status: r.status, dueDate: r.due_date }, today), latestNote: r.latest_note,
    personalisationAssessmentId: r.personalisation_assessment_id, areaId: r.area_id,
  }));
}

/**
 * One self-assessment in full. `home` is all the home's self-assessments, newest first: the one before this is the
 * comparison, and with `wholeHome` the action plan gathers actions raised from any of them (an action agreed last
 * year and still open belongs in this year's plan too); otherwise only this one's.
 */
export async function fullAssessment(tx: Tx, home: readonly StoredAssessment[], id: string, today: string, wholeHome: boolean): Promise<PersonalisationAssessment | null> {
  const index = home.findIndex((a) => a.row.id === id);
  const a = home[index];
  if (!a) return null;
  const previous = home[index + 1];
  const titleOf = (areaId: string) => titleIn(a, areaId) ?? home.map((h) => titleIn(h, areaId)).find((t) => t !== undefined) ?? areaId;
  const actions = await readPlanActions(tx, wholeHome ? home.map((h) => h.row.id) : [id], today);
  const progress = actionPlanProgress(a.priorities, actions, today);
  const actionPlan: ActionPlan = {
    today,
    ...progress,
    areas: progress.areas.map((p) => ({ ...p, title: titleOf(p.areaId), actions: actions.filter((x) => x.areaId === p.areaId) })),
  };
  const comparison = previous ? compareAssessments(previous, a) : null;
  return {
    ...toSummary(a),
    serviceName: a.row.service_name,
    areas: a.areas,
    ratings: a.ratings,
    note: a.row.note,
    comparison: previous && comparison
      ? { previousId: previous.row.id, previousAgreedOn: previous.row.agreed_on, ...comparison, areas: comparison.areas.map((c) => ({ ...c, title: titleOf(c.areaId) })) }
      : null,
    actionPlan,
  };
}
