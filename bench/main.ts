// `npm run bench:detail`: seeds 10,000 people with 5 plan versions each into a throwaway database, starts Hearth on it and
// times opening current plans and printing packs over HTTP; before that it times the plan-quality audit over 5,000
// plans in this process. `--write` puts the figures into docs/performance.md; `--only audit` runs the audit part alone, `--only database` the rest.
// The database run ends with care workers recording visits under load; `--only visits` runs that alone, on 1,000 people.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAuditInputs, buildExampleSizedInputs, loadExamplePlans, timeAudits } from './audit-plans.js';
import { auditMarkdownBlock, auditTerminalLines, exampleSizedLines } from './audit-report.js';
import { openBenchDatabase, type BenchDatabase } from './database.js';
import { checkPlanResponse, openPlans, openPlansWhilePrinting, packPages, printPacks, signIn, type TimedRun } from './measure.js';
import { databaseLabel, terminalTable, writeBlock, writeIntoDocument, type BenchResult } from './report.js';
import { seed, seededSize } from './seed.js';
import { addCarers, seedForVisits, type Carer } from './seed-carers.js';
import { benchPassword } from './seed-people.js';
import { versionsPerPerson } from './seed-plans.js';
import { summarise } from './stats.js';
import { runVisitsBench } from './visits.js';
import { visitsBlock, visitsMarkdownBlock, visitsTerminalLines, type VisitsResult } from './visits-report.js';

const { values: args } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    people: { type: 'string' },
    requests: { type: 'string', default: '2000' },
    packs: { type: 'string', default: '20' },
    plans: { type: 'string', default: '5000' },
    carers: { type: 'string', default: '40' },
    visits: { type: 'string', default: '1000' },
    only: { type: 'string' },
  },
});
const people = Number(args.people ?? (args.only === 'visits' ? 1000 : 10000));
const carerCount = Number(args.carers);
const visitRecords = Number(args.visits);
const visitConcurrencies = [1, 8, 32];
const requests = Number(args.requests);
const packs = Number(args.packs);
const plans = Number(args.plans);
const targetPages = 20;
const log = (message: string) => process.stdout.write(`${message}\n`);
const performanceDoc = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
const exampleFiles = ['homecare-peggy.plan.json', 'care-home-winnie.plan.json'].map((name) => fileURLToPath(new URL(`../docs/examples/${name}`, import.meta.url)));

let db: BenchDatabase | null = null;
let server: ChildProcess | null = null;

async function startServer(database: BenchDatabase): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./server.ts', import.meta.url))], {
    env: { ...process.env, BENCH_APP_DATABASE_URL: database.appUrl, BENCH_DATABASE_MODE: database.mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      reject(new Error(`the server stopped (exit ${code ?? 'signal'})`));
    }),
  );
  const firstLine = new Promise<string>((resolve) => {
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  const { port } = JSON.parse(await Promise.race([firstLine, exited])) as { port: number };
  return `http://127.0.0.1:${port}`;
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The plan-quality audit over generated plans, in this process: run first, while nothing else of the benchmark runs. */
function runAuditBench(): void {
  if (args.write && !fs.readFileSync(performanceDoc, 'utf8').includes('<!-- bench:audit:end -->'))
    throw new Error('docs/performance.md has no <!-- bench:audit:start --> … end block to write the figures into');
  log(`Plan audit: generating ${plans.toLocaleString('en-GB')} plans`);
  const inputs = buildAuditInputs(plans, log);
  const loadAtStart = os.loadavg()[0] ?? 0;
  const result = timeAudits(inputs);
  const examples = loadExamplePlans(exampleFiles);
  const exampleSized = timeAudits(buildExampleSizedInputs(plans, examples));
  const load: [number, number] = [loadAtStart, os.loadavg()[0] ?? 0];
  log(auditTerminalLines(result, load));
  log(exampleSizedLines(exampleSized));
  if (args.write) {
    writeBlock(performanceDoc, 'audit', auditMarkdownBlock(result, load, new Date(), exampleSized));
    log('Wrote the plan audit figures into docs/performance.md');
  }
}

const databaseLine = () =>
  process.env.DATABASE_URL
    ? 'Database: a fresh database on the server at DATABASE_URL'
    : 'Database: embedded PostgreSQL in a temporary folder';

/** Care workers recording visits, several at once, on the server already started; then the check of what was stored. */
async function runVisitsPart(database: BenchDatabase, baseUrl: string, carers: Carer[]): Promise<void> {
  log('');
  const loadAtStart = os.loadavg()[0] ?? 0;
  const outcome = await runVisitsBench({
    adminUrl: database.adminUrl,
    baseUrl,
    carers,
    records: visitRecords,
    concurrencies: visitConcurrencies,
    log,
  });
  const result: VisitsResult = {
    ...outcome,
    mode: database.mode,
    serverVersion: database.serverVersion,
    load: [loadAtStart, os.loadavg()[0] ?? 0],
  };
  log('');
  log(visitsTerminalLines(result));
  if (args.write) {
    writeBlock(performanceDoc, visitsBlock(result.mode), visitsMarkdownBlock(result, new Date()));
    log('Wrote the visit-recording figures into docs/performance.md');
  }
}

async function runVisitsOnly(): Promise<void> {
  if (!Number.isInteger(people) || people < 100) throw new Error('--people must be at least 100');
  log(databaseLine());
  db = await openBenchDatabase(process.env.DATABASE_URL);
  log(`PostgreSQL ${db.serverVersion}; seeding ${people.toLocaleString('en-GB')} people and ${carerCount} care workers`);
  const { carers } = await seedForVisits(db.adminUrl, people, carerCount);
  await runVisitsPart(db, await startServer(db), carers);
}

async function run(): Promise<void> {
  if (args.only !== undefined && !['audit', 'database', 'visits'].includes(args.only))
    throw new Error(
      '--only takes "audit" (the plan audit alone, no database), "database" (plans, packs and visits) or "visits" (recording visits alone)',
    );
  if (!Number.isInteger(plans) || plans < 500) throw new Error('--plans must be at least 500');
  const maxConcurrency = Math.max(...visitConcurrencies);
  if (!Number.isInteger(carerCount) || carerCount < maxConcurrency || !Number.isInteger(visitRecords) || visitRecords < 100)
    throw new Error(`--carers must be at least ${maxConcurrency} (one for each record in flight) and --visits at least 100`);
  const visitsMarker = `<!-- bench:${visitsBlock(process.env.DATABASE_URL ? 'external' : 'embedded')}:end -->`;
  if (args.write && args.only !== 'audit' && !fs.readFileSync(performanceDoc, 'utf8').includes(visitsMarker))
    throw new Error(
      `docs/performance.md has no ${visitsMarker.replace(':end', ':start')} … end block to write the visit figures into`,
    );
  if (args.only === 'visits') return runVisitsOnly();
  if (args.only !== 'database') runAuditBench();
  if (args.only === 'audit') return;
  log('');
  if (
    !Number.isInteger(people) ||
    people < 100 ||
    !Number.isInteger(requests) ||
    requests < 20 ||
    !Number.isInteger(packs) ||
    packs < 1
  ) {
    throw new Error('--people must be at least 100, --requests at least 20 and --packs at least 1');
  }
  log(databaseLine());
  db = await openBenchDatabase(process.env.DATABASE_URL);
  log(`PostgreSQL ${db.serverVersion}; seeding ${people.toLocaleString('en-GB')} people × ${versionsPerPerson} plan versions`);
  const seedStarted = performance.now();
  const data = await seed(db.adminUrl, people, (m) => {
    log(`  ${m}`);
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const storage = await seededSize(db.adminUrl);
  const carers = await addCarers(db.adminUrl, data.org, carerCount);
  log(
    `  ${storage.versions.toLocaleString('en-GB')} plan versions in ${storage.versionsTable}, seeded in ${seedSeconds.toFixed(0)} s`,
  );

  const baseUrl = await startServer(db);
  const session = await signIn(baseUrl, data.org.senior.email, benchPassword);
  const candidates = new Set(data.packCandidates.map((c) => c.personId));
  const typical = data.personIds.filter((id) => !candidates.has(id));
  const { bytes } = await checkPlanResponse(session, typical[0] ?? '');

  const loadAtStart = os.loadavg()[0] ?? 0;
  log('Opening current plans: 200 to warm up, then the measured runs');
  await openPlans(session, data.personIds, 200, 1, 1);
  const openPlan = [];
  const timed = (label: string, run: TimedRun) => ({
    label,
    summary: summarise(run.timings),
    perSecond: (run.timings.length / run.wallMs) * 1000,
  });
  for (const concurrency of [1, 8]) {
    openPlan.push(
      timed(`${concurrency} at a time`, await openPlans(session, data.personIds, requests, concurrency, 100 + concurrency)),
    );
  }

  log(`Printing packs: choosing the plan that prints closest to ${targetPages} pages`);
  const pages = await packPages(session, [...candidates], 'standard');
  const [packPerson, packPageCount] = [...pages.entries()].sort(
    (a, b) => Math.abs(a[1] - targetPages) - Math.abs(b[1] - targetPages),
  )[0] ?? ['', 0];
  log(`  page counts: ${[...pages.values()].join(', ')}; timing the ${packPageCount}-page pack`);
  const packResults: BenchResult['packs'] = [];
  for (const size of ['standard', 'large'] as const) {
    await printPacks(session, packPerson, size, 3);
    const run = await printPacks(session, packPerson, size, size === 'standard' ? packs : Math.max(1, Math.ceil(packs / 2)));
    packResults.push({ size, pages: run.pages, kb: run.bytes / 1024, summary: summarise(run.timings) });
  }
  log('Opening plans one at a time while another user prints packs');
  openPlan.push(
    timed(
      '1 at a time while packs print',
      await openPlansWhilePrinting(session, data.personIds, packPerson, Math.ceil(requests / 10)),
    ),
  );

  const result: BenchResult = {
    mode: db.mode,
    serverVersion: db.serverVersion,
    people,
    versionsPerPerson,
    seedSeconds,
    storage,
    planResponseKb: bytes / 1024,
    openPlan,
    packs: packResults,
    load: [loadAtStart, os.loadavg()[0] ?? 0],
  };
  log('');
  log(terminalTable(result));
  if (args.write) {
    writeIntoDocument(performanceDoc, result, new Date());
    log(`\nWrote the figures for ${databaseLabel(result)} into docs/performance.md`);
  }
  await runVisitsPart(db, baseUrl, carers);
}

async function cleanUp(): Promise<void> {
  await stopServer().catch(() => undefined);
  const database = db;
  db = null;
  if (database) await database.close();
}

process.once('SIGINT', () => {
  log('\nStopping: removing the benchmark database');
  void cleanUp().finally(() => process.exit(130));
});

run()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    process.stderr.write(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanUp().catch((e: unknown) => {
      process.stderr.write(`and could not clean up: ${String(e)}\n`);
    });
    process.exit(1);
  });
