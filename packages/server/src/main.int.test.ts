// The quick start as a user runs it: Hearth starts its own database, seeds the demo once, serves each demo
// role exactly what it should see, stops cleanly on SIGTERM, finds its data again on the next start, and loses no
// acknowledged write when it and its database are killed mid-write.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { currentTotp } from './auth/totp.js';
import { freePort } from './db/embedded.js';
import { demoPassword, demoSharedSignIns, demoStaff } from './seed/demo-data.js';
import { smallVisitBody } from './test/small-visit-body.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-main-'));
const usedSteps = new Map<string, number>();

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startHearth(): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  // node with tsx as a loader, not the tsx command: one process, so SIGTERM reaches Hearth itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (output.includes('Press Ctrl+C to stop')) return { child, base, output: () => output };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`Hearth did not start:\n${output}`);
}

async function stopHearth(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => { resolve(code); }));
  child.kill('SIGTERM');
  return exited;
}

interface Session { cookie: string; csrf: string }

async function signIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { status: string; csrfToken: string };
  if (body.status === 'signed_in') return { cookie, csrf: body.csrfToken };
  const secret = demoStaff.find((s) => s.email === email)?.totpSecret;
  if (body.status !== 'mfa_required' || !secret) throw new Error(`unexpected ${body.status}`);
  // A code is accepted once per 30-second step: wait for a fresh step if this account used the current one.
  let step = Math.floor(Date.now() / 30_000);
  while (usedSteps.get(email) === step) {
    await new Promise((r) => setTimeout(r, 1000));
    step = Math.floor(Date.now() / 30_000);
  }
  usedSteps.set(email, step);
  const mfa = await fetch(`${base}/api/auth/mfa/verify`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
    body: JSON.stringify({ code: currentTotp(secret, Date.now()) }),
  });
  if (mfa.status !== 200) throw new Error(`second factor failed: ${await mfa.text()}`);
  return { cookie: (mfa.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await mfa.json()) as { csrfToken: string }).csrfToken };
}

const get = (base: string, s: Session, url: string) => fetch(`${base}${url}`, { headers: { cookie: s.cookie } });

// Always the embedded database (DATABASE_URL is removed for the child): the external-server pass has nothing to add.
describe.skipIf(Boolean(process.env.HEARTH_TEST_DATABASE_URL))('npm start', () => {
  test('first start: embedded database, demo data, each role sees what it should, clean stop', async () => {
    const { child, base, output } = await startHearth();
    try {
      expect(output()).toContain('Demo organisation created');
      for (const s of demoStaff) expect(output()).toContain(s.email);
      // The shared record's demo sign-ins are printed, and each one signs in.
      expect(output()).toContain(`${base}/shared/sign-in`);
      for (const s of demoSharedSignIns) {
        expect(output()).toContain(s.email);
        const signedIn = await fetch(`${base}/api/shared/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: s.email, password: demoPassword }),
        });
        expect(signedIn.status, s.email).toBe(200);
      }
      expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: 'ok', database: 'embedded', version: '0.1.0' });
      expect((await fetch(`${base}/`)).headers.get('content-type')).toMatch(/text\/(html|plain)/);

      const homecarePeople = ['Arthur James Pickering', 'Gwenllian Ŵyn Parry', 'Harold Brown', 'Margaret Ellen Thompson'];
      const careHomePeople = ['Stanley Whitaker', 'Winifred Mary Osei'];
      const expected: Record<string, { people: string[]; staff: number; keySafe: boolean }> = {
        'carer@riverside-care.example': { people: homecarePeople, staff: 403, keySafe: true },
        'senior@riverside-care.example': { people: homecarePeople, staff: 403, keySafe: true },
        'manager@riverside-care.example': { people: homecarePeople, staff: 200, keySafe: true },
        'quality@riverside-care.example': { people: [...homecarePeople, ...careHomePeople].sort(), staff: 403, keySafe: false },
        'admin@riverside-care.example': { people: [...homecarePeople, ...careHomePeople].sort(), staff: 200, keySafe: false },
        'oakhouse@riverside-care.example': { people: careHomePeople, staff: 403, keySafe: false },
      };
      for (const [email, want] of Object.entries(expected)) {
        const s = await signIn(base, email);
        const people = (await (await get(base, s, '/api/people')).json()) as { id: string; legalName: string }[];
        expect(people.map((p) => p.legalName).sort(), email).toEqual(want.people);
        expect((await get(base, s, '/api/staff')).status, email).toBe(want.staff);
        const peggy = people.find((p) => p.legalName === 'Margaret Ellen Thompson');
        if (peggy) {
          const record = (await (await get(base, s, `/api/people/${peggy.id}`)).json()) as { accessDetails?: { keySafeCode: string } };
          expect(record.accessDetails?.keySafeCode === '4821', email).toBe(want.keySafe);
        }
      }
      // The demo's plans are there, and the plan-quality dashboard already has a run for each plan in use.
      const quality = await signIn(base, 'quality@riverside-care.example');
      const summary = (await (await get(base, quality, '/api/plan-audits/summary')).json()) as { plans: { legalName: string; planVersion: number }[] };
      expect(summary.plans.map((p) => `${p.legalName} v${p.planVersion}`).sort()).toEqual(['Margaret Ellen Thompson v2', 'Stanley Whitaker v2']);
    } finally {
      expect(await stopHearth(child), output()).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  test('second start: the same data, no second demo organisation, packs in flight finished on SIGTERM, the audit chain intact', async () => {
    const { child, base, output } = await startHearth();
    try {
      expect(output()).not.toContain('Demo organisation created');
      const s = await signIn(base, 'quality@riverside-care.example');
      const people = (await (await get(base, s, '/api/people')).json()) as { id: string; legalName: string }[];
      expect(people.length).toBe(6);
      // SIGTERM while two packs are being printed: each one is finished and sent before Hearth stops.
      const peggy = people.find((p) => p.legalName === 'Margaret Ellen Thompson')?.id ?? '';
      const senior = await signIn(base, 'senior@riverside-care.example');
      const printing = Array.from({ length: 2 }, () => get(base, senior, `/api/people/${peggy}/pack.pdf`));
      await new Promise((r) => setTimeout(r, 150));
      const stopped = stopHearth(child);
      for (const res of await Promise.all(printing)) {
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect(await stopped, output()).toBe(0);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    const verify = spawn(tsx, ['packages/server/src/cli/audit-verify.ts'], { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    let out = '';
    verify.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => verify.once('exit', resolve));
    expect(out).toMatch(/Audit log verified: \d+ entries/);
    expect(code).toBe(0);
  }, 120_000);

  test('a crash under concurrent writes: Hearth and its database killed at once, and on restart every acknowledged write is there and the audit chain verifies', async () => {
    const first = await startHearth();
    const acknowledged: { id: string; body: string }[] = [];
    let peggy = '';
    try {
      const s = await signIn(first.base, 'carer@riverside-care.example');
      const people = (await (await get(first.base, s, '/api/people')).json()) as { id: string; legalName: string }[];
      peggy = people.find((p) => p.legalName === 'Margaret Ellen Thompson')?.id ?? '';
      let stop = false;
      // Eight phones recording at once until the crash; only a 201 counts as acknowledged.
      const writers = Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const body = JSON.stringify(smallVisitBody({ leftMinutesAgo: 10, foodNotes: `Porridge and tea (phone ${w}, record ${i})` }));
          try {
            const res = await fetch(`${first.base}/api/people/${peggy}/visit-records`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
              body,
            });
            if (res.status === 201) acknowledged.push({ id: ((await res.json()) as { id: string }).id, body });
          } catch {
            return; // the connection died with the server: that write was never acknowledged
          }
        }
      });
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
      // Power lost: Hearth and its PostgreSQL killed without warning, mid-write.
      const postmaster = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const database = [postmaster, ...childrenOf(postmaster)];
      first.child.kill('SIGKILL');
      for (const pid of database) process.kill(pid, 'SIGKILL');
      stop = true;
      await Promise.all(writers);
      // A new server cannot start while any process of the old one still holds its shared memory. Orphans are then
      // reaped by the system; a zombie holds nothing, and Hearth's start treats one as gone.
      while (database.some(isAlive)) await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 100 && database.some((pid) => fs.existsSync(`/proc/${pid}`)); i++) await new Promise((r) => setTimeout(r, 100));
    } catch (error) {
      first.child.kill('SIGKILL');
      throw error;
    }

    const second = await startHearth();
    try {
      const s = await signIn(second.base, 'carer@riverside-care.example');
      for (const { id, body } of acknowledged) {
        expect((await get(second.base, s, `/api/visit-records/${id}`)).status, id).toBe(200);
        // Sent again after the restart, as a phone retrying: the stored record answers (200), no second copy (201).
        const again = await fetch(`${second.base}/api/people/${peggy}/visit-records`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
          body,
        });
        expect(again.status, id).toBe(200);
      }
    } finally {
      expect(await stopHearth(second.child), second.output()).toBe(0);
    }
    const verify = spawn(tsx, ['packages/server/src/cli/audit-verify.ts'], { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    let out = '';
    verify.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => verify.once('exit', resolve));
    expect(out).toMatch(/Audit log verified: \d+ entries/);
    expect(code).toBe(0);
  }, 120_000);
});

/** The processes whose parent is `pid` (Linux: read from /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent's pid is the second field after the command in parentheses, which may itself hold spaces.
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** Running, as opposed to gone or a zombie waiting to be reaped (which holds no memory). */
function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}

