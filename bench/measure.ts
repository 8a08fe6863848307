// The measuring client: signs in over HTTP like the web app, then times whole requests (until the last byte of
// the body has arrived) with Node's fetch, one after another or several at once.
import { pdfPageCount } from './pdf-pages.js';
import { seededRandom } from './plan-content.js';

export interface Session {
  baseUrl: string;
  cookie: string;
  /** Sent as `x-csrf-token` with every request that changes something. */
  csrfToken: string;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { status?: string; csrfToken?: string };
  if (res.status !== 200 || body.status !== 'signed_in' || !body.csrfToken)
    throw new Error(`signing in as ${email} failed: ${res.status} ${JSON.stringify(body)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('hearth_session='));
  if (!cookie) throw new Error('signing in set no session cookie');
  return { baseUrl, cookie, csrfToken: body.csrfToken };
}

/** One GET, timed from sending to the end of the body, which is returned for checks. */
export async function timedGet(session: Session, path: string): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  const res = await fetch(`${session.baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body.toString('utf8').slice(0, 500)}`);
  return { ms, body };
}

/** The current plan must be version 5, in use, with every section: otherwise the timings would measure something else. */
export async function checkPlanResponse(session: Session, personId: string): Promise<{ bytes: number }> {
  const { body } = await timedGet(session, `/api/people/${personId}/care-plan`);
  const plan = JSON.parse(body.toString('utf8')) as {
    current?: { version: number; status: string; content: { sections: unknown[] } };
    versions?: unknown[];
  };
  if (
    plan.current?.version !== 5 ||
    plan.current.status !== 'in_use' ||
    plan.versions?.length !== 5 ||
    plan.current.content.sections.length < 19
  ) {
    throw new Error(
      `unexpected plan for ${personId}: current ${plan.current?.version ?? 'none'} ${plan.current?.status ?? ''}, ${plan.versions?.length ?? 0} versions`,
    );
  }
  return { bytes: body.length };
}

export interface TimedRun {
  timings: number[];
  wallMs: number;
}

/**
 * Opens the current plans of people chosen at random (seeded, so runs repeat), `concurrency` requests in flight
 * at a time; each request's own time is kept.
 */
export async function openPlans(
  session: Session,
  personIds: readonly string[],
  requests: number,
  concurrency: number,
  seed: number,
): Promise<TimedRun> {
  const random = seededRandom(seed);
  const targets = Array.from({ length: requests }, () => personIds[Math.floor(random() * personIds.length)] as string);
  const timings: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < targets.length) {
      const id = targets[next++] as string;
      timings.push((await timedGet(session, `/api/people/${id}/care-plan`)).ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { timings, wallMs: performance.now() - started };
}

export interface PackRun {
  personId: string;
  pages: number;
  bytes: number;
  timings: number[];
}

/** Prints one pack per person once and keeps the page counts, to choose whose pack to time. */
export async function packPages(
  session: Session,
  personIds: readonly string[],
  size: 'standard' | 'large',
): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  for (const id of personIds) pages.set(id, pdfPageCount((await timedGet(session, packPath(id, size))).body));
  return pages;
}

export async function printPacks(
  session: Session,
  personId: string,
  size: 'standard' | 'large',
  times: number,
): Promise<PackRun> {
  const timings: number[] = [];
  let last: Buffer = Buffer.alloc(0);
  for (let i = 0; i < times; i++) {
    const { ms, body } = await timedGet(session, packPath(personId, size));
    timings.push(ms);
    last = body;
  }
  return { personId, pages: pdfPageCount(last), bytes: last.length, timings };
}

/** Opens plans one at a time while another user prints packs without pause: what staff feel while packs print. */
export async function openPlansWhilePrinting(
  session: Session,
  personIds: readonly string[],
  packPersonId: string,
  requests: number,
): Promise<TimedRun> {
  const state = { printing: true };
  const printer = (async () => {
    while (state.printing) await timedGet(session, packPath(packPersonId, 'standard'));
  })();
  try {
    return await openPlans(session, personIds, requests, 1, 7);
  } finally {
    state.printing = false;
    await printer;
  }
}

const packPath = (personId: string, size: 'standard' | 'large') => `/api/people/${personId}/pack.pdf?size=${size}`;
