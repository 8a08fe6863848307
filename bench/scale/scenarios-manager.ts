// The manager's heavier work: the plan-quality dashboard, a person's pack PDF, the export of a person's whole
// record (subject access), and the plan-quality audit of every current plan in the organisation; each over HTTP and
// as the reads (or the aggregate query) it rests on, in SQL.
import type { PlanAuditSummary, RecordExport, RunPlanAuditsResult } from '@hearth/core';
import { versionsPerPerson } from '../seed-plans.js';
import { expectThat } from './app-sql.js';
import { expectStatus, jsonOf } from './http.js';
import { both, personFor, type Scenario, type ScenarioContext } from './scenario.js';
import { recordDays } from './seed-visit-records.js';

const auditedStatuses = ['active', 'in_hospital'];

/** The statements of the dashboard (readPlanAuditSummary in packages/server/src/repo/plan-audit-summary.ts), for every service. */
const dashboardSql = [
  `SELECT p.id AS person_id, p.legal_name, p.preferred_name, p.service_id, r.plan_version,
          r.score::float8 AS score, r.fail_count, r.warn_count, r.trigger, r.run_at, r.rules
   FROM people p
   JOIN LATERAL (SELECT * FROM plan_audit_runs r WHERE r.person_id = p.id ORDER BY r.run_at DESC, r.id LIMIT 1) r ON true
   WHERE p.status = ANY($1::text[])`,
  'SELECT id, name FROM services ORDER BY name, id',
  `SELECT count(*)::int AS n FROM people p
   WHERE p.status = ANY($1::text[])
     AND EXISTS (SELECT 1 FROM care_plans cp JOIN care_plan_versions v ON v.plan_id = cp.id
                 WHERE cp.person_id = p.id AND v.status IN ('agreed', 'in_use', 'under_review'))
     AND NOT EXISTS (SELECT 1 FROM plan_audit_runs r WHERE r.person_id = p.id)`,
  `SELECT DISTINCT ON (r.person_id, week_starting)
          to_char(date_trunc('week', r.run_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS week_starting, r.score::float8 AS score
   FROM plan_audit_runs r JOIN people p ON p.id = r.person_id
   WHERE r.run_at >= (date_trunc('week', now() AT TIME ZONE 'Europe/London') - make_interval(weeks => 11)) AT TIME ZONE 'Europe/London'
   ORDER BY r.person_id, week_starting, r.run_at DESC, r.id`,
];

export function dashboardScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 20, warmUp: 2, concurrency: 1 };
  const people = ctx.data.people.length;
  return {
    key: 'dashboard',
    label: 'The manager\u2019s plan-quality dashboard',
    baseline: 'its four statements: each plan\u2019s latest run, the services, plans never audited, the weekly trend',
    hearth: {
      ...plan,
      operation: async () => {
        const answer = await expectStatus(ctx.manager, 'GET', '/api/plan-audits/summary', 200);
        const summary = jsonOf(answer) as PlanAuditSummary;
        if (summary.plans.length !== people || summary.plansNotAudited !== 0 || summary.trend.length === 0)
          throw new Error(`the dashboard showed ${String(summary.plans.length)} plans of ${String(people)}`);
        return answer.ms;
      },
    },
    sql: {
      ...both(plan),
      operation: () =>
        ctx.sql.timed(
          async (sql) => {
            const counts: number[] = [];
            for (const statement of dashboardSql) {
              const params = statement.includes('$1') ? [auditedStatuses] : [];
              counts.push((await sql.query(statement, params)).rows.length);
            }
            return counts;
          },
          (counts) => {
            expectThat(counts[0] === people && (counts[3] ?? 0) > 0, `the dashboard's latest runs: ${String(counts[0])} of ${String(people)}`);
          },
        ),
    },
  };
}

const currentVersionSql = `SELECT v.* FROM care_plan_versions v JOIN care_plans p ON p.id = v.plan_id
  WHERE p.person_id = $1 AND v.status IN ('in_use', 'under_review')`;

export function packScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 50, warmUp: 3, concurrency: 1 };
  const seed = 31;
  return {
    key: 'pack',
    label: 'A person\u2019s pack PDF',
    baseline: 'the person, the current plan version, the organisation, the service user guide, section definitions, communication needs, capacity records',
    hearth: {
      ...plan,
      operation: async (index) => {
        const person = personFor(ctx.data.people, seed, index);
        const answer = await expectStatus(ctx.senior, 'GET', `/api/people/${person.id}/pack.pdf?size=standard`, 200);
        if (answer.body.subarray(0, 5).toString('latin1') !== '%PDF-' || answer.body.length < 10_000)
          throw new Error(`the pack of ${person.id} is not a PDF (${String(answer.body.length)} bytes)`);
        return answer.ms;
      },
    },
    sql: {
      ...both(plan),
      operation: (index) => {
        const person = personFor(ctx.data.people, seed, index);
        return ctx.sql.timed(
          async (sql) => {
            const record = (await sql.query<{ id: string }>('SELECT * FROM people WHERE id = $1', [person.id])).rows[0];
            const version = (await sql.query<{ version: number }>(currentVersionSql, [person.id])).rows[0];
            await sql.query('SELECT name FROM organisations WHERE id = $1', [ctx.sql.organisationId]);
            await sql.query('SELECT * FROM service_user_guides ORDER BY version DESC LIMIT 1');
            await sql.query('SELECT * FROM section_definition_sets WHERE organisation_id = $1 ORDER BY version DESC LIMIT 1', [ctx.sql.organisationId]);
            await sql.query('SELECT * FROM communication_needs WHERE person_id = $1 ORDER BY version DESC LIMIT 1', [person.id]);
            await sql.query('SELECT * FROM capacity_records WHERE person_id = $1', [person.id]);
            return { record, version };
          },
          ({ record, version }) => {
            expectThat(record?.id === person.id && version?.version === versionsPerPerson, `the pack rows of ${person.id}`);
          },
        );
      },
    },
  };
}

/** Every row the export reads about the person (readWholeRecord in packages/server/src/repo/subject-access-read.ts). */
const wholeRecordSql = [
  'SELECT * FROM people WHERE id = $1',
  'SELECT * FROM person_versions WHERE person_id = $1 ORDER BY version',
  'SELECT * FROM communication_needs WHERE person_id = $1 ORDER BY version',
  'SELECT * FROM information_choices WHERE person_id = $1',
  'SELECT v.* FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id WHERE cp.person_id = $1 ORDER BY v.version',
  'SELECT c.* FROM care_plan_comments c JOIN care_plans cp ON cp.id = c.plan_id WHERE cp.person_id = $1',
  'SELECT a.* FROM care_plan_attachments a JOIN care_plans cp ON cp.id = a.plan_id WHERE cp.person_id = $1',
  'SELECT * FROM visit_records WHERE person_id = $1 ORDER BY arrived_at, id',
  'SELECT a.* FROM visit_record_addenda a JOIN visit_records r ON r.id = a.record_id WHERE r.person_id = $1',
  'SELECT * FROM visit_escalations WHERE person_id = $1',
  'SELECT * FROM plan_audit_runs WHERE person_id = $1 ORDER BY run_at, id',
  'SELECT * FROM manual_audits WHERE person_id = $1',
  'SELECT * FROM quality_actions WHERE person_id = $1',
  'SELECT * FROM person_contacts WHERE person_id = $1',
  'SELECT * FROM sharing_decisions WHERE person_id = $1',
  'SELECT * FROM contact_entries WHERE person_id = $1',
  'SELECT * FROM printed_packs WHERE person_id = $1',
  'SELECT * FROM planned_visits WHERE person_id = $1',
  'SELECT c.* FROM planned_visit_cancellations c JOIN planned_visits v ON v.id = c.visit_id WHERE v.person_id = $1',
  'SELECT * FROM capacity_assessments WHERE person_id = $1',
  'SELECT * FROM best_interests_decisions WHERE person_id = $1',
  'SELECT * FROM capacity_records WHERE person_id = $1',
  'SELECT * FROM behaviour_support_plan_versions WHERE person_id = $1',
  'SELECT a.* FROM behaviour_support_plan_agreements a JOIN behaviour_support_plan_versions v ON v.id = a.plan_version_id WHERE v.person_id = $1',
  'SELECT r.* FROM behaviour_support_plan_reviews r JOIN behaviour_support_plan_versions v ON v.id = r.plan_version_id WHERE v.person_id = $1',
  'SELECT * FROM abc_records WHERE person_id = $1',
  'SELECT * FROM scatter_plot_entries WHERE person_id = $1',
  'SELECT * FROM pal_assessments WHERE person_id = $1',
  'SELECT * FROM restrictive_interventions WHERE person_id = $1',
  'SELECT d.* FROM restrictive_intervention_debriefs d JOIN restrictive_interventions i ON i.id = d.intervention_id WHERE i.person_id = $1',
  'SELECT * FROM data_requests WHERE $1 = ANY(person_ids)',
  'SELECT u.* FROM data_request_updates u JOIN data_requests r ON r.id = u.request_id WHERE $1 = ANY(r.person_ids)',
  `SELECT a.* FROM audit_log a
   WHERE a.outcome = 'success' AND ((a.resource_type = 'person' AND a.resource_id = $1::text) OR a.detail->>'personId' = $1::text
     OR coalesce(a.detail->'personIds', '[]'::jsonb) ? $1::text OR coalesce(a.detail->'people', '[]'::jsonb) ? $1::text)`,
];
const visitRecordsStatement = 7;

export function exportScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 20, warmUp: 2, concurrency: 1 };
  const seed = 41;
  let downloadChecked = false;
  return {
    key: 'export',
    label: 'Export a person\u2019s whole record',
    baseline: 'every row the export reads about the person, from each of the 32 tables it reads and the audit log',
    hearth: {
      ...plan,
      operation: async (index) => {
        const person = personFor(ctx.data.people, seed, index);
        const answer = await expectStatus(ctx.manager, 'POST', `/api/people/${person.id}/subject-access-exports`, 201);
        const made = jsonOf(answer) as RecordExport;
        if (made.sizeBytes < 10_000 || made.mediaType !== 'application/zip') throw new Error(`the export of ${person.id} is ${String(made.sizeBytes)} bytes`);
        if (!downloadChecked) {
          // Once: the file kept is the zip reported.
          const file = await expectStatus(ctx.manager, 'GET', `/api/record-exports/${made.id}/file`, 200);
          if (file.body.length !== made.sizeBytes || file.body.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004')
            throw new Error(`the export file of ${person.id} is not the zip reported`);
          downloadChecked = true;
        }
        return answer.ms;
      },
    },
    sql: {
      ...both(plan),
      operation: (index) => {
        const person = personFor(ctx.data.people, seed, index);
        return ctx.sql.timed(
          async (sql) => {
            const counts: number[] = [];
            for (const statement of wholeRecordSql) counts.push((await sql.query(statement, [person.id])).rows.length);
            return counts;
          },
          (counts) => {
            expectThat(counts[0] === 1 && (counts[visitRecordsStatement] ?? 0) >= recordDays, `the whole record of ${person.id}`);
          },
        );
      },
    },
  };
}

export function auditScenario(ctx: ScenarioContext): Scenario {
  // The first audit of the organisation ran before the scenarios (it stored the runs the dashboard reads): the warm-up.
  const plan = { count: 3, warmUp: 0, concurrency: 1 };
  const people = ctx.data.people.length;
  return {
    key: 'audit',
    label: 'Audit every current plan in the organisation',
    baseline: 'reading every current plan version\u2019s content',
    hearth: {
      ...plan,
      operation: async () => {
        const answer = await expectStatus(ctx.manager, 'POST', '/api/plan-audits', 200, { scope: { kind: 'organisation' } });
        const result = jsonOf(answer) as RunPlanAuditsResult;
        if (result.audited !== people) throw new Error(`the audit of the organisation audited ${String(result.audited)} plans of ${String(people)}`);
        return answer.ms;
      },
    },
    sql: {
      ...both({ ...plan, warmUp: 1 }),
      operation: () =>
        ctx.sql.timed(
          async (sql) =>
            (
              await sql.query<{ content: { sections: unknown[] } }>(
                `SELECT v.content FROM people p JOIN care_plans cp ON cp.person_id = p.id
                 JOIN LATERAL (SELECT * FROM care_plan_versions v WHERE v.plan_id = cp.id AND v.status IN ('agreed', 'in_use', 'under_review')
                               ORDER BY (v.status <> 'agreed') DESC, v.version DESC LIMIT 1) v ON true
                 WHERE p.status = ANY($1::text[])`,
                [auditedStatuses],
              )
            ).rows,
          (rows) => {
            expectThat(rows.length === people && rows.every((r) => r.content.sections.length >= 19), `read ${String(rows.length)} current plans of ${String(people)}`);
          },
        ),
    },
  };
}

/** Before the scenarios: audits the organisation once over HTTP, storing the runs the dashboard and the history copy need. */
export async function firstAudit(ctx: Pick<ScenarioContext, 'manager' | 'data'>): Promise<number> {
  const started = performance.now();
  const result = jsonOf(await expectStatus(ctx.manager, 'POST', '/api/plan-audits', 200, { scope: { kind: 'organisation' } })) as RunPlanAuditsResult;
  if (result.audited !== ctx.data.people.length) throw new Error(`the first audit audited ${String(result.audited)} plans`);
  return performance.now() - started;
}
