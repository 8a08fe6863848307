// The everyday reads: signing in, opening a person's current plan, the care worker's "now" view of a person, and
// searching people by name; each over HTTP and as the same statements in SQL.
import type { CarePlan, CommunicationNeedsResponse, Person, PersonSummary } from '@hearth/core';
import { expectThat, type Sql } from './app-sql.js';
import { expectStatus, jsonOf, timedPasswordSignIn } from './http.js';
import { both, personFor, type Scenario, type ScenarioContext } from './scenario.js';
import { versionsPerPerson } from '../seed-plans.js';

export function signInScenario(ctx: ScenarioContext): Scenario {
  const email = ctx.data.org.senior.email;
  const plan = { count: 30, warmUp: 3, concurrency: 1 };
  return {
    key: 'sign-in',
    label: 'Sign in with a password',
    baseline: 'the staff lookup by email (hearth_staff_for_sign_in), the staff row locked, a session row inserted',
    hearth: { ...plan, operation: async () => (await timedPasswordSignIn(ctx.baseUrl, email, ctx.password, 'signed_in')).ms },
    sql: {
      ...both(plan),
      operation: (index) =>
        ctx.sql.timed(
          async (sql) => {
            const found = (await sql.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_staff_for_sign_in($1)', [email])).rows[0];
            if (!found) return null;
            await sql.query("SELECT set_config('hearth.org_id', $1, true)", [found.organisation_id]);
            await sql.query('SELECT password_hash, totp_secret, failed_attempts, locked_until, status FROM staff WHERE id = $1 FOR UPDATE', [found.id]);
            await sql.query(
              `INSERT INTO sessions (id_hash, staff_id, organisation_id, stage, csrf_token, created_at, last_seen_at, expires_at)
               VALUES ($1, $2, $3, 'active', $4, now(), now(), now() + interval '8 hours')`,
              [`bench-${String(process.pid)}-${String(index)}-${String(Date.now())}`, found.id, found.organisation_id, 'bench'],
            );
            return found.id;
          },
          (id) => {
            expectThat(id === ctx.data.org.senior.id, `signing in found ${id ?? 'nobody'}`);
          },
          false,
        ),
    },
  };
}

const liveVersionsSql = `SELECT v.version, v.status, v.reason, v.created_at, v.agreed_at,
    CASE WHEN v.status <> 'superseded' THEN v.content END AS content
  FROM care_plan_versions v JOIN care_plans p ON p.id = v.plan_id WHERE p.person_id = $1 ORDER BY v.version DESC`;

export function openPlanScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 200, warmUp: 20, concurrency: 1 };
  const seed = 11;
  return {
    key: 'open-plan',
    label: 'Open a person\u2019s current plan',
    baseline: 'the select of the current version\u2019s row, content included',
    hearth: {
      ...plan,
      operation: async (index) => {
        const person = personFor(ctx.data.people, seed, index);
        const answer = await expectStatus(ctx.senior, 'GET', `/api/people/${person.id}/care-plan`, 200);
        const body = jsonOf(answer) as CarePlan;
        if (body.personId !== person.id || body.current?.version !== versionsPerPerson || body.current.content.sections.length < 19)
          throw new Error(`the plan opened for ${person.id} was ${body.personId}'s version ${String(body.current?.version)}`);
        return answer.ms;
      },
    },
    sql: {
      ...both(plan),
      operation: (index) => {
        const person = personFor(ctx.data.people, seed, index);
        return ctx.sql.timed(
          async (sql) =>
            (
              await sql.query<{ version: number; content: { sections: unknown[] } }>(
                `SELECT v.* FROM care_plan_versions v JOIN care_plans p ON p.id = v.plan_id
                 WHERE p.person_id = $1 AND v.status IN ('in_use', 'under_review')`,
                [person.id],
              )
            ).rows,
          (rows) => {
            expectThat(rows.length === 1 && rows[0]?.version === versionsPerPerson && rows[0].content.sections.length >= 19, `the current version of ${person.id}`);
          },
        );
      },
    },
  };
}

export function nowViewScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 100, warmUp: 10, concurrency: 1 };
  const seed = 13;
  /** A care worker of the person's service: care workers see only their own service's people. */
  const carerFor = (serviceId: string) => {
    const k = ctx.data.carers.findIndex((c) => c.serviceId === serviceId);
    const session = ctx.carers[k];
    if (!session) throw new Error(`no care worker signed in for service ${serviceId}`);
    return session;
  };
  return {
    key: 'now-view',
    label: 'A care worker\u2019s \u201cnow\u201d view of a person',
    baseline: 'the person\u2019s row, their plan\u2019s versions with the current one\u2019s content, their communication needs',
    hearth: {
      ...plan,
      operation: async (index) => {
        const person = personFor(ctx.data.people, seed, index);
        const session = carerFor(person.serviceId);
        // As the page loads: the person's record first, then the plan and the communication needs side by side.
        const started = performance.now();
        const record = jsonOf(await expectStatus(session, 'GET', `/api/people/${person.id}`, 200)) as Person;
        const [planAnswer, needsAnswer] = await Promise.all([
          expectStatus(session, 'GET', `/api/people/${person.id}/care-plan`, 200),
          expectStatus(session, 'GET', `/api/people/${person.id}/communication-needs`, 200),
        ]);
        const ms = performance.now() - started;
        const carePlan = jsonOf(planAnswer) as CarePlan;
        const needs = jsonOf(needsAnswer) as CommunicationNeedsResponse;
        if (record.id !== person.id || carePlan.personId !== person.id || needs.personId !== person.id || carePlan.current?.version !== versionsPerPerson)
          throw new Error(`the now view of ${person.id} showed ${record.id} and ${carePlan.personId}`);
        return ms;
      },
    },
    sql: {
      ...both(plan),
      operation: (index) => {
        const person = personFor(ctx.data.people, seed, index);
        return ctx.sql.timed(
          async (sql: Sql) => {
            const record = (await sql.query<{ id: string }>('SELECT * FROM people WHERE id = $1', [person.id])).rows[0];
            const versions = (await sql.query<{ version: number; content: unknown }>(liveVersionsSql, [person.id])).rows;
            await sql.query('SELECT * FROM communication_needs WHERE person_id = $1 ORDER BY version DESC', [person.id]);
            return { record, versions };
          },
          ({ record, versions }) => {
            expectThat(record?.id === person.id && versions.length === versionsPerPerson && versions[0]?.content != null, `the now view of ${person.id}`);
          },
        );
      },
    },
  };
}

/** Parts of surnames, as staff type them into the search box. */
export const searchTerms = ['Thomp', 'Pickering', 'Clarke', 'evans', 'Kowal', 'Begum', 'Hughes', 'Patel', 'Walker', 'Robins', 'Ahmed'];

const searchSql = `SELECT id, organisation_id, service_id, version, legal_name, preferred_name, pronouns,
  to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, nhs_number, address, contacts, gp,
  to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, emergency_start, status, to_char(status_date, 'YYYY-MM-DD') AS status_date,
  alerts, access_how_to_get_in, access_key_safe_code, created_at, updated_at
  FROM people WHERE (legal_name ILIKE $1 OR preferred_name ILIKE $1) ORDER BY legal_name, id LIMIT 200`;

export function searchScenario(ctx: ScenarioContext): Scenario {
  const plan = { count: 100, warmUp: 10, concurrency: 1 };
  const term = (index: number) => searchTerms[index % searchTerms.length] ?? 'Clarke';
  const matches = (name: string | null, q: string) => name !== null && name.toLowerCase().includes(q.toLowerCase());
  return {
    key: 'search',
    label: 'Search people by name',
    baseline: 'the same ILIKE search on legal and preferred names, first 200 by name',
    hearth: {
      ...plan,
      operation: async (index) => {
        const q = term(index);
        const answer = await expectStatus(ctx.senior, 'GET', `/api/people?q=${encodeURIComponent(q)}`, 200);
        const found = jsonOf(answer) as PersonSummary[];
        if (found.length === 0 || found.some((p) => !matches(p.legalName, q) && !matches(p.preferredName, q)))
          throw new Error(`searching for ${q} found ${String(found.length)} people, not all of them named so`);
        return answer.ms;
      },
    },
    sql: {
      ...both(plan),
      operation: (index) => {
        const q = term(index);
        return ctx.sql.timed(
          async (sql) => (await sql.query<{ legal_name: string; preferred_name: string | null }>(searchSql, [`%${q}%`])).rows,
          (rows) => {
            expectThat(rows.length > 0 && rows.every((p) => matches(p.legal_name, q) || matches(p.preferred_name, q)), `searching for ${q}`);
          },
        );
      },
    },
  };
}
