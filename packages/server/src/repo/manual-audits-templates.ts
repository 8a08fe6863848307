// Audit templates for requests: the built-in toolkit checklist and the provider's own, each save a new version
// kept for ever. Every read and change is checked against the policy and audited.
import {
  newVersionErrors,
  templateContentErrors,
  templateKeyFor,
  toolkitTemplate,
  toolkitTemplateKey,
  type AuditQuestion,
  type AuditTemplate,
  type AuditTemplateList,
  type AuditTemplateSummary,
  type CreateAuditTemplateBody,
  type NewAuditTemplateVersionBody,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface TemplateRow {
  template_key: string;
  version: number;
  title: string;
  content: { description: string | null; questions: AuditQuestion[] };
  retired: boolean;
  reason: string | null;
  created_at: Date;
  created_by: string;
  created_by_name: string;
}

const templateColumns = 't.template_key, t.version, t.title, t.content, t.retired, t.reason, t.created_at, t.created_by, s.name AS created_by_name';
const templateFrom = 'audit_templates t JOIN staff s ON s.id = t.created_by';

const templateResource = (uow: UnitOfWork) => ({ kind: 'audit_template' as const, organisationId: uow.actor.organisationId });

function builtInSummary(): AuditTemplateSummary {
  const t = toolkitTemplate();
  return { key: t.key, version: t.version, title: t.title, description: t.description, questionCount: t.questions.length, retired: false, builtIn: true, createdAt: null, createdBy: null };
}

function toSummary(r: TemplateRow): AuditTemplateSummary {
  return {
    key: r.template_key, version: r.version, title: r.title, description: r.content.description, questionCount: r.content.questions.length,
    retired: r.retired, builtIn: false, createdAt: r.created_at.toISOString(), createdBy: { id: r.created_by, name: r.created_by_name },
  };
}

/** The provider's template versions for a key, newest first; empty when it has none by that key. */
async function versionsOf(tx: Tx, key: string): Promise<TemplateRow[]> {
  return (await tx.query<TemplateRow>(`SELECT ${templateColumns} FROM ${templateFrom} WHERE t.template_key = $1 ORDER BY t.version DESC`, [key])).rows;
}

/** A template from its versions, newest first; there is always one, as a key exists only once saved. */
function toTemplate(rows: TemplateRow[]): AuditTemplate {
  const latest = rows[0];
  if (!latest) throw new Error('an audit template with no versions');
  return {
    ...toSummary(latest),
    questions: latest.content.questions,
    reason: latest.reason,
    versions: rows.map((r) => ({
      version: r.version, title: r.title, retired: r.retired, reason: r.reason, questionCount: r.content.questions.length,
      createdAt: r.created_at.toISOString(), createdBy: { id: r.created_by, name: r.created_by_name },
    })),
  };
}

function builtInTemplate(): AuditTemplate {
  return { ...builtInSummary(), questions: toolkitTemplate().questions, reason: null, versions: [] };
}

/** The toolkit checklist first, then the provider's templates by title, each at its latest version. */
export function listAuditTemplates(repo: RequestRepository, includeRetired: boolean): Promise<AuditTemplateList> {
  const action = 'audit_template.list';
  return repo.run(async (uow) => {
    uow.require('read', templateResource(uow), { action });
    const { rows } = await uow.tx.query<TemplateRow>(
      `SELECT * FROM (SELECT DISTINCT ON (t.template_key) ${templateColumns} FROM ${templateFrom} ORDER BY t.template_key, t.version DESC) latest
       ${includeRetired ? '' : 'WHERE NOT latest.retired'} ORDER BY lower(latest.title), latest.template_key`,
    );
    await uow.audit({ action, resourceType: 'audit_template', resourceId: null, detail: { results: rows.length + 1, includeRetired } });
    return { templates: [builtInSummary(), ...rows.map(toSummary)] };
  });
}

export function getAuditTemplate(repo: RequestRepository, key: string): Promise<AuditTemplate> {
  const action = 'audit_template.read';
  return repo.run(async (uow) => {
    uow.require('read', templateResource(uow), { action });
    if (key === toolkitTemplateKey) {
      await uow.audit({ action, resourceType: 'audit_template', resourceId: null, detail: { key } });
      return builtInTemplate();
    }
    const rows = await versionsOf(uow.tx, key);
    const latest = rows[0];
    if (!latest) throw new HttpError('not_found', 'There is no audit template with this key');
    await uow.audit({ action, resourceType: 'audit_template', resourceId: null, detail: { key, version: latest.version } });
    return toTemplate(rows);
  });
}

const lockTemplates = (uow: UnitOfWork) => uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.audit_templates:${uow.actor.organisationId}`]);

async function insertVersion(uow: UnitOfWork, key: string, version: number, body: CreateAuditTemplateBody & { retired?: boolean }): Promise<void> {
  await uow.tx.query(
    `INSERT INTO audit_templates (organisation_id, template_key, version, title, content, retired, reason, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [uow.actor.organisationId, key, version, body.title, JSON.stringify({ description: body.description, questions: body.questions }),
      body.retired ?? false, body.reason, uow.actor.staffId, uow.now],
  );
}

/** A new template; its key comes from its title, never the toolkit's and never one the provider already has. */
export function createAuditTemplate(repo: RequestRepository, body: CreateAuditTemplateBody): Promise<AuditTemplate> {
  const action = 'audit_template.create';
  return repo.run(async (uow) => {
    uow.require('update', templateResource(uow), { action });
    const errors = templateContentErrors(body);
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    await lockTemplates(uow);
    const taken = (await uow.tx.query<{ template_key: string }>('SELECT DISTINCT template_key FROM audit_templates')).rows.map((r) => r.template_key);
    const key = templateKeyFor(body.title, taken);
    await insertVersion(uow, key, 1, body);
    await uow.audit({ action, resourceType: 'audit_template', resourceId: null, detail: { key, version: 1, questions: body.questions.length } });
    return toTemplate(await versionsOf(uow.tx, key));
  });
}

/**
 * Saves a new version (which may retire the template or bring it back). One written from an older version than the
 * latest is refused, so no one overwrites a change they have not seen.
 */
export function addAuditTemplateVersion(repo: RequestRepository, key: string, body: NewAuditTemplateVersionBody): Promise<AuditTemplate> {
  const action = 'audit_template.new_version';
  return repo.run(async (uow) => {
    uow.require('update', templateResource(uow), { action });
    if (key === toolkitTemplateKey) {
      throw new HttpError('record_read_only', 'The toolkit checklist is built in and cannot be changed; create a template of your own instead');
    }
    await lockTemplates(uow);
    const rows = await versionsOf(uow.tx, key);
    const latest = rows[0];
    if (!latest) throw new HttpError('not_found', 'There is no audit template with this key');
    if (latest.version !== body.latestVersion) {
      throw new HttpError('conflict_stale_version', `Someone saved version ${latest.version} of this template after you opened it. Reload it, then make your change again.`);
    }
    const errors = newVersionErrors(latest.content, body);
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const version = latest.version + 1;
    await insertVersion(uow, key, version, body);
    await uow.audit({
      action, resourceType: 'audit_template', resourceId: null,
      detail: { key, version, retired: body.retired, questions: body.questions.length, removed: body.removedQuestionIds },
    });
    return toTemplate(await versionsOf(uow.tx, key));
  });
}

/** The template an audit answers now: the toolkit checklist, or the provider's latest version if not retired. */
export async function templateForAudit(uow: UnitOfWork, key: string): Promise<{ key: string; version: number; title: string; description: string | null; questions: AuditQuestion[] }> {
  if (key === toolkitTemplateKey) return toolkitTemplate();
  const latest = (await versionsOf(uow.tx, key))[0];
  if (!latest) throw new HttpError('validation', 'Some details need correcting', [{ field: 'templateKey', message: 'Choose a template from the list' }]);
  if (latest.retired) throw new HttpError('validation', 'Some details need correcting', [{ field: 'templateKey', message: 'This template has been retired: choose another' }]);
  return { key, version: latest.version, title: latest.title, description: latest.content.description, questions: latest.content.questions };
}
