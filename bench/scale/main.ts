// `npm run bench [-- --sizes 100,1000,10000] [--write] [--doc FILE]`: for each size, a fresh benchmark
// database (embedded, or on the server at DATABASE_URL) seeded with that many people and a year of their records,
// Hearth started on it in its own process, and every scenario run over HTTP and as direct SQL on the same database.
// Prints a table per size as it goes; `--write` puts one block per kind of database into docs/performance.md
// (or the file given with --doc) between <!-- bench:scale:embedded:start --> and its end marker (scale:external
// with DATABASE_URL).
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBenchDatabase, type BenchDatabase } from '../database.js';
import { signIn } from '../measure.js';
import { machine, writeBlock } from '../report.js';
import { benchPassword } from '../seed-people.js';
import { AppSql } from './app-sql.js';
import { signInWithCode } from './http.js';
import { blockName, isFailure, markdownBlock, terminalLines, type ScenarioOutcome, type SizeRun } from './report.js';
import type { Scenario, ScenarioContext } from './scenario.js';
import { auditScenario, dashboardScenario, exportScenario, firstAudit, packScenario } from './scenarios-manager.js';
import { nowViewScenario, openPlanScenario, searchScenario, signInScenario } from './scenarios-reading.js';
import { recordVisitScenario, recordVisitsAtOnceScenario } from './scenarios-recording.js';
import { versionsPerPerson } from '../seed-plans.js';
import { abcRecordsEach, abcShare } from './seed-abc-records.js';
import { auditHistoryWeeks, seedAuditHistory } from './seed-audit-history.js';
import { carerCount, seedScale, seededTables, tableSizes } from './seed-scale.js';
import { recordDays } from './seed-visit-records.js';
import { startServer, type ServerProcess } from './server-process.js';
import { measure } from './timed-run.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    write: { type: 'boolean', default: false },
    doc: { type: 'string', default: fileURLToPath(new URL('../../docs/performance.md', import.meta.url)) },
  },
});
const log = (message: string) => process.stdout.write(`${message}\n`);
const mode = process.env.DATABASE_URL ? 'external' : 'embedded';

/** In the order they run: the heaviest last, so their memory does not sit under the lighter ones' peaks. */
const scenarioBuilders: ((ctx: ScenarioContext) => Scenario)[] = [
  signInScenario,
  openPlanScenario,
  nowViewScenario,
  searchScenario,
  recordVisitScenario,
  recordVisitsAtOnceScenario,
  dashboardScenario,
  packScenario,
  exportScenario,
  auditScenario,
];

const setup =
  `Each size: the people in three services (two home care, one care home), ${String(versionsPerPerson)} plan versions each (about 44 KB of JSON, the last in use), ` +
  `one daily record per person for each of the last ${String(recordDays)} days, ${String(abcRecordsEach)} ABC records for 1 person in ${String(abcShare)}, ` +
  `${String(carerCount)} care workers (one care worker role each), a senior and a registered manager in every service, and the plan-quality runs of the first audit ` +
  `of the organisation copied back once a week for ${String(auditHistoryWeeks)} weeks. The audit log starts empty (only the benchmark\u2019s own requests add to it).`;

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 100))
    throw new Error(`--sizes takes whole numbers of people of at least 100, separated by commas, not "${text}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Fails before anything is seeded when --write has nowhere to write. */
function checkMarkers(file: string): void {
  const name = blockName(mode);
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  if (!doc.includes(start) || !doc.includes(end) || doc.indexOf(end) < doc.indexOf(start))
    throw new Error(`${file} has no ${start} … ${end} block to write the figures into: add the two markers first`);
}

interface Running {
  db: BenchDatabase | null;
  server: ServerProcess | null;
  sql: AppSql | null;
}
const running: Running = { db: null, server: null, sql: null };

/**
 * Runs both sides of a scenario. A failure (a wrong answer, an error, the server stopping) is kept as the scenario's
 * outcome rather than ending the run, so a long run at 10,000 people still reports every other figure.
 */
async function runScenario(scenario: Scenario, serverPid: number): Promise<ScenarioOutcome> {
  const { key, label, baseline } = scenario;
  try {
    const hearth = await measure(scenario.hearth, serverPid, scenario.hearth.operation);
    const sql = await measure(scenario.sql, 'self', scenario.sql.operation);
    const ratio = hearth.summary.median / sql.summary.median;
    log(`  ${label}: Hearth median ${hearth.summary.median.toFixed(1)} ms, SQL ${sql.summary.median.toFixed(2)} ms (${ratio.toFixed(1)}×)`);
    return { key, label, baseline, hearth, sql };
  } catch (error) {
    const failure = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? 'unknown';
    log(`  ${label}: FAILED: ${failure}`);
    return { key, label, baseline, failure };
  }
}

async function runSize(size: number): Promise<{ run: SizeRun; serverVersion: string }> {
  log(`\n${size.toLocaleString('en-GB')} people: a fresh database`);
  const db = await openBenchDatabase(process.env.DATABASE_URL);
  running.db = db;
  const seedStarted = performance.now();
  const data = await seedScale(db.adminUrl, size, (m) => {
    log(`  ${m}`);
  });
  let seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`  seeded in ${seedSeconds.toFixed(0)} s`);

  const runStarted = performance.now();
  const server = await startServer(db);
  running.server = server;
  const senior = await signIn(server.baseUrl, data.org.senior.email, benchPassword);
  const manager = await signInWithCode(server.baseUrl, data.manager.email, benchPassword, data.manager.totpSecret);
  const carers = [];
  for (const carer of data.carers) carers.push(await signIn(server.baseUrl, carer.email, benchPassword));
  const ctxBase = { baseUrl: server.baseUrl, data, password: benchPassword, senior, manager, carers };
  const auditMs = await firstAudit(ctxBase);
  log(`  first audit of the organisation over HTTP: ${(auditMs / 1000).toFixed(1)} s; copying its runs back as the nightly history`);
  const historyStarted = performance.now();
  const history = await seedAuditHistory(db.adminUrl);
  seedSeconds += (performance.now() - historyStarted) / 1000;
  log(`  ${history.toLocaleString('en-GB')} nightly audit runs, one a week per plan for 12 weeks`);
  const tables = await tableSizes(db.adminUrl, [...seededTables.filter((t) => !['organisations', 'services', 'staff_grants', 'care_plans'].includes(t)), 'plan_audit_runs']);

  const sql = new AppSql(db.appUrl, data.org.organisationId, 50);
  running.sql = sql;
  const ctx: ScenarioContext = { ...ctxBase, sql };
  const load: [number, number] = [os.loadavg()[0] ?? 0, 0];
  const scenarios: ScenarioOutcome[] = [];
  for (const build of scenarioBuilders) scenarios.push(await runScenario(build(ctx), server.pid));
  load[1] = os.loadavg()[0] ?? 0;
  const runSeconds = (performance.now() - runStarted) / 1000;

  await cleanUp();
  const result: SizeRun = { people: size, seedSeconds, runSeconds, tables, scenarios, load };
  log('');
  log(terminalLines(result));
  return { run: result, serverVersion: db.serverVersion };
}

async function run(): Promise<void> {
  const sizes = parseSizes(args.sizes);
  if (args.write) checkMarkers(args.doc);
  log(mode === 'external' ? 'Database: fresh databases on the server at DATABASE_URL' : 'Database: embedded PostgreSQL in a temporary folder');
  const started = performance.now();
  const results: SizeRun[] = [];
  let serverVersion = 'unknown';
  for (const size of sizes) {
    const done = await runSize(size);
    results.push(done.run);
    serverVersion = done.serverVersion;
  }
  log(`\nAll sizes in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const block = markdownBlock({ mode, serverVersion, machine: machine(), date: new Date(), setup, sizes: results });
  if (args.write) {
    writeBlock(args.doc, blockName(mode), block);
    log(`Wrote the figures into ${args.doc}`);
  } else {
    log('\n(run with --write to put the block into docs/performance.md)');
  }
  const failed = results.flatMap((r) => r.scenarios.filter(isFailure).map((s) => `${s.label} at ${r.people.toLocaleString('en-GB')} people`));
  if (failed.length > 0) {
    process.stderr.write(`${String(failed.length)} scenarios failed: ${failed.join('; ')}\n`);
    process.exitCode = 1;
  }
}

async function cleanUp(): Promise<void> {
  const { server, sql, db } = running;
  running.server = null;
  running.sql = null;
  running.db = null;
  await server?.stop().catch(() => undefined);
  await sql?.end().catch(() => undefined);
  await db?.close();
}

process.once('SIGINT', () => {
  log('\nStopping: removing the benchmark database');
  void cleanUp().finally(() => process.exit(130));
});

run()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    process.stderr.write(`The scale benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanUp().catch((e: unknown) => {
      process.stderr.write(`and could not clean up: ${String(e)}\n`);
    });
    process.exit(1);
  });
