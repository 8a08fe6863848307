// Recording a visit, one at a time and fifty at once (each of the fifty a different care worker with a session of
// their own), over HTTP and as the insert of the same row in SQL. Each care worker records for people of their own
// service, with a record of the kind their service keeps (visit or shift).
import { randomUUID } from 'node:crypto';
import type { VisitRecord } from '@hearth/core';
import { seededRandom } from '../plan-content.js';
import { versionsPerPerson } from '../seed-plans.js';
import { buildVisitBody } from '../visit-content.js';
import { expectThat } from './app-sql.js';
import { expectStatus, jsonOf } from './http.js';
import type { Scenario, ScenarioContext } from './scenario.js';
import type { ScalePerson } from './seed-scale.js';

interface Recording {
  carer: number;
  person: ScalePerson;
  body: Record<string, unknown> & { clientId: string; kind: string; content: unknown };
}

/** What care worker `slot` sends as record `index` of a run: a fresh record for someone of their service. */
function recordingFor(ctx: ScenarioContext, peopleByService: Map<string, ScalePerson[]>, seed: number, index: number, slot: number): Recording {
  const carer = ctx.data.carers[slot];
  const people = carer ? peopleByService.get(carer.serviceId) : undefined;
  if (!carer || !people || people.length === 0) throw new Error(`care worker ${String(slot)} has no people to record for`);
  const random = seededRandom(seed * 1_000_003 + index);
  const person = people[Math.floor(random() * people.length)] as ScalePerson;
  const body = buildVisitBody(random, { kind: person.kind, index, clientId: randomUUID(), now: new Date() });
  return { carer: slot, person, body: body as Recording['body'] };
}

function recordingScenario(ctx: ScenarioContext, key: string, label: string, plan: { count: number; warmUp: number; concurrency: number }, seed: number): Scenario {
  if (plan.concurrency > ctx.data.carers.length) throw new Error(`${String(plan.concurrency)} at once needs as many care workers`);
  const peopleByService = new Map<string, ScalePerson[]>();
  for (const person of ctx.data.people) peopleByService.set(person.serviceId, [...(peopleByService.get(person.serviceId) ?? []), person]);
  return {
    key,
    label,
    baseline: `the insert of the same row${plan.concurrency > 1 ? `, ${String(plan.concurrency)} connections at once` : ''}`,
    hearth: {
      ...plan,
      operation: async (index, slot) => {
        const { carer, person, body } = recordingFor(ctx, peopleByService, seed, index, slot);
        const session = ctx.carers[carer];
        if (!session) throw new Error(`care worker ${String(carer)} is not signed in`);
        const answer = await expectStatus(session, 'POST', `/api/people/${person.id}/visit-records`, 201, body);
        const record = jsonOf(answer) as VisitRecord;
        if (record.personId !== person.id || record.clientId !== body.clientId || record.planVersion !== versionsPerPerson)
          throw new Error(`the visit recorded for ${person.id} was stored as ${record.personId}'s`);
        return answer.ms;
      },
    },
    sql: {
      ...plan,
      operation: (index, slot) => {
        const { carer, person, body } = recordingFor(ctx, peopleByService, seed + 500, index, slot);
        const staffId = ctx.data.carers[carer]?.id;
        return ctx.sql.timed(
          async (sql) =>
            (
              await sql.query<{ id: string }>(
                `INSERT INTO visit_records (organisation_id, service_id, person_id, client_id, kind, visit_label, planned_for, arrived_at, left_at,
                   plan_version, content, recorded_by, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now()) RETURNING id`,
                [
                  ctx.sql.organisationId,
                  person.serviceId,
                  person.id,
                  body.clientId,
                  body.kind,
                  body.visitLabel,
                  body.plannedFor,
                  body.arrivedAt,
                  body.leftAt,
                  versionsPerPerson,
                  JSON.stringify(body.content),
                  staffId,
                ],
              )
            ).rowCount,
          (rows) => {
            expectThat(rows === 1, `inserting a visit record stored ${String(rows)} rows`);
          },
        );
      },
    },
  };
}

export const recordVisitScenario = (ctx: ScenarioContext): Scenario =>
  recordingScenario(ctx, 'record-visit', 'Record a visit, one at a time', { count: 200, warmUp: 20, concurrency: 1 }, 21);

export const recordVisitsAtOnceScenario = (ctx: ScenarioContext): Scenario =>
  recordingScenario(ctx, 'record-visits-50', 'Record visits, 50 care workers at once', { count: 500, warmUp: 50, concurrency: 50 }, 23);
