// `npm run lighthouse`: Lighthouse's performance and PWA checks on the pages a care worker uses on their phone (My
// visits, a person's "now" page and the visit record form), on its mobile profile, against a throwaway Hearth with
// the demo data, signed in as Carla Reid. It prints a table and, with --write, records it in docs/performance.md.
// Never part of the test suite: timings depend on the machine, so they are measured and reported, not asserted.
//   npm run lighthouse                     builds the web app, then measures (3 runs a page)
//   npm run lighthouse -- --runs 5 --write
//   --keep DIR   keeps each run's full Lighthouse report (JSON) in DIR, for its diagnostics
// Lighthouse is run with a pinned npx (11.7.1: the last version with the PWA category, and one that runs on Node 20),
// not installed with the project; Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPassword } from '../packages/server/src/seed/demo-data.js';
import { lighthouseMarkdown, lighthouseTable, medianRun, readLighthouseRun, type LighthouseRun, type PageResult } from './lighthouse-report.js';
import { machine, writeBlock } from './report.js';
import { repoRoot, startThrowawayHearth } from './throwaway-hearth.js';

const lighthouseVersion = '11.7.1';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error('--runs is between 1 and 10');
const keep = option('--keep');

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
  const body = (await res.json()) as { status: string };
  if (body.status !== 'signed_in') throw new Error(`${email}: sign-in answered ${body.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** One Lighthouse run of one page, with the session cookie on every request; the JSON report's text. */
function lighthouse(url: string, headersFile: string, outFile: string): Promise<string> {
  const cli = [
    '--yes',
    `lighthouse@${lighthouseVersion}`,
    url,
    '--quiet',
    '--only-categories=performance,pwa',
    '--form-factor=mobile',
    '--output=json',
    `--output-path=${outFile}`,
    `--extra-headers=${headersFile}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', cli, { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.once('exit', (code) => {
      if (code === 0 && fs.existsSync(outFile)) resolve(fs.readFileSync(outFile, 'utf8'));
      else reject(new Error(`Lighthouse failed on ${url} (exit ${String(code)}): ${errors.slice(-2000)}`));
    });
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'packages/web/dist/index.html'))) throw new Error('The web app is not built: run `npm run build` first.');
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium is not at ${chromiumPath}: install Debian's chromium package or set CHROMIUM_PATH`);
  // Debian's wrapper script complains on stderr about its own memory check: only the version on stdout matters.
  const chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .trim()
    .replace(/^Chromium\s+([\d.]+).*$/, 'Chromium $1');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-lighthouse-'));
  const server = await startThrowawayHearth();
  try {
    const cookie = await signIn(server.base, 'carer@riverside-care.example');
    const people = (await (await fetch(`${server.base}/api/people`, { headers: { cookie } })).json()) as { id: string; legalName: string }[];
    const peggy = people.find((p) => p.legalName === 'Margaret Ellen Thompson')?.id;
    if (!peggy) throw new Error('the demo has no Peggy Thompson for Carla');
    const headersFile = path.join(work, 'headers.json');
    fs.writeFileSync(headersFile, JSON.stringify({ Cookie: cookie }));
    const pages = [
      { page: 'My visits', path: '/my-visits' },
      { page: 'A person’s “now” page', path: `/people/${peggy}/now` },
      { page: 'The visit record form', path: `/people/${peggy}/visits/new` },
    ];
    const loadBefore = os.loadavg()[0] ?? 0;
    const results: PageResult[] = [];
    for (const [p, page] of pages.entries()) {
      const done: LighthouseRun[] = [];
      for (let r = 0; r < runs; r++) {
        process.stdout.write(`Lighthouse: ${page.page}, run ${r + 1} of ${runs}…\n`);
        done.push(readLighthouseRun(await lighthouse(`${server.base}${page.path}`, headersFile, path.join(work, `page-${p}-run-${r}.json`))));
      }
      results.push({ ...page, runs: done });
    }
    const loadAfter = os.loadavg()[0] ?? 0;
    process.stdout.write(`${lighthouseTable(results)}\n`);
    if (args.includes('--write')) {
      writeBlock(
        path.join(repoRoot, 'docs/performance.md'),
        'lighthouse',
        lighthouseMarkdown(results, { version: lighthouseVersion, chromium, machine: machine(), now: new Date(), loadBefore, loadAfter }),
      );
      process.stdout.write('Written to docs/performance.md\n');
    }
    const failed = results.filter((r) => medianRun(r.runs) === null);
    if (failed.length > 0) {
      for (const f of failed) process.stderr.write(`${f.page}: no run finished (${f.runs.map((r) => r.runtimeError ?? 'no score').join('; ')})\n`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      for (const file of fs.readdirSync(work).filter((f) => f.startsWith('page-'))) fs.copyFileSync(path.join(work, file), path.join(keep, file));
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
