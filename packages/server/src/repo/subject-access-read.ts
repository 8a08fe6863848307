// Reading everything held about one person for a subject access export, inside the request's unit of work (so the
// organisation's row-level security applies). Records are kept as the database holds them (its field names), less
// the organisation id; staff are named beside their ids. Some parts are read by their own modules (subject-access-*-read.ts).
import { describeGrantDisclosure, type AttachmentInput, type DisclosureSource, type RecordPart, type SubjectAccessInput } from '@hearth/core';
import { choicesHistory } from './information-choices-repository.js';
import { behaviourParts } from './subject-access-behaviour-read.js';
import { capacityParts } from './subject-access-capacity-read.js';
import { sharingParts } from './subject-access-sharing-read.js';
import { records, staffName, type Tx } from './subject-access-sql.js';
import { visitPlanParts } from './subject-access-visits-read.js';

async function carePlanParts(uow: Tx, personId: string) {
  const versions = await records(
    uow,
    `SELECT to_jsonb(v) - 'organisation_id' || jsonb_build_object('created_by_name', ${staffName('v.created_by')},
            'agreed_by_name', ${staffName('v.agreed_by')}) AS row
     FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id WHERE cp.person_id = $1 ORDER BY v.version`,
    personId,
  );
  const comments = await records(
    uow,
    `SELECT to_jsonb(c) - 'organisation_id' || jsonb_build_object('author_name', ${staffName('c.author_id')}) AS row
     FROM care_plan_comments c JOIN care_plans cp ON cp.id = c.plan_id WHERE cp.person_id = $1 ORDER BY c.created_at, c.id`,
    personId,
  );
  const { rows } = await uow.tx.query<{
    id: string;
    plan_version: number;
    section_key: string | null;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    description: string | null;
    added_by: string;
    added_by_name: string;
    added_at: Date;
    content: Buffer;
  }>(
    `SELECT a.id, a.plan_version, a.section_key, a.file_name, a.media_type, a.size_bytes, a.sha256, a.description, a.added_by,
            s.name AS added_by_name, a.added_at, a.content
     FROM care_plan_attachments a JOIN care_plans cp ON cp.id = a.plan_id JOIN staff s ON s.id = a.added_by
     WHERE cp.person_id = $1 ORDER BY a.added_at, a.id`,
    [personId],
  );
  const attachments: AttachmentInput[] = rows.map((r) => ({
    id: r.id,
    planVersion: r.plan_version,
    sectionKey: r.section_key,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    description: r.description,
    addedBy: { id: r.added_by, name: r.added_by_name },
    addedAt: r.added_at.toISOString(),
    bytes: new Uint8Array(r.content),
  }));
  return { versions, comments, attachments };
}

const visitRecordsSql = `
  SELECT to_jsonb(r) - 'organisation_id' || jsonb_build_object(
    'recorded_by_name', ${staffName('r.recorded_by')},
    'addenda', coalesce((SELECT jsonb_agg(to_jsonb(a) - 'organisation_id' || jsonb_build_object('author_name', ${staffName('a.author_id')})
                                   ORDER BY a.created_at, a.id)
                         FROM visit_record_addenda a WHERE a.record_id = r.id), '[]'::jsonb),
    'escalations', coalesce((SELECT jsonb_agg(to_jsonb(e) - 'organisation_id' || jsonb_build_object(
                                     'raised_by_name', ${staffName('e.raised_by')},
                                     'updates', coalesce((SELECT jsonb_agg(to_jsonb(u) - 'organisation_id' || jsonb_build_object(
                                                                 'updated_by_name', ${staffName('u.updated_by')}) ORDER BY u.updated_at, u.id)
                                                          FROM visit_escalation_updates u WHERE u.escalation_id = e.id), '[]'::jsonb))
                                   ORDER BY e.raised_at, e.id)
                             FROM visit_escalations e WHERE e.record_id = r.id), '[]'::jsonb)) AS row
  FROM visit_records r WHERE r.person_id = $1 ORDER BY r.arrived_at, r.id`;

const qualityActionsSql = `
  SELECT to_jsonb(q) - 'organisation_id' || jsonb_build_object(
    'owner_name', ${staffName('q.owner_id')}, 'created_by_name', ${staffName('q.created_by')},
    'updates', coalesce((SELECT jsonb_agg(to_jsonb(u) - 'organisation_id' || jsonb_build_object('updated_by_name', ${staffName('u.updated_by')})
                                  ORDER BY u.updated_at, u.id)
                         FROM quality_action_updates u WHERE u.action_id = q.id), '[]'::jsonb)) AS row
  FROM quality_actions q WHERE q.person_id = $1 ORDER BY q.created_at, q.id`;

/**
 * The audit log entries that name the person: about them (resource), or naming them in the detail (one person, or a
 * list they were on, such as a data request's or an export's people). Successful actions only: a refusal showed nothing.
 * Access grants for a data request's officer are told from the grants themselves (who, their organisation, which
 * parts, from when until when, and any early end) in place of their bare audit entries.
 */
export async function disclosuresOf(uow: Tx, personId: string): Promise<DisclosureSource[]> {
  const { rows } = await uow.tx.query<{
    at: Date;
    actor_id: string | null;
    actor_name: string | null;
    action: string;
    purpose: string | null;
  }>(
    `SELECT a.at, a.actor_id, s.name AS actor_name, a.action,
            coalesce(a.detail->>'purpose', CASE WHEN a.detail ? 'dataRequestId' THEN 'data_request' END) AS purpose
     FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_id
     WHERE a.outcome = 'success' AND a.action NOT LIKE 'data\\_request\\_grant.%' AND (
       (a.resource_type = 'person' AND a.resource_id = $1)
       OR a.detail->>'personId' = $1
       OR coalesce(a.detail->'personIds', '[]'::jsonb) ? $1
       OR coalesce(a.detail->'people', '[]'::jsonb) ? $1)
     ORDER BY a.at, a.chain_seq`,
    [personId],
  );
  const audited: DisclosureSource[] = rows.map((r) => ({
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    purpose: r.purpose,
  }));
  const grants = await uow.tx.query<{
    created_at: Date; created_by: string; created_by_name: string; officer_name: string; organisation: string;
    parts: RecordPart[]; expires_at: Date; revoked_at: Date | null;
  }>(
    `SELECT g.created_at, g.created_by, s.name AS created_by_name, g.officer_name, r.requester->>'organisation' AS organisation,
            g.parts, g.expires_at, v.revoked_at
     FROM data_request_grants g JOIN data_requests r ON r.id = g.request_id JOIN staff s ON s.id = g.created_by
     LEFT JOIN data_request_grant_revocations v ON v.grant_id = g.id
     WHERE $1::uuid = ANY(g.person_ids)`,
    [personId],
  );
  const granted: DisclosureSource[] = grants.rows.map((g) => ({
    at: g.created_at.toISOString(),
    actorId: g.created_by,
    actorName: g.created_by_name,
    action: 'data_request_grant.create',
    purpose: 'data_request',
    description: describeGrantDisclosure({
      officerName: g.officer_name, organisation: g.organisation, parts: g.parts, createdAt: g.created_at, expiresAt: g.expires_at, revokedAt: g.revoked_at,
    }),
  }));
  return [...audited, ...granted].sort((a, b) => a.at.localeCompare(b.at));
}

/** Everything held about the person except the export's own details, which the caller adds. */
export async function readWholeRecord(
  uow: Tx,
  personId: string,
  withAccessDetails: boolean,
): Promise<Omit<SubjectAccessInput, 'exportId' | 'generatedAt' | 'generatedBy' | 'organisationName' | 'personName'>> {
  const hidePerson = withAccessDetails ? '' : ` - 'access_how_to_get_in' - 'access_key_safe_code'`;
  const hideVersion = withAccessDetails ? '' : ` #- '{snapshot,accessDetails}'`;
  const [person] = await records(
    uow,
    `SELECT to_jsonb(p) - 'organisation_id'${hidePerson} AS row FROM people p WHERE p.id = $1`,
    personId,
  );
  const plan = await carePlanParts(uow, personId);
  return {
    person: (person ?? {}) as Record<string, unknown>,
    personVersions: await records(
      uow,
      `SELECT (to_jsonb(v) - 'organisation_id')${hideVersion} || jsonb_build_object('changed_by_name', ${staffName('v.changed_by')}) AS row
       FROM person_versions v WHERE v.person_id = $1 ORDER BY v.version`,
      personId,
    ),
    communicationNeeds: await records(
      uow,
      `SELECT to_jsonb(n) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('n.recorded_by')}) AS row
       FROM communication_needs n WHERE n.person_id = $1 ORDER BY n.version`,
      personId,
    ),
    informationChoices: (await choicesHistory(uow, personId)).reverse(),
    carePlanVersions: plan.versions,
    planComments: plan.comments,
    attachments: plan.attachments,
    visitRecords: await records(uow, visitRecordsSql, personId),
    planAudits: await records(
      uow,
      `SELECT to_jsonb(r) - 'organisation_id' - 'rules' || jsonb_build_object('run_by_name', ${staffName('r.run_by')}) AS row
       FROM plan_audit_runs r WHERE r.person_id = $1 ORDER BY r.run_at, r.id`,
      personId,
    ),
    manualAudits: await records(
      uow,
      `SELECT to_jsonb(m) - 'organisation_id' || jsonb_build_object('auditor_name', ${staffName('m.auditor_id')}) AS row
       FROM manual_audits m WHERE m.person_id = $1 ORDER BY m.completed_at, m.id`,
      personId,
    ),
    qualityActions: await records(uow, qualityActionsSql, personId),
    ...(await sharingParts(uow, personId)),
    ...(await visitPlanParts(uow, personId)),
    ...(await capacityParts(uow, personId)),
    ...(await behaviourParts(uow, personId)),
    disclosures: await disclosuresOf(uow, personId),
  };
}
