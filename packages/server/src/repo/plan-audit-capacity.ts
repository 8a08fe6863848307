// The capacity part of the audit input (AuditCapacity) for many people at once: their signed assessments, the
// best-interests decisions resting on them, and their capacity records in force. One query per table however many
// plans are audited, since the nightly run audits every plan of the organisation.
import { storedAssessmentColumns, storedAssessmentFrom, type StoredAssessmentRow } from './stored-assessment-row.js';
import {
  advanceCarePlanBodySchema,
  consentBodySchema,
  legalAuthorityBodySchema,
  libertyBodySchema,
  resuscitationRecordBodySchema,
  withCurrentFlags,
  type AdvanceCarePlanBody,
  type AuditBestInterestsDecision,
  type AuditCapacity,
  type AuditCapacityRecord,
  type ConsentBody,
  type LegalAuthorityBody,
  type LibertyBody,
  type ResuscitationRecordBody,
  type StoredCapacityAssessment,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

interface AssessmentRow extends StoredAssessmentRow {
  section_keys: string[] | null;
}

interface DecisionRow {
  id: string;
  person_id: string;
  assessment_id: string;
  decision: string;
  decision_key: string | null;
  decided_on: string;
  section_keys: string[] | null;
}

interface RecordRow {
  id: string;
  person_id: string;
  kind: AuditedKind;
  body: unknown;
  supersedes: string | null;
  recorded_on: string;
}

/** The kinds of capacity record the audit rules read. */
const auditedKinds = ['legal_authority', 'liberty_safeguard', 'consent', 'advance_care_plan', 'resuscitation'] as const;
type AuditedKind = (typeof auditedKinds)[number];

/** AuditCapacity while it is filled in. */
interface Collected {
  assessments: StoredCapacityAssessment[];
  bestInterestsDecisions: AuditBestInterestsDecision[];
  legalAuthorities: AuditCapacityRecord<LegalAuthorityBody>[];
  libertySafeguards: AuditCapacityRecord<LibertyBody>[];
  consents: AuditCapacityRecord<ConsentBody>[];
  advanceCarePlans: AuditCapacityRecord<AdvanceCarePlanBody>[];
  resuscitationRecords: AuditCapacityRecord<ResuscitationRecordBody>[];
}

function emptyCapacity(): Collected {
  return {
    assessments: [],
    bestInterestsDecisions: [],
    legalAuthorities: [],
    libertySafeguards: [],
    consents: [],
    advanceCarePlans: [],
    resuscitationRecords: [],
  };
}

/** Everything the audit reads about each person's capacity, by person id; a person with no records gets empty lists. */
export async function loadAuditCapacity(tx: Tx, personIds: readonly string[]): Promise<Map<string, AuditCapacity>> {
  const byPerson = new Map<string, Collected>(personIds.map((id) => [id, emptyCapacity()]));
  if (personIds.length === 0) return byPerson;
  const ids = [...new Set(personIds)];
  const of = (personId: string) => byPerson.get(personId);

  const assessments = await tx.query<AssessmentRow>(
    `SELECT ${storedAssessmentColumns('a')},
            ARRAY(SELECT jsonb_array_elements_text(coalesce(a.content->'sectionKeys', '[]'::jsonb))) AS section_keys
     FROM capacity_assessments a WHERE a.person_id = ANY($1::uuid[])`,
    [ids],
  );
  for (const r of assessments.rows) {
    of(r.person_id)?.assessments.push({ ...storedAssessmentFrom(r), sectionKeys: r.section_keys ?? [] });
  }

  const decisions = await tx.query<DecisionRow>(
    `SELECT id, person_id, assessment_id, decision, decision_key, to_char(decided_on, 'YYYY-MM-DD') AS decided_on,
            ARRAY(SELECT jsonb_array_elements_text(coalesce(content->'sectionKeys', '[]'::jsonb))) AS section_keys
     FROM best_interests_decisions WHERE person_id = ANY($1::uuid[])`,
    [ids],
  );
  for (const r of decisions.rows) {
    const decision: AuditBestInterestsDecision = {
      id: r.id,
      assessmentId: r.assessment_id,
      decision: r.decision,
      decisionKey: r.decision_key,
      decidedOn: r.decided_on,
      sectionKeys: r.section_keys ?? [],
    };
    of(r.person_id)?.bestInterestsDecisions.push(decision);
  }

  const records = await tx.query<RecordRow>(
    `SELECT id, person_id, kind, body, supersedes, to_char(recorded_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS recorded_on
     FROM capacity_records WHERE person_id = ANY($1::uuid[]) AND kind = ANY($2::text[])`,
    [ids, auditedKinds],
  );
  // A replacement is always of the same person and kind, so the rows read here mark each other fully.
  for (const r of withCurrentFlags(records.rows).filter((row) => row.current)) {
    const capacity = of(r.person_id);
    if (capacity) addRecord(capacity, r);
  }
  return byPerson;
}

/** Checked when recorded; each body is parsed again to give it its kind's type and to fail loudly if it was altered. */
function addRecord(capacity: Collected, row: RecordRow): void {
  const at = { id: row.id, recordedOn: row.recorded_on };
  switch (row.kind) {
    case 'legal_authority':
      capacity.legalAuthorities.push({ ...at, body: legalAuthorityBodySchema.parse(row.body) });
      break;
    case 'liberty_safeguard':
      capacity.libertySafeguards.push({ ...at, body: libertyBodySchema.parse(row.body) });
      break;
    case 'consent':
      capacity.consents.push({ ...at, body: consentBodySchema.parse(row.body) });
      break;
    case 'advance_care_plan':
      capacity.advanceCarePlans.push({ ...at, body: advanceCarePlanBodySchema.parse(row.body) });
      break;
    case 'resuscitation':
      capacity.resuscitationRecords.push({ ...at, body: resuscitationRecordBodySchema.parse(row.body) });
      break;
  }
}
