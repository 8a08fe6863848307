// `npm run load`: people using Hearth at once, for a bounded time, against a server on 127.0.0.1. Care workers open
// their people and record visits, seniors edit draft plans, managers look at their dashboards, family members read
// the shared record, and the quality lead logs and follows data requests, in fixed proportions. It reports each
// persona's requests, errors (there must be none), latency percentiles and throughput, then stops by itself.
//   npm run load                          starts a throwaway Hearth with the demo data (embedded database) and uses it
//   npm run load -- --url http://127.0.0.1:3000   a running Hearth with the demo data
//   --seconds N (default 60)   --write   (records the table in docs/performance.md)
import path from 'node:path';
import { currentTotp } from '../packages/server/src/auth/totp.js';
import { demoPassword, demoSharedSignIns, demoStaff } from '../packages/server/src/seed/demo-data.js';
import { smallVisitBody } from '../packages/server/src/test/small-visit-body.js';
import { summarise } from './stats.js';
import { machine, writeBlock } from './report.js';
import { loadMarkdown, loadTable, type PersonaResult } from './load-report.js';
import { repoRoot, startThrowawayHearth } from './throwaway-hearth.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seconds = Number(option('--seconds') ?? 60);
if (!Number.isFinite(seconds) || seconds < 5 || seconds > 3600) throw new Error('--seconds is between 5 and 3600');

interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

interface Persona {
  name: string;
  /** Virtual users of this persona, each looping over its actions until the time is up. */
  users: number;
  signIn: (base: string) => Promise<Session>;
  /** One turn: a few requests as that person would make them; each returns its status. */
  turn: (s: Session, user: number, people: string[], send: Send) => Promise<void>;
}

type Send = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => Promise<unknown>;

async function staffSignIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { status: string; csrfToken: string };
  if (body.status === 'signed_in') return { base, cookie, csrf: body.csrfToken };
  const secret = demoStaff.find((s) => s.email === email)?.totpSecret;
  if (body.status !== 'mfa_required' || !secret) throw new Error(`${email}: ${body.status}`);
  const mfa = await fetch(`${base}/api/auth/mfa/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
    body: JSON.stringify({ code: currentTotp(secret, Date.now()) }),
  });
  if (mfa.status !== 200) throw new Error(`${email}: second factor refused (${mfa.status})`);
  return { base, cookie: (mfa.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await mfa.json()) as { csrfToken: string }).csrfToken };
}

async function sharedSignIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/shared/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  if (res.status !== 200) throw new Error(`${email}: shared sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.includes('shared')) ?? (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { base, cookie, csrf: ((await res.json()) as { csrfToken?: string }).csrfToken ?? '' };
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
let turnCounter = 0;

const visitBody = () => smallVisitBody({ leftMinutesAgo: 5, foodNotes: 'Porridge and tea' });

const personas: Persona[] = [
  {
    name: 'Care worker: opens a person and records a visit',
    users: 8,
    signIn: (base) => staffSignIn(base, 'carer@riverside-care.example'),
    turn: async (s, user, people, send) => {
      const id = pick(people, user + turnCounter++);
      await send(s, 'GET', '/api/people');
      await send(s, 'GET', `/api/people/${id}`);
      await send(s, 'GET', `/api/people/${id}/care-plan`);
      const body = visitBody();
      await send(s, 'POST', `/api/people/${id}/visit-records`, body);
      // One in ten is sent again, as a phone retrying: answered with the stored record.
      if (turnCounter % 10 === 0) await send(s, 'POST', `/api/people/${id}/visit-records`, body);
    },
  },
  {
    name: 'Senior: edits a draft plan',
    users: 2,
    signIn: (base) => staffSignIn(base, 'senior@riverside-care.example'),
    turn: async (s, user, people, send) => {
      // Each senior edits a person of their own, as two people rarely edit one plan at once (that answers 409).
      const id = pick(people, user);
      const plan = (await send(s, 'GET', `/api/people/${id}/care-plan`)) as { current: { content: unknown } | null; draft: { revision: number; content: unknown } | null };
      const content = plan.draft?.content ?? plan.current?.content;
      if (content === undefined) return;
      await send(s, 'PUT', `/api/people/${id}/care-plan/draft`, { revision: plan.draft?.revision ?? null, reason: 'Reviewed with the person', content });
    },
  },
  {
    name: 'Manager: dashboards',
    users: 2,
    signIn: (base) => staffSignIn(base, 'manager@riverside-care.example'),
    turn: async (s, _user, _people, send) => {
      await send(s, 'GET', '/api/visits/attention');
      await send(s, 'GET', '/api/care-plans/attention');
      await send(s, 'GET', '/api/plan-audits/summary');
      await send(s, 'GET', '/api/data-requests');
    },
  },
  {
    name: 'Family member: reads the shared record',
    users: 3,
    signIn: (base) => sharedSignIn(base, pick(demoSharedSignIns, 0).email),
    turn: async (s, _user, _people, send) => {
      const list = (await send(s, 'GET', '/api/shared/people')) as { people: { personId: string }[] } | null;
      const id = list?.people[0]?.personId;
      if (!id) throw new Error('the family member sees nobody');
      await send(s, 'GET', `/api/shared/people/${id}`);
      await send(s, 'GET', `/api/shared/people/${id}/search?q=tea`);
    },
  },
  {
    name: 'Quality lead: logs and follows a data request',
    users: 1,
    signIn: (base) => staffSignIn(base, 'quality@riverside-care.example'),
    turn: async (s, user, people, send) => {
      const services = (await send(s, 'GET', '/api/services')) as { id: string }[];
      const serviceId = services[0]?.id;
      if (!serviceId) throw new Error('no service to log a request for');
      const person = (await send(s, 'GET', `/api/people/${pick(people, user)}`)) as { serviceId: string };
      await send(s, 'POST', '/api/data-requests', {
        serviceId: person.serviceId,
        requester: { name: 'Jo Officer', organisation: 'Leeds City Council', role: 'monitoring_officer', email: 'jo.officer@council.example', phone: null },
        personIds: [pick(people, user)],
        whatAsked: 'Daily records for the last week',
        receivedAt: new Date().toISOString(),
        dueAt: null,
        dueReason: null,
      });
      await send(s, 'GET', '/api/data-requests');
      const today = new Date().toISOString().slice(0, 10);
      await send(s, 'GET', `/api/data-requests/report?from=${today.slice(0, 8)}01&to=${today}`);
    },
  },
];


async function main(): Promise<void> {
  const url = option('--url');
  if (url && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(url)) throw new Error('--url must be a server on 127.0.0.1');
  const server = url ? { base: url, stop: () => Promise.resolve() } : await startThrowawayHearth();
  try {
    const quality = await staffSignIn(server.base, 'quality@riverside-care.example');
    const everyone = (await (await fetch(`${server.base}/api/people`, { headers: { cookie: quality.cookie } })).json()) as { id: string; legalName: string }[];
    const carer = await staffSignIn(server.base, 'carer@riverside-care.example');
    const homecare = (await (await fetch(`${server.base}/api/people`, { headers: { cookie: carer.cookie } })).json()) as { id: string; status: string }[];
    // People whose support has ended are read-only: no visit is recorded for them.
    const people = homecare.filter((p) => p.status === 'active').map((p) => p.id);
    if (people.length === 0 || everyone.length === 0) throw new Error('the server holds no demo people');

    const results = new Map<string, { ms: number[]; errors: string[] }>(personas.map((p) => [p.name, { ms: [], errors: [] }]));
    // One sign-in per persona, shared by its people: the demo has one account of each kind, and an authenticator
    // code is accepted once.
    const sessions = new Map<string, Session>();
    for (const persona of personas) sessions.set(persona.name, await persona.signIn(server.base));
    const deadline = Date.now() + seconds * 1000;
    process.stdout.write(`Load: ${personas.reduce((n, p) => n + p.users, 0)} people using ${server.base} for ${seconds} s…\n`);
    const started = performance.now();
    await Promise.all(
      personas.flatMap((persona) =>
        Array.from({ length: persona.users }, async (_, user) => {
          const result = results.get(persona.name) ?? { ms: [], errors: [] };
          const session = sessions.get(persona.name) as Session;
          const send: Send = async (s, method, requestUrl, body) => {
            const t = performance.now();
            const res = await fetch(`${s.base}${requestUrl}`, {
              method,
              headers: { cookie: s.cookie, ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-csrf-token': s.csrf }) },
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            const text = await res.text();
            result.ms.push(performance.now() - t);
            if (res.status >= 400) {
              result.errors.push(`${method} ${requestUrl.replace(/[0-9a-f-]{36}/g, ':id')} answered ${res.status}: ${text.slice(0, 200)}`);
              return null;
            }
            return text.startsWith('{') || text.startsWith('[') ? (JSON.parse(text) as unknown) : text;
          };
          while (Date.now() < deadline) {
            try {
              await persona.turn(session, user, people, send);
            } catch (error) {
              result.errors.push(error instanceof Error ? error.message : String(error));
            }
          }
        }),
      ),
    );
    const elapsed = (performance.now() - started) / 1000;
    const rows: PersonaResult[] = personas.map((p) => {
      const r = results.get(p.name) ?? { ms: [], errors: [] };
      return { persona: p.name, users: p.users, requests: r.ms.length, errors: r.errors.length, summary: r.ms.length ? summarise(r.ms) : null, perSecond: r.ms.length / elapsed, firstError: r.errors[0] ?? null };
    });
    process.stdout.write(`${loadTable(rows)}\n`);
    if (args.includes('--write')) {
      writeBlock(path.join(repoRoot, 'docs/performance.md'), 'load', loadMarkdown(rows, { seconds, elapsed, machine: machine(), target: url ? 'a running Hearth' : 'a throwaway Hearth on the embedded database, demo data', now: new Date() }));
      process.stdout.write('Written to docs/performance.md\n');
    }
    const errors = rows.reduce((n, r) => n + r.errors, 0);
    if (errors > 0) {
      for (const r of rows) if (r.firstError) process.stderr.write(`${r.persona}: ${r.errors} errors; first: ${r.firstError}\n`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

await main();
