// Turns the measurements into a table for the terminal and a block of docs/performance.md, one block per kind of
// database, so a run on the embedded server does not wipe the figures measured on a PostgreSQL server.
import fs from 'node:fs';
import os from 'node:os';
import type { Summary } from './stats.js';

export interface BenchResult {
  mode: 'embedded' | 'external';
  serverVersion: string;
  people: number;
  versionsPerPerson: number;
  seedSeconds: number;
  storage: { versions: number; versionsTable: string; averageContent: string };
  planResponseKb: number;
  /** The first is one request at a time, against the aim; the others add concurrency or packs printing alongside. */
  openPlan: { label: string; summary: Summary; perSecond: number }[];
  packs: { size: 'standard' | 'large'; pages: number; kb: number; summary: Summary }[];
  /** The machine's 1-minute load average when measuring began and ended: other work on it slows every figure. */
  load: [number, number];
}

const aims = { openPlanP95: 20, packMedian: 500 };

export function machine(): { cpu: string; cores: number; memoryGb: number; node: string; os: string } {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const ms = (n: number) => n.toFixed(1);
const verdict = (value: number, aim: number) => (value < aim ? `under the ${aim} ms aim` : `**over** the ${aim} ms aim`);

export function databaseLabel(r: BenchResult): string {
  return r.mode === 'embedded' ? `embedded PostgreSQL ${r.serverVersion}` : `PostgreSQL ${r.serverVersion} server (DATABASE_URL)`;
}

export function terminalTable(r: BenchResult): string {
  const rows = [
    ...r.openPlan.map((o) => [
      `open current plan, ${o.label}`,
      o.summary.count,
      ms(o.summary.median),
      ms(o.summary.p95),
      ms(o.summary.p99),
      ms(o.summary.max),
    ]),
    ...r.packs.map((p) => [
      `pack PDF, ${p.size} print, ${p.pages} pages`,
      p.summary.count,
      ms(p.summary.median),
      ms(p.summary.p95),
      ms(p.summary.p99),
      ms(p.summary.max),
    ]),
  ];
  const header = ['', 'requests', 'median', 'p95', 'p99', 'max'];
  const perSecond = r.openPlan.map((o) => `${o.perSecond.toFixed(0)}/s ${o.label}`).join(', ');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
  return [
    `Hearth benchmark on ${databaseLabel(r)}, ${r.people.toLocaleString('en-GB')} people × ${r.versionsPerPerson} plan versions (times in ms)`,
    line(header),
    ...rows.map(line),
    `Plans opened: ${perSecond}. Load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end, on ${machine().cores} cores.`,
  ].join('\n');
}

export function markdownBlock(r: BenchResult, now: Date): string {
  const m = machine();
  const first = r.openPlan[0];
  const standard = r.packs.find((p) => p.size === 'standard');
  const lines = [
    `Measured ${now.toISOString().slice(0, 10)} on ${databaseLabel(r)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}, Node ${m.node}.`,
    `The machine's load average was ${r.load[0].toFixed(1)} when measuring began and ${r.load[1].toFixed(1)} when it ended (other work was running on it).`,
    `Data: ${r.people.toLocaleString('en-GB')} people, ${r.storage.versions.toLocaleString('en-GB')} plan versions (${r.versionsPerPerson} each, the last in use),`,
    `stored in ${r.storage.versionsTable} (content ${r.storage.averageContent} per version as stored, compressed); seeded in ${r.seedSeconds.toFixed(0)} s.`,
    `One current-plan response is ${r.planResponseKb.toFixed(0)} KB of JSON.`,
    '',
    '| Measure | Requests | Median (ms) | p95 (ms) | p99 (ms) | Max (ms) | Throughput |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...r.openPlan.map(
      (o) =>
        `| Open a current plan, ${o.label} | ${o.summary.count} | ${ms(o.summary.median)} | ${ms(o.summary.p95)} | ${ms(o.summary.p99)} | ${ms(o.summary.max)} | ${o.perSecond.toFixed(0)}/s |`,
    ),
    ...r.packs.map(
      (p) =>
        `| Print the pack PDF, ${p.size} print (${p.pages} pages, ${p.kb.toFixed(0)} KB) | ${p.summary.count} | ${ms(p.summary.median)} | ${ms(p.summary.p95)} | ${ms(p.summary.p99)} | ${ms(p.summary.max)} | |`,
    ),
    '',
    ...(first
      ? [`Opening a plan, one at a time: p95 ${ms(first.summary.p95)} ms, ${verdict(first.summary.p95, aims.openPlanP95)}.`]
      : []),
    ...(standard
      ? [
          `Printing a ${standard.pages}-page pack: median ${ms(standard.summary.median)} ms, ${verdict(standard.summary.median, aims.packMedian)}.`,
        ]
      : []),
  ];
  return lines.join('\n');
}

const marker = (name: string, end: 'start' | 'end') => `<!-- bench:${name}:${end} -->`;

/** Replaces one marked block of the document (`<!-- bench:NAME:start -->` … `end`), leaving the rest as written. */
export function writeBlock(file: string, name: string, body: string): void {
  const doc = fs.readFileSync(file, 'utf8');
  const start = doc.indexOf(marker(name, 'start'));
  const end = doc.indexOf(marker(name, 'end'));
  if (start < 0 || end < start)
    throw new Error(`${file} has no ${marker(name, 'start')} … ${marker(name, 'end')} block to write the figures into`);
  fs.writeFileSync(file, `${doc.slice(0, start)}${marker(name, 'start')}\n${body}\n${doc.slice(end)}`);
}

/** Replaces this database kind's block in the document, leaving the rest (method, findings) as written. */
export function writeIntoDocument(file: string, r: BenchResult, now: Date): void {
  writeBlock(file, r.mode, markdownBlock(r, now));
}
