// The scale benchmark's figures as text: a table per size for the terminal, and the markdown block written into
// docs/performance.md (one per kind of database), with the machine, the date and how each scenario's cost grows.
// Pure: everything it shows is passed in.
import { growthBetween, growthThresholds, type Growth } from './growth.js';
import type { SideResult } from './timed-run.js';

export interface ScenarioFigures {
  key: string;
  label: string;
  /** What the direct-SQL side does. */
  baseline: string;
  hearth: SideResult;
  sql: SideResult;
}

/** A scenario that could not be measured: a wrong answer, an error, or the server stopping. */
export interface ScenarioFailure {
  key: string;
  label: string;
  baseline: string;
  failure: string;
}

export type ScenarioOutcome = ScenarioFigures | ScenarioFailure;

export const isFailure = (s: ScenarioOutcome): s is ScenarioFailure => 'failure' in s;

export interface TableFigures {
  table: string;
  rows: number;
  bytes: number;
}

export interface SizeRun {
  people: number;
  seedSeconds: number;
  /** From starting the server to the last scenario's end. */
  runSeconds: number;
  tables: TableFigures[];
  scenarios: ScenarioOutcome[];
  /** The 1-minute load average when the scenarios began and ended. */
  load: [number, number];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export interface ScaleReport {
  mode: 'embedded' | 'external';
  serverVersion: string;
  machine: Machine;
  date: Date;
  /** What each size's database holds besides the people, in a sentence. */
  setup: string;
  sizes: SizeRun[];
}

export const blockName = (mode: ScaleReport['mode']) => `scale:${mode}`;

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 1000) return ms.toFixed(1);
  return Math.round(ms).toLocaleString('en-GB');
}

const formatRate = (perSecond: number) => (perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond).toLocaleString('en-GB'));
const formatMb = (mb: number | null) => (mb === null ? 'n/a' : Math.round(mb).toLocaleString('en-GB'));
const formatBytes = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
const people = (n: number) => n.toLocaleString('en-GB');

/** Hearth's median over the direct-SQL median: how many times the work costs through Hearth. */
export const ratioOf = (s: ScenarioFigures) => s.hearth.summary.median / s.sql.summary.median;

const mainHeader: string[] = ['Scenario', 'n', 'Median (ms)', 'p95 (ms)', 'p99 (ms)', 'Per second', 'Peak MB', 'SQL median (ms)', 'Ratio'];
const sqlHeader: string[] = ['Direct SQL', 'n', 'Median (ms)', 'p95 (ms)', 'p99 (ms)', 'Per second', 'Peak MB'];

const failedRow = (s: ScenarioFailure, columns: number) => [s.label, 'failed', ...Array.from({ length: columns - 2 }, () => '')];

function mainRow(s: ScenarioOutcome): string[] {
  if (isFailure(s)) return failedRow(s, mainHeader.length);
  const h = s.hearth;
  return [
    s.label,
    String(h.n),
    formatMs(h.summary.median),
    formatMs(h.summary.p95),
    formatMs(h.summary.p99),
    formatRate(h.perSecond),
    formatMb(h.peakMb),
    formatMs(s.sql.summary.median),
    `${ratioOf(s).toFixed(1)}×`,
  ];
}

function sqlRow(s: ScenarioOutcome): string[] {
  if (isFailure(s)) return failedRow(s, sqlHeader.length);
  const q = s.sql;
  return [s.label, String(q.n), formatMs(q.summary.median), formatMs(q.summary.p95), formatMs(q.summary.p99), formatRate(q.perSecond), formatMb(q.peakMb)];
}


function markdownTable(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function plainTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)];
}

function failureLines(size: SizeRun): string[] {
  return size.scenarios.filter(isFailure).map((s) => `Failed: ${s.label}: ${s.failure}`);
}

function dataLine(size: SizeRun): string {
  const tables = size.tables.map((t) => `${t.table} ${people(t.rows)} rows (${formatBytes(t.bytes)})`).join(', ');
  return `Data: ${tables}. Seeded in ${size.seedSeconds.toFixed(0)} s; the server start, first audit and scenarios took ${size.runSeconds.toFixed(0)} s.`;
}

/** The terminal's table for one size, printed as soon as the size is done. */
export function terminalLines(size: SizeRun): string {
  return [
    `${people(size.people)} people (times in ms; ratio = Hearth median / SQL median)`,
    ...plainTable(mainHeader, size.scenarios.map(mainRow)),
    '',
    ...plainTable(sqlHeader, size.scenarios.map(sqlRow)),
    ...failureLines(size),
    dataLine(size),
    `Load average ${size.load[0].toFixed(1)} when the scenarios began, ${size.load[1].toFixed(1)} when they ended.`,
  ].join('\n');
}

export interface GrowthLine {
  label: string;
  hearth: Growth;
  sql: Growth;
}

/** Each scenario's growth from the smallest size run to the largest; empty with fewer than two sizes. */
export function growthOf(sizes: readonly SizeRun[]): GrowthLine[] {
  const sorted = [...sizes].sort((a, b) => a.people - b.people);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large || large.people === small.people) return [];
  return small.scenarios.flatMap((s) => {
    const l = large.scenarios.find((x) => x.key === s.key);
    if (!l || isFailure(s) || isFailure(l)) return [];
    return [
      {
        label: s.label,
        hearth: growthBetween({ people: small.people, median: s.hearth.summary.median }, { people: large.people, median: l.hearth.summary.median }),
        sql: growthBetween({ people: small.people, median: s.sql.summary.median }, { people: large.people, median: l.sql.summary.median }),
      },
    ];
  });
}

const describeGrowth = (g: Growth) => `×${g.costFactor.toFixed(1)} (b = ${g.exponent.toFixed(2)}): ${g.growth}`;

export function growthLines(sizes: readonly SizeRun[]): string[] {
  const lines = growthOf(sizes);
  const sorted = [...sizes].sort((a, b) => a.people - b.people);
  const [small, large] = [sorted[0], sorted.at(-1)];
  if (lines.length === 0 || !small || !large) return ['Growth: needs two sizes or more.'];
  const t = growthThresholds;
  return [
    `Growth from ${people(small.people)} to ${people(large.people)} people (×${people(large.people / small.people)}), medians, Hearth then direct SQL:`,
    '',
    ...lines.map((l) => `- ${l.label}: Hearth ${describeGrowth(l.hearth)}; SQL ${describeGrowth(l.sql)}.`),
    '',
    `b is the exponent in cost ∝ people^b, b = ln(median ratio) / ln(people ratio): flat below ${String(t.flatBelow)}, slower than the data below ${String(t.linearFrom)}, linear from ${String(t.linearFrom)} to ${String(t.linearTo)}, worse than linear above ${String(t.linearTo)}.`,
  ];
}

export function markdownBlock(r: ScaleReport): string {
  const m = r.machine;
  const database = r.mode === 'embedded' ? `embedded PostgreSQL ${r.serverVersion}` : `PostgreSQL ${r.serverVersion} server (DATABASE_URL)`;
  const lines = [
    `Measured ${r.date.toISOString().slice(0, 10)} on ${database}: ${m.cpu}, ${String(m.cores)} cores, ${String(m.memoryGb)} GB memory, ${m.os}, Node ${m.node}.`,
    'Hearth: requests over HTTP to the server in its own process; peak MB is that process\u2019s peak resident memory during the scenario (PostgreSQL\u2019s own memory is not counted).',
    'SQL: the same work as statements from the benchmark\u2019s process, as hearth_app with the organisation set as the server sets it, so row-level security applies; peak MB is the benchmark process\u2019s.',
    r.setup,
  ];
  for (const size of [...r.sizes].sort((a, b) => a.people - b.people)) {
    lines.push(
      '',
      `#### ${people(size.people)} people`,
      '',
      dataLine(size),
      `Load average ${size.load[0].toFixed(1)} when the scenarios began, ${size.load[1].toFixed(1)} when they ended.`,
      '',
      ...markdownTable(mainHeader, size.scenarios.map(mainRow)),
      '',
      ...markdownTable(sqlHeader, size.scenarios.map(sqlRow)),
      ...(failureLines(size).length > 0 ? ['', ...failureLines(size)] : []),
    );
  }
  const baselines = r.sizes[0]?.scenarios ?? [];
  lines.push('', 'What each SQL baseline does:', '', ...baselines.map((s) => `- ${s.label}: ${s.baseline}.`), '', ...growthLines(r.sizes));
  return lines.join('\n');
}
