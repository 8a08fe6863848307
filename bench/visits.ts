// Recording visits under load: many care workers, each signed in on their own, send visit records for people of
// their service, several at once; then a run in which some phones send a record twice at once, after which the
// stored records are checked against what was sent, and the benchmark fails if any is missing or doubled.
import { randomUUID } from 'node:crypto';
import type { VisitRecordKind } from '@hearth/core';
import pg from 'pg';
import { sampleLockWaits, type LockWaits } from './lock-waits.js';
import { signIn, type Session } from './measure.js';
import { seededRandom } from './plan-content.js';
import type { Carer } from './seed-carers.js';
import { benchPassword } from './seed-people.js';
import { summarise, type Summary } from './stats.js';
import { buildVisitBody, hasEscalation, isSentTwice, storageProblems } from './visit-content.js';

interface Target {
  personId: string;
  kind: VisitRecordKind;
}
interface CarerAtWork {
  session: Session;
  people: Target[];
}

export interface VisitRunResult {
  label: string;
  concurrency: number;
  records: number;
  /** More than records in the retry run: the records sent twice count twice. */
  requests: number;
  wallMs: number;
  summary: Summary;
  /** Records a second (different records, not requests). */
  perSecond: number;
  /** The database's sessions running a statement, and waiting for a lock, on average during the run. */
  lockWaits: LockWaits;
}

export interface VisitsOutcome {
  people: number;
  carers: number;
  warmUp: number;
  runs: VisitRunResult[];
  retry: { sentTwice: number; rowsStored: number; recordsSent: number; escalations: number; repeatsAudited: number };
}

/** Everything sent in the benchmark, to check the database against at the end. */
interface Ledger {
  clientIds: string[];
  escalated: number;
  repeats: number;
}

async function postVisit(
  session: Session,
  personId: string,
  body: Record<string, unknown>,
): Promise<{ ms: number; status: number; id: string }> {
  const started = performance.now();
  const res = await fetch(`${session.baseUrl}/api/people/${personId}/visit-records`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`recording a visit for ${personId} answered ${res.status}: ${text.slice(0, 500)}`);
  return { ms, status: res.status, id: (JSON.parse(text) as { id: string }).id };
}

interface RunPlan {
  label: string;
  records: number;
  concurrency: number;
  /** Each in-flight slot is a different care worker, starting from this one. */
  firstCarer: number;
  seed: number;
  withRetries: boolean;
}

/** One run: `concurrency` care workers each send a record, wait for the answer, and send the next, until all are sent. */
async function recordVisits(
  carers: readonly CarerAtWork[],
  plan: RunPlan,
  ledger: Ledger,
  watcher: pg.Client,
): Promise<VisitRunResult> {
  if (plan.concurrency > carers.length)
    throw new Error(`${plan.concurrency} at a time needs as many care workers; there are ${carers.length}`);
  const timings: number[] = [];
  let next = 0;
  const slot = async (k: number) => {
    const carer = carers[(plan.firstCarer + k) % carers.length] as CarerAtWork;
    while (next < plan.records) {
      const index = next++;
      // Each record has its own seeded source, so the same run sends the same records whatever the timing.
      const random = seededRandom(plan.seed * 1_000_003 + index);
      const target = carer.people[Math.floor(random() * carer.people.length)] as Target;
      const clientId = randomUUID();
      const body = buildVisitBody(random, { kind: target.kind, index, clientId, now: new Date() });
      ledger.clientIds.push(clientId);
      if (hasEscalation(index)) ledger.escalated++;
      if (plan.withRetries && isSentTwice(index)) {
        const answers = await Promise.all([
          postVisit(carer.session, target.personId, body),
          postVisit(carer.session, target.personId, body),
        ]);
        const statuses = answers.map((a) => a.status).sort();
        if (statuses[0] !== 200 || statuses[1] !== 201 || answers[0].id !== answers[1].id) {
          throw new Error(
            `a record sent twice at once was answered ${statuses.join(' and ')} with ids ${answers.map((a) => a.id).join(', ')}`,
          );
        }
        ledger.repeats++;
        timings.push(...answers.map((a) => a.ms));
      } else {
        const answer = await postVisit(carer.session, target.personId, body);
        if (answer.status !== 201) throw new Error(`a new record was answered ${answer.status}, as if it had been stored before`);
        timings.push(answer.ms);
      }
    }
  };
  const sampler = sampleLockWaits(watcher);
  const started = performance.now();
  await Promise.all(Array.from({ length: plan.concurrency }, (_, k) => slot(k)));
  const wallMs = performance.now() - started;
  const lockWaits = await sampler.stop();
  return {
    label: plan.label,
    concurrency: plan.concurrency,
    records: plan.records,
    requests: timings.length,
    wallMs,
    summary: summarise(timings),
    perSecond: (plan.records / wallMs) * 1000,
    lockWaits,
  };
}

/** The people of each service and their kind of record, read as the owner (the seed does not keep them). */
async function peopleByService(client: pg.Client): Promise<Map<string, Target[]>> {
  const { rows } = await client.query<{ id: string; service_id: string; kind: string }>(
    "SELECT p.id, p.service_id, s.kind FROM people p JOIN services s ON s.id = p.service_id WHERE p.status = 'active' ORDER BY p.id",
  );
  const byService = new Map<string, Target[]>();
  for (const row of rows) {
    const list = byService.get(row.service_id) ?? [];
    list.push({ personId: row.id, kind: row.kind === 'care_home' ? 'shift' : 'visit' });
    byService.set(row.service_id, list);
  }
  return byService;
}

/** Every client id stored once, nothing else stored, each escalated concern raised once, every send audited. */
async function checkStored(client: pg.Client, ledger: Ledger): Promise<VisitsOutcome['retry'] & { problems: string[] }> {
  const stored = (
    await client.query<{ client_id: string; rows: string }>(
      'SELECT client_id::text, count(*) AS rows FROM visit_records GROUP BY client_id',
    )
  ).rows;
  const problems = storageProblems(
    ledger.clientIds,
    stored.map((r) => ({ clientId: r.client_id, rows: Number(r.rows) })),
  );
  const counts = (
    await client.query<{ escalations: string; created: string; repeated: string }>(
      `SELECT (SELECT count(*) FROM visit_escalations) AS escalations,
       count(*) FILTER (WHERE detail->>'repeated' IS NULL) AS created, count(*) FILTER (WHERE detail->>'repeated' = 'true') AS repeated
     FROM audit_log WHERE action = 'visit_record.create' AND outcome = 'success'`,
    )
  ).rows[0];
  const recordsSent = new Set(ledger.clientIds).size;
  const [escalations, created, repeated] = [Number(counts?.escalations), Number(counts?.created), Number(counts?.repeated)];
  if (escalations !== ledger.escalated)
    problems.push(`${escalations} escalations stored for ${ledger.escalated} escalated concerns sent`);
  if (created !== recordsSent) problems.push(`${created} records audited as created for ${recordsSent} sent`);
  if (repeated !== ledger.repeats) problems.push(`${repeated} repeats audited for ${ledger.repeats} records sent twice`);
  const rowsStored = stored.reduce((sum, r) => sum + Number(r.rows), 0);
  return { sentTwice: ledger.repeats, rowsStored, recordsSent, escalations, repeatsAudited: repeated, problems };
}

export interface VisitsBenchInput {
  adminUrl: string;
  baseUrl: string;
  carers: readonly Carer[];
  records: number;
  concurrencies: readonly number[];
  log: (message: string) => void;
}

export async function runVisitsBench(input: VisitsBenchInput): Promise<VisitsOutcome> {
  const client = new pg.Client({ connectionString: input.adminUrl });
  await client.connect();
  try {
    const byService = await peopleByService(client);
    input.log(`Recording visits: signing in ${input.carers.length} care workers, each with a session of their own`);
    const atWork: CarerAtWork[] = [];
    for (const carer of input.carers) {
      const people = byService.get(carer.serviceId) ?? [];
      if (people.length === 0) throw new Error(`no people in the service of ${carer.email}`);
      atWork.push({ session: await signIn(input.baseUrl, carer.email, benchPassword), people });
    }
    const ledger: Ledger = { clientIds: [], escalated: 0, repeats: 0 };
    const warmUp = 100;
    input.log(`  ${warmUp} records to warm up, then ${input.records} at ${input.concurrencies.join(', ')} at a time`);
    await recordVisits(
      atWork,
      { label: 'warm-up', records: warmUp, concurrency: 4, firstCarer: 0, seed: 1, withRetries: false },
      ledger,
      client,
    );
    const runs: VisitRunResult[] = [];
    for (const concurrency of input.concurrencies) {
      const plan = {
        label: `${concurrency} at a time`,
        records: input.records,
        concurrency,
        firstCarer: concurrency,
        seed: 10 + concurrency,
        withRetries: false,
      };
      runs.push(await recordVisits(atWork, plan, ledger, client));
    }
    input.log('  then 8 at a time with 1 record in 20 sent twice at once, as a phone retrying');
    runs.push(
      await recordVisits(
        atWork,
        {
          label: '8 at a time, 1 in 20 sent twice at once',
          records: input.records,
          concurrency: 8,
          firstCarer: 3,
          seed: 99,
          withRetries: true,
        },
        ledger,
        client,
      ),
    );
    const { problems, ...retry } = await checkStored(client, ledger);
    if (problems.length > 0) {
      throw new Error(
        `visit records were not stored as sent (${problems.length} problems):\n  ${problems.slice(0, 20).join('\n  ')}`,
      );
    }
    input.log(
      `  checked: ${retry.rowsStored} records stored for ${retry.recordsSent} sent, each client id once; ${retry.escalations} escalations raised`,
    );
    const people = [...byService.values()].reduce((sum, list) => sum + list.length, 0);
    return { people, carers: input.carers.length, warmUp, runs, retry };
  } finally {
    await client.end();
  }
}
