// The visit-recording figures for the terminal and for their block of docs/performance.md (one block per kind of
// database, as for plans and packs).
import { machine } from './report.js';
import type { VisitsOutcome } from './visits.js';

export interface VisitsResult extends VisitsOutcome {
  mode: 'embedded' | 'external';
  serverVersion: string;
  /** The machine's 1-minute load average when recording began and ended. */
  load: [number, number];
}

/** The block each kind of database writes into: `<!-- bench:visits:start -->` for embedded, `visits-external` for a server. */
export const visitsBlock = (mode: VisitsResult['mode']) => (mode === 'embedded' ? 'visits' : 'visits-external');

const ms = (n: number) => n.toFixed(1);
const label = (r: VisitsResult) =>
  r.mode === 'embedded' ? `embedded PostgreSQL ${r.serverVersion}` : `PostgreSQL ${r.serverVersion} server (DATABASE_URL)`;

export function visitsTerminalLines(r: VisitsResult): string {
  const header = ['', 'records', 'requests', 'per second', 'median', 'p95', 'p99', 'max', 'busy/lock'];
  const rows = r.runs.map((run) => [
    `record a visit, ${run.label}`,
    run.records,
    run.requests,
    run.perSecond.toFixed(0),
    ms(run.summary.median),
    ms(run.summary.p95),
    ms(run.summary.p99),
    ms(run.summary.max),
    `${run.lockWaits.meanActive.toFixed(1)}/${run.lockWaits.meanWaiting.toFixed(1)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
  return [
    `Recording visits on ${label(r)}: ${r.carers} care workers, ${r.people.toLocaleString('en-GB')} people (times in ms)`,
    line(header),
    ...rows.map(line),
    `Sent twice at once: ${r.retry.sentTwice}; stored ${r.retry.rowsStored} records for ${r.retry.recordsSent} sent, each once. Load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end, on ${machine().cores} cores.`,
  ].join('\n');
}

export function visitsMarkdownBlock(r: VisitsResult, now: Date): string {
  const m = machine();
  const steady = r.runs.filter((run) => run.requests === run.records);
  const best = steady.length > 0 ? steady.reduce((a, b) => (b.perSecond > a.perSecond ? b : a)) : undefined;
  return [
    `Measured ${now.toISOString().slice(0, 10)} on ${label(r)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}, Node ${m.node}.`,
    `The machine's load average was ${r.load[0].toFixed(1)} when recording began and ${r.load[1].toFixed(1)} when it ended.`,
    `Data: ${r.people.toLocaleString('en-GB')} people in three services (two homecare, one care home); ${r.carers} care workers, each signed in with a session of their own; ${r.warmUp} records to warm up first.`,
    '',
    '| Recording a visit | Records | Requests | Wall (s) | Records a second | Median (ms) | p95 (ms) | p99 (ms) | Max (ms) | Sessions busy | Waiting for a lock |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.runs.map(
      (run) =>
        `| ${run.label} | ${run.records} | ${run.requests} | ${(run.wallMs / 1000).toFixed(1)} | ${run.perSecond.toFixed(0)} | ${ms(run.summary.median)} | ${ms(run.summary.p95)} | ${ms(run.summary.p99)} | ${ms(run.summary.max)} | ${run.lockWaits.meanActive.toFixed(1)} | ${run.lockWaits.meanWaiting.toFixed(1)} |`,
    ),
    '',
    `Sent twice at once (a phone retrying): ${r.retry.sentTwice} records; each pair was answered once with 201 and once with 200 and the same record.`,
    `Checked afterwards as the database owner: ${r.retry.rowsStored.toLocaleString('en-GB')} rows for ${r.retry.recordsSent.toLocaleString('en-GB')} different records sent, every client id stored exactly once; ${r.retry.escalations} escalations raised, one for each escalated concern; ${r.retry.repeatsAudited} repeats audited as such.`,
    "Sessions busy and waiting for a lock: the benchmark database's sessions running a statement, and those waiting for a lock another transaction holds (the audit chain head, mostly), on average over samples every 50 ms during the run.",
    ...(best ? [`Most records a second: ${best.perSecond.toFixed(0)} (${best.label}).`] : []),
  ].join('\n');
}
