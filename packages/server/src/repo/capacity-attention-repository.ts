// The managers' list of capacity work due, for the people the actor may see: capacity assessments whose date to
// assess again has come, and liberty safeguards expired, due for renewal or due a review. Worked out by the core
// rules (capacityAttention) from the signed assessments and the capacity records in force.
import { storedAssessmentColumns, storedAssessmentFrom, type StoredAssessmentRow } from './stored-assessment-row.js';
import {
  capacityAttention,
  libertyBodySchema,
  needsCapacityAttention,
  withCurrentFlags,
  type CapacityAttentionRow,
  type Scope,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import type { RequestRepository } from './request-repository.js';

/** People whose support has not ended: an ended person's capacity work is no one's to do. */
const currentPeople = `p.status IN ('active', 'in_hospital')`;

type AssessmentRow = StoredAssessmentRow;

interface LibertyRow {
  person_id: string;
  id: string;
  body: unknown;
  supersedes: string | null;
}

interface PersonRow {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  service_id: string;
}

/** `AND p.service_id = ANY($n)` for a scope limited to services; nothing for the whole organisation. */
function serviceFilter(scope: Exclude<Scope, { kind: 'none' }>, params: unknown[]): string {
  return scope.kind === 'services' ? `AND p.service_id = ANY($${params.push(scope.serviceIds)}::uuid[])` : '';
}

export function listCapacityAttention(repo: RequestRepository): Promise<CapacityAttentionRow[]> {
  const action = 'capacity.attention';
  return repo.run(async (uow) => {
    const assessmentScope = uow.scope('read', 'capacity_assessment', { action });
    const recordScope = uow.scope('read', 'capacity_record', { action });
    const today = londonDate(uow.now);

    // Every assessment of anyone with a date to assess again that has come: which one is in force needs them all.
    const aParams: unknown[] = [today];
    const assessments = await uow.tx.query<AssessmentRow>(
      `SELECT ${storedAssessmentColumns('a')}
       FROM capacity_assessments a JOIN people p ON p.id = a.person_id
       WHERE ${currentPeople} ${serviceFilter(assessmentScope, aParams)}
         AND a.person_id IN (SELECT d.person_id FROM capacity_assessments d WHERE d.reassess_on <= $1::date)`,
      aParams,
    );
    const lParams: unknown[] = [];
    const liberty = await uow.tx.query<LibertyRow>(
      `SELECT r.person_id, r.id, r.body, r.supersedes
       FROM capacity_records r JOIN people p ON p.id = r.person_id
       WHERE r.kind = 'liberty_safeguard' AND ${currentPeople} ${serviceFilter(recordScope, lParams)}`,
      lParams,
    );

    const assessmentsBy = groupBy(
      assessments.rows.map((r) => ({
        personId: r.person_id,
        assessment: storedAssessmentFrom(r),
      })),
    );
    // Replacements are of the same person and kind, so the rows read here mark each other fully.
    const libertyBy = groupBy(
      withCurrentFlags(liberty.rows)
        .filter((r) => r.current)
        .map((r) => ({ personId: r.person_id, record: { id: r.id, body: libertyBodySchema.parse(r.body) } })),
    );

    const due = [...new Set([...assessmentsBy.keys(), ...libertyBy.keys()])].flatMap((personId) => {
      const attention = capacityAttention(
        (assessmentsBy.get(personId) ?? []).map((a) => a.assessment),
        (libertyBy.get(personId) ?? []).map((l) => l.record),
        today,
      );
      return needsCapacityAttention(attention) ? [{ personId, attention }] : [];
    });

    const people =
      due.length === 0
        ? []
        : (
            await uow.tx.query<PersonRow>(
              `SELECT id, legal_name, preferred_name, service_id FROM people WHERE id = ANY($1::uuid[]) ORDER BY legal_name, id`,
              [due.map((d) => d.personId)],
            )
          ).rows;
    const attentionOf = new Map(due.map((d) => [d.personId, d.attention]));
    const result = people.flatMap((p): CapacityAttentionRow[] => {
      const attention = attentionOf.get(p.id);
      return attention
        ? [{ personId: p.id, legalName: p.legal_name, preferredName: p.preferred_name, serviceId: p.service_id, ...attention }]
        : [];
    });
    // Counts only: who needs what stays out of the audit log, as the plan attention list keeps it out.
    await uow.audit({
      action,
      resourceType: 'organisation',
      resourceId: uow.actor.organisationId,
      detail: {
        people: result.length,
        reassessmentsDue: result.reduce((n, r) => n + r.reassessmentsDue.length, 0),
        libertyAttention: result.reduce((n, r) => n + r.libertyAttention.length, 0),
      },
    });
    return result;
  });
}

function groupBy<T extends { personId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.personId);
    if (list) list.push(item);
    else map.set(item.personId, [item]);
  }
  return map;
}
