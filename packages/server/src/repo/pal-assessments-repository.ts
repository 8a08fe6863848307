// A person's PAL checklists for requests: read them all (with totals, level or tie, and reassessment worked out by
// core), or record one (new, or a correction replacing an earlier one with a reason). Checked and audited.
import {
  palAssessmentBodySchema,
  palAssessmentDateErrors,
  palAssessmentsResponse,
  palSupersedeErrors,
  type FieldError,
  type PalAssessmentPost,
  type PalAssessmentRecord,
  type PalAssessmentsResponse,
  type PalAssessmentView,
  type PalResult,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import { palStatementsByIds, palStatementsResource } from './pal-statements-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (person: Pick<PersonRef, 'organisation_id' | 'service_id'>) => ({
  kind: 'pal_assessment' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

interface AssessmentRow {
  id: string;
  assessed_on: string;
  reassess_by: string;
  statement_set_id: string | null;
  body: unknown;
  supersedes: string | null;
  supersede_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

async function recordsOf(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<PalAssessmentRecord[]> {
  const { rows } = await uow.tx.query<AssessmentRow>(
    `SELECT a.id, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on, to_char(a.reassess_by, 'YYYY-MM-DD') AS reassess_by,
            a.statement_set_id, a.body, a.supersedes, a.supersede_reason, a.recorded_by, s.name AS recorded_by_name, a.recorded_at
     FROM pal_assessments a JOIN staff s ON s.id = a.recorded_by
     WHERE a.person_id = $1`,
    [personId],
  );
  return rows.map((r) => ({
    id: r.id,
    assessedOn: r.assessed_on,
    reassessBy: r.reassess_by,
    statementSetId: r.statement_set_id,
    // Checked when recorded; parsed again to give the body its type and to fail loudly if it was ever altered.
    body: palAssessmentBodySchema.parse(r.body),
    supersedes: r.supersedes,
    supersedeReason: r.supersede_reason,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at.toISOString(),
  }));
}

/** The response, with each checklist's ticked statements for readers allowed the statement text. */
async function responseFor(uow: UnitOfWork, personId: string): Promise<PalAssessmentsResponse> {
  const records = await recordsOf(uow, personId);
  const withText = uow.allows('read', palStatementsResource(uow));
  const ids = withText ? records.flatMap((r) => (r.statementSetId ? [r.statementSetId] : [])) : [];
  const statements = await palStatementsByIds(uow, ids);
  return palAssessmentsResponse(personId, records, (id) => statements.get(id) ?? null, londonDate(uow.now));
}

/** The result as codes for the audit log: a level, the tied levels, or how many were answered. */
const resultFact = (result: PalResult) =>
  result.kind === 'level' ? result.level : result.kind === 'tie' ? `tie:${result.levels.join('+')}` : 'incomplete';

export function getPalAssessments(repo: RequestRepository, personId: string): Promise<PalAssessmentsResponse> {
  const action = 'pal_assessments.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const response = await responseFor(uow, personId);
    const latest = response.assessments.find((a) => a.id === response.latestId);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { assessments: response.assessments.length, latest: latest ? resultFact(latest.score.result) : null, reassessment: latest?.reassessment ?? null },
    });
    return response;
  });
}

export function recordPalAssessment(repo: RequestRepository, personId: string, post: PalAssessmentPost): Promise<PalAssessmentView> {
  const action = 'pal_assessment.record';
  return repo.run(async (uow) => {
    // Locked so two corrections of the same checklist cannot both pass the checks below.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const existing = (await responseFor(uow, personId)).assessments;
    refuseIfInvalid([
      ...palAssessmentDateErrors(post, londonDate(uow.now)),
      ...palSupersedeErrors(post.supersedes, existing),
      ...(await statementSetErrors(uow, post.statementSetId)),
    ]);
    const { assessedOn, reassessBy, statementSetId, supersedes, supersedeReason, ...body } = post;
    const id = await insertReturningId(
      uow,
      `INSERT INTO pal_assessments (organisation_id, person_id, assessed_on, reassess_by, statement_set_id, body, supersedes, supersede_reason, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [person.organisation_id, personId, assessedOn, reassessBy, statementSetId, JSON.stringify(body), supersedes, supersedeReason, uow.actor.staffId, uow.now],
    );
    const stored = (await responseFor(uow, personId)).assessments.find((a) => a.id === id);
    if (!stored) throw new Error(`PAL checklist ${id} was not read back`);
    // Codes and dates only: the profile, the plan and the notes stay out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { assessmentId: id, assessedOn, reassessBy, statementSetId, supersedes, totals: stored.score.totals, result: resultFact(stored.score.result) },
    });
    return stored;
  });
}

/** The statement text a checklist was completed against must be one of the organisation's imports. */
async function statementSetErrors(uow: UnitOfWork, statementSetId: string | null): Promise<FieldError[]> {
  if (statementSetId === null) return [];
  const found = await uow.tx.query('SELECT 1 FROM pal_statement_sets WHERE id = $1 AND organisation_id = $2', [statementSetId, uow.actor.organisationId]);
  return found.rowCount === 0 ? [{ field: 'statementSetId', message: 'The statement text shown could not be found: reload the page and complete the checklist again' }] : [];
}
