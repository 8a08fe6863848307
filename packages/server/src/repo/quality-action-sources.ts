// Where a new quality action comes from: checks that the finding, manual audit answer or personalisation area it
// names exists, and works out the person or home it concerns from it. No access checks here: the caller checks
// the action's service against the policy once it knows it.
import type { CreateQualityActionBody, FieldError } from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';
import { findingIn } from './quality-actions-read.js';

export interface ResolvedSource {
  personId: string | null;
  /** The service the source belongs to, when it decides it (a care home's self-assessment). */
  serviceId: string | null;
  errors: FieldError[];
}

/** Whether a stored snapshot's list (questions or areas) holds an entry with this id. */
export function holdsId(list: unknown, id: string): boolean {
  return Array.isArray(list) && list.some((entry: unknown) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === id);
}

export async function resolveActionSource(uow: UnitOfWork, body: CreateQualityActionBody): Promise<ResolvedSource> {
  const errors: FieldError[] = [];
  let personId = body.personId;
  let serviceId: string | null = null;
  if (body.planAuditRunId !== null && body.ruleId !== null) {
    const run = (await uow.tx.query<{ person_id: string; findings: unknown }>('SELECT person_id, findings FROM plan_audit_runs WHERE id = $1', [body.planAuditRunId])).rows[0];
    if (!run || (personId !== null && run.person_id !== personId)) {
      errors.push({ field: 'planAuditRunId', message: 'This audit was not found for this person' });
    } else {
      personId = run.person_id;
      if (!findingIn(run.findings, body.ruleId, body.field)) errors.push({ field: 'ruleId', message: 'This finding is not in that audit' });
    }
  }
  if (body.manualAuditId !== null && body.questionId !== null) {
    const audit = (await uow.tx.query<{ person_id: string; template: { questions?: unknown } | null }>(
      'SELECT person_id, template FROM manual_audits WHERE id = $1', [body.manualAuditId],
    )).rows[0];
    if (!audit || (personId !== null && audit.person_id !== personId)) {
      errors.push({ field: 'manualAuditId', message: 'This manual audit was not found for this person' });
    } else {
      personId = audit.person_id;
      if (!holdsId(audit.template?.questions, body.questionId)) errors.push({ field: 'questionId', message: 'This question is not in that audit' });
    }
  }
  if (body.personalisationAssessmentId !== null && body.areaId !== null) {
    const assessment = (await uow.tx.query<{ service_id: string; areas: unknown }>(
      'SELECT service_id, areas FROM personalisation_assessments WHERE id = $1', [body.personalisationAssessmentId],
    )).rows[0];
    if (!assessment || (body.serviceId !== null && assessment.service_id !== body.serviceId)) {
      errors.push({ field: 'personalisationAssessmentId', message: 'This self-assessment was not found for this home' });
    } else {
      serviceId = assessment.service_id;
      if (!holdsId(assessment.areas, body.areaId)) errors.push({ field: 'areaId', message: 'This area is not in that self-assessment' });
    }
  }
  return { personId, serviceId, errors };
}
