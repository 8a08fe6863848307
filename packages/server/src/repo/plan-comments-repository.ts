// Comments on a person's plan and its sections (progress towards goals): read and added, never changed, each audited.
import type { NewPlanComment, PlanComment } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { loadPerson, refuseIfClosed } from './care-plan-repository.js';
import { checkSectionKey, contributor, contributorRoleSql, notesResource, planForNotes, requirePlan } from './plan-notes-context.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface CommentRow {
  id: string;
  plan_version: number;
  section_key: string | null;
  body: string;
  author_id: string;
  author_name: string;
  author_role: string | null;
  created_at: Date;
}

const commentSelect = `SELECT c.id, c.plan_version, c.section_key, c.body, c.author_id, s.name AS author_name,
  ${contributorRoleSql('c.author_id', '$2')} AS author_role, c.created_at
  FROM care_plan_comments c JOIN care_plans p ON p.id = c.plan_id JOIN staff s ON s.id = c.author_id
  WHERE p.person_id = $1`;

function toComment(row: CommentRow): PlanComment {
  return {
    id: row.id,
    planVersion: row.plan_version,
    sectionKey: row.section_key,
    body: row.body,
    author: contributor({ id: row.author_id, name: row.author_name, role: row.author_role }),
    createdAt: row.created_at.toISOString(),
  };
}

async function commentsOf(uow: UnitOfWork, personId: string, serviceId: string, commentId?: string): Promise<CommentRow[]> {
  const { rows } = await uow.tx.query<CommentRow>(
    `${commentSelect}${commentId ? ' AND c.id = $3' : ''} ORDER BY c.created_at DESC, c.id DESC`,
    commentId ? [personId, serviceId, commentId] : [personId, serviceId],
  );
  return rows;
}

/** Every comment on the person's plan, newest first; none when no plan has been started. */
export function listPlanComments(repo: RequestRepository, personId: string): Promise<PlanComment[]> {
  return repo.run(async (uow) => {
    const action = 'care_plan_comment.list';
    const person = await loadPerson(uow, personId, action);
    uow.require('read', notesResource('care_plan_comment', person), { action, resourceId: personId });
    const rows = await commentsOf(uow, personId, person.service_id);
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { count: rows.length } });
    return rows.map(toComment);
  });
}

export function addPlanComment(repo: RequestRepository, personId: string, body: NewPlanComment): Promise<PlanComment> {
  return repo.run(async (uow) => {
    const action = 'care_plan_comment.create';
    const person = await loadPerson(uow, personId, action);
    uow.require('create', notesResource('care_plan_comment', person), { action, resourceId: personId });
    refuseIfClosed(person);
    const plan = requirePlan(await planForNotes(uow, personId), 'comment');
    checkSectionKey(plan, body.sectionKey);
    const { id } = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO care_plan_comments (organisation_id, plan_id, plan_version, section_key, body, author_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [person.organisation_id, plan.planId, plan.version, body.sectionKey, body.body, uow.actor.staffId, uow.now],
    ));
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { commentId: id, planVersion: plan.version, sectionKey: body.sectionKey } });
    return toComment(onlyRow({ rows: await commentsOf(uow, personId, person.service_id, id) }));
  });
}
