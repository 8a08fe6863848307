// Care and support plans: drafts, agreement, use, review and history, each read and change checked and audited.
import {
  checkAgainstDefinitions,
  diffPlans,
  isClosedStatus,
  nextStatus,
  problemsBeforeAgreement,
  type AgreeBody,
  type CarePlan,
  type PersonStatus,
  type PlanExchange,
  type PlanEvent,
  type PlanVersion,
  type ReviewTrigger,
  type SaveDraftBody,
  type SectionDefinition,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { auditNewVersion } from './new-version-audit.js';
import { checkedAgreement } from './plan-agreement-authority.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';

export interface PersonRef {
  id: string;
  organisation_id: string;
  service_id: string;
  status: PersonStatus;
}

interface VersionRow {
  plan_id: string;
  version: number;
  status: PlanVersion['status'];
  revision: number;
  reason: string | null;
  review_trigger: string | null;
  review_note: string | null;
  content: PlanVersion['content'];
  agreement: PlanVersion['agreement'];
  created_at: Date;
  created_by: string;
  created_by_name: string;
  updated_at: Date;
  updated_by: string;
  updated_by_name: string;
  agreed_at: Date | null;
  agreed_by: string | null;
  agreed_by_name: string | null;
}

const versionColumns = `v.plan_id, v.version, v.status, v.revision, v.reason, v.review_trigger, v.review_note, v.content, v.agreement,
  v.created_at, v.created_by, c.name AS created_by_name, v.updated_at, v.updated_by, u.name AS updated_by_name, v.agreed_at, v.agreed_by, a.name AS agreed_by_name`;
const versionFrom = `care_plan_versions v JOIN care_plans p ON p.id = v.plan_id JOIN staff c ON c.id = v.created_by JOIN staff u ON u.id = v.updated_by LEFT JOIN staff a ON a.id = v.agreed_by`;

function toVersion(row: VersionRow): PlanVersion {
  return {
    version: row.version,
    status: row.status,
    revision: row.revision,
    reason: row.reason,
    reviewTrigger: row.review_trigger,
    reviewNote: row.review_note,
    content: row.content,
    agreement: row.agreement,
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, name: row.created_by_name },
    updatedAt: row.updated_at.toISOString(),
    updatedBy: { id: row.updated_by, name: row.updated_by_name },
    agreedAt: row.agreed_at?.toISOString() ?? null,
    agreedBy: row.agreed_by && row.agreed_by_name ? { id: row.agreed_by, name: row.agreed_by_name } : null,
  };
}

/** Loads the person the plan is about; a change locks them, so two edits of one plan take turns. */
export async function loadPerson(uow: UnitOfWork, personId: string, action: string, lock = false): Promise<PersonRef> {
  const { rows } = await uow.tx.query<PersonRef>(
    `SELECT id, organisation_id, service_id, status FROM people WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [personId],
  );
  const person = rows[0];
  if (!person) uow.notFound({ action, resourceType: 'person', resourceId: personId });
  return person;
}

const planResource = (person: PersonRef) => ({ kind: 'care_plan' as const, organisationId: person.organisation_id, serviceId: person.service_id });

async function versionsOf(uow: UnitOfWork, personId: string): Promise<VersionRow[]> {
  const { rows } = await uow.tx.query<VersionRow>(`SELECT ${versionColumns} FROM ${versionFrom} WHERE p.person_id = $1 ORDER BY v.version DESC`, [personId]);
  return rows;
}

/** A version as listed for the plan page: superseded versions come without their content. */
type LiveVersionRow = Omit<VersionRow, 'content'> & { content: VersionRow['content'] | null };

/**
 * Every version, newest first, with content only for versions still live (not superseded). Opening a plan needs
 * only the current version and the draft; reading every superseded version's content too made opening a plan
 * slower with every review (see docs/performance.md).
 */
async function liveVersionsOf(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<LiveVersionRow[]> {
  const columns = versionColumns.replace('v.content,', "CASE WHEN v.status <> 'superseded' THEN v.content END AS content,");
  const { rows } = await uow.tx.query<LiveVersionRow>(`SELECT ${columns} FROM ${versionFrom} WHERE p.person_id = $1 ORDER BY v.version DESC`, [personId]);
  return rows;
}

function withContent(row: LiveVersionRow): VersionRow {
  if (row.content === null) throw new Error(`plan version ${row.version} (${row.status}) was read without its content`);
  return { ...row, content: row.content };
}

function currentOf<T extends { status: VersionRow['status'] }>(rows: T[]): T | null {
  return rows.find((r) => r.status === 'in_use' || r.status === 'under_review') ?? rows.find((r) => r.status === 'agreed') ?? null;
}

export function getCarePlan(repo: RequestRepository, personId: string): Promise<CarePlan> {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.read');
    uow.require('read', planResource(person), { action: 'care_plan.read', resourceId: personId });
    const rows = await liveVersionsOf(uow, personId);
    const current = currentOf(rows);
    const draft = rows.find((r) => r.status === 'draft') ?? null;
    await uow.audit({ action: 'care_plan.read', resourceType: 'person', resourceId: personId, detail: { current: current?.version ?? null, draft: draft?.version ?? null } });
    return {
      personId,
      versions: rows.map((r) => ({
        version: r.version,
        status: r.status,
        reason: r.reason,
        createdAt: r.created_at.toISOString(),
        createdBy: { id: r.created_by, name: r.created_by_name },
        agreedAt: r.agreed_at?.toISOString() ?? null,
      })),
      current: current ? toVersion(withContent(current)) : null,
      draft: draft ? toVersion(withContent(draft)) : null,
    };
  });
}

export function getPlanVersion(repo: RequestRepository, personId: string, version: number): Promise<PlanVersion> {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.read_version');
    uow.require('read', planResource(person), { action: 'care_plan.read_version', resourceId: personId });
    const row = (await versionsOf(uow, personId)).find((r) => r.version === version);
    if (!row) throw new HttpError('not_found', `There is no version ${version} of this plan`);
    await uow.audit({ action: 'care_plan.read_version', resourceType: 'person', resourceId: personId, detail: { version } });
    return toVersion(row);
  });
}

export function diffPlanVersions(repo: RequestRepository, personId: string, from: number, to: number) {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.diff');
    uow.require('read', planResource(person), { action: 'care_plan.diff', resourceId: personId });
    const rows = await versionsOf(uow, personId);
    const a = rows.find((r) => r.version === from);
    const b = rows.find((r) => r.version === to);
    if (!a || !b) throw new HttpError('not_found', `This plan has no version ${!a ? from : to}`);
    await uow.audit({ action: 'care_plan.diff', resourceType: 'person', resourceId: personId, detail: { from, to } });
    return { from, to, ...diffPlans(a.content, b.content) };
  });
}

export function refuseIfClosed(person: PersonRef): void {
  if (isClosedStatus(person.status)) throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their plan is kept as it was.');
}

export function saveDraft(repo: RequestRepository, personId: string, body: SaveDraftBody): Promise<PlanVersion> {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.save_draft', true);
    uow.require('update', planResource(person), { action: 'care_plan.save_draft', resourceId: personId });
    refuseIfClosed(person);
    const version = await writeDraft(uow, person, body, 'content');
    await uow.audit({ action: 'care_plan.save_draft', resourceType: 'person', resourceId: personId, detail: { version, sections: body.content.sections.map((s) => s.sectionKey) } });
    return versionNumbered(uow, personId, version);
  });
}

/** Creates the draft (revision null) or saves over it (the revision it started from); returns its version number. */
async function writeDraft(uow: UnitOfWork, person: PersonRef, body: SaveDraftBody, path: string): Promise<number> {
  const problems = checkAgainstDefinitions(body.content, await effectiveSectionDefinitions(uow));
  if (problems.length > 0) throw new HttpError('validation', 'Some details need correcting', problems.map((p) => ({ ...p, field: `${path}.${p.field}` })));
  let planId = (await uow.tx.query<{ id: string }>('SELECT id FROM care_plans WHERE person_id = $1', [person.id])).rows[0]?.id;
  if (planId === undefined) {
    planId = onlyRow(await uow.tx.query<{ id: string }>(
      'INSERT INTO care_plans (organisation_id, person_id, created_at) VALUES ($1, $2, $3) RETURNING id',
      [person.organisation_id, person.id, uow.now],
    )).id;
  }
  const rows = await versionsOf(uow, person.id);
  const draft = rows.find((r) => r.status === 'draft');
  if (draft) {
    if (body.revision !== draft.revision) {
      throw new HttpError('conflict_stale_version', `The draft was saved again after you opened it (it is at revision ${draft.revision}; you started from ${body.revision ?? 'none'}). Reload it to see the changes, then make yours again.`);
    }
    await uow.tx.query(
      'UPDATE care_plan_versions SET content = $3, reason = $4, revision = revision + 1, updated_by = $5, updated_at = $6 WHERE plan_id = $1 AND version = $2',
      [planId, draft.version, JSON.stringify(body.content), body.reason, uow.actor.staffId, uow.now],
    );
    return draft.version;
  }
  if (body.revision !== null) throw new HttpError('conflict_stale_version', 'The draft you were editing has been agreed or replaced. Reload the plan.');
  const version = (rows[0]?.version ?? 0) + 1;
  await uow.tx.query(
    `INSERT INTO care_plan_versions (plan_id, version, organisation_id, status, content, reason, created_by, created_at, updated_by, updated_at, status_changed_at)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $6, $7, $7)`,
    [planId, version, person.organisation_id, JSON.stringify(body.content), body.reason, uow.actor.staffId, uow.now],
  );
  return version;
}

async function versionNumbered(uow: UnitOfWork, personId: string, version: number): Promise<PlanVersion> {
  return toVersion(onlyRow({ rows: (await versionsOf(uow, personId)).filter((r) => r.version === version) }));
}

export function agreeDraft(repo: RequestRepository, personId: string, body: AgreeBody): Promise<PlanVersion> {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.agree', true);
    uow.require('agree', planResource(person), { action: 'care_plan.agree', resourceId: personId });
    refuseIfClosed(person);
    const rows = await versionsOf(uow, personId);
    const draft = rows.find((r) => r.status === 'draft');
    if (!draft) throw new HttpError('conflict', 'There is no draft to agree');
    if (draft.revision !== body.revision) throw new HttpError('conflict_stale_version', 'The draft changed after you opened it. Reload it and check it before agreeing.');
    const problems = problemsBeforeAgreement(draft.content, body.agreement);
    if (problems.length > 0) throw new HttpError('validation', problems[0]?.message, problems);
    const agreement = await checkedAgreement(uow, personId, body.agreement);
    await uow.tx.query(
      `UPDATE care_plan_versions SET status = 'agreed', agreement = $3, agreed_by = $4, agreed_at = $5, status_changed_at = $5
       WHERE plan_id = $1 AND version = $2`,
      [draft.plan_id, draft.version, JSON.stringify(agreement), uow.actor.staffId, uow.now],
    );
    await uow.audit({ action: 'care_plan.agree', resourceType: 'person', resourceId: personId, detail: { version: draft.version, method: agreement.method, authorityId: agreement.authorityId ?? null } });
    await auditNewVersion(uow, personId, draft.version);
    return versionNumbered(uow, personId, draft.version);
  });
}

/** Moves a version on (into use, or under review); putting one into use supersedes the one before. */
export function changeVersionStatus(
  repo: RequestRepository,
  personId: string,
  version: number,
  event: Extract<PlanEvent, 'start_use' | 'start_review'>,
  trigger: ReviewTrigger | null,
  note: string | null = null,
): Promise<PlanVersion> {
  const action = event === 'start_use' ? 'care_plan.start_use' : 'care_plan.start_review';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action, true);
    uow.require(event === 'start_use' ? 'agree' : 'update', planResource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const rows = await versionsOf(uow, personId);
    const target = rows.find((r) => r.version === version);
    if (!target) throw new HttpError('not_found', `There is no version ${version} of this plan`);
    const to = nextStatus(target.status, event);
    if (to === null) throw new HttpError('conflict', `Version ${version} is ${target.status.replace('_', ' ')}, so it cannot be ${event === 'start_use' ? 'put into use' : 'put under review'}`);
    if (event === 'start_use') {
      for (const older of rows.filter((r) => r.version !== version && nextStatus(r.status, 'supersede') !== null)) {
        await uow.tx.query(`UPDATE care_plan_versions SET status = 'superseded', status_changed_at = $3 WHERE plan_id = $1 AND version = $2`, [older.plan_id, older.version, uow.now]);
      }
    }
    await uow.tx.query(
      'UPDATE care_plan_versions SET status = $3, review_trigger = coalesce($4, review_trigger), review_note = coalesce($6, review_note), status_changed_at = $5 WHERE plan_id = $1 AND version = $2',
      [target.plan_id, version, to, trigger, uow.now, note],
    );
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { version, trigger } });
    if (event === 'start_use') await auditNewVersion(uow, personId, version);
    return versionNumbered(uow, personId, version);
  });
}

/** The sections every plan follows: the toolkit's, with the provider's own additions merged in. */
export function listSectionDefinitions(repo: RequestRepository): Promise<SectionDefinition[]> {
  return repo.run((uow) => {
    uow.scope('read', 'care_plan', { action: 'care_plan.sections' });
    return effectiveSectionDefinitions(uow);
  });
}

export async function planVersionsForExport(uow: UnitOfWork, personId: string): Promise<{ person: PlanExchange['person']; versions: PlanVersion[] }> {
  const person = await loadPerson(uow, personId, 'care_plan.export');
  uow.require('read', planResource(person), { action: 'care_plan.export', resourceId: personId });
  const identity = onlyRow(await uow.tx.query<PlanExchange['person']>(
    `SELECT legal_name AS "legalName", preferred_name AS "preferredName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", nhs_number AS "nhsNumber"
     FROM people WHERE id = $1`,
    [personId],
  ));
  const versions = (await versionsOf(uow, personId)).filter((r) => r.status !== 'draft').map(toVersion);
  if (versions.length === 0) throw new HttpError('not_found', 'This person has no agreed plan to export yet');
  return { person: identity, versions };
}

export function draftFromImport(repo: RequestRepository, personId: string, doc: PlanExchange, latest: PlanExchange['versions'][number]): Promise<PlanVersion> {
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, 'care_plan.import', true);
    uow.require('update', planResource(person), { action: 'care_plan.import', resourceId: personId });
    refuseIfClosed(person);
    const ours = onlyRow(await uow.tx.query<{ nhs_number: string | null; date_of_birth: string }>(
      "SELECT nhs_number, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth FROM people WHERE id = $1",
      [personId],
    ));
    const mismatches = [
      ...(doc.person.nhsNumber !== null && ours.nhs_number !== null && doc.person.nhsNumber !== ours.nhs_number ? [{ field: 'person.nhsNumber', message: 'This NHS number is not this person\u2019s' }] : []),
      ...(doc.person.dateOfBirth !== ours.date_of_birth ? [{ field: 'person.dateOfBirth', message: 'This date of birth is not this person\u2019s' }] : []),
    ];
    if (mismatches.length > 0) throw new HttpError('conflict', 'This plan is for a different person', mismatches);
    if ((await versionsOf(uow, personId)).some((r) => r.status === 'draft')) {
      throw new HttpError('conflict', 'This person already has a draft plan: agree or finish it before importing another');
    }
    const agreedElsewhere = latest.agreement ? ` (agreed there on ${latest.agreement.date} by ${latest.agreement.agreedBy})` : '';
    const reason = `Imported from ${doc.source}, version ${latest.version}${agreedElsewhere}${latest.reason ? `: ${latest.reason}` : ''}`.slice(0, 500);
    const version = await writeDraft(uow, person, { revision: null, reason, content: latest.content }, `versions.${doc.versions.indexOf(latest)}.content`);
    await uow.audit({ action: 'care_plan.import', resourceType: 'person', resourceId: personId, detail: { version, source: doc.source, versionsInDocument: doc.versions.length } });
    return versionNumbered(uow, personId, version);
  });
}

/** The version care follows now (in use or under review, else the latest agreed), for the pack and the "now" view. */
export async function currentPlanVersion(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<PlanVersion | null> {
  const current = currentOf(await liveVersionsOf(uow, personId));
  return current ? toVersion(withContent(current)) : null;
}
