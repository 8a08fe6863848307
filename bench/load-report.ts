// The persona load test's figures: a table for the terminal and the block written into docs/performance.md.
import type { Summary } from './stats.js';

export interface PersonaResult {
  persona: string;
  users: number;
  requests: number;
  errors: number;
  /** Null when the persona made no request at all (which the run reports as a failure of its own). */
  summary: Summary | null;
  perSecond: number;
  firstError: string | null;
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());

function cells(r: PersonaResult): string[] {
  const s = r.summary;
  return [r.persona, String(r.users), String(r.requests), String(r.errors), s ? ms(s.median) : '–', s ? ms(s.p95) : '–', s ? ms(s.p99) : '–', r.perSecond.toFixed(1)];
}

const headings = ['Persona', 'People', 'Requests', 'Errors', 'Median ms', 'p95 ms', 'p99 ms', 'Requests/s'];

function totals(rows: readonly PersonaResult[]): { requests: number; errors: number; perSecond: number } {
  return {
    requests: rows.reduce((n, r) => n + r.requests, 0),
    errors: rows.reduce((n, r) => n + r.errors, 0),
    perSecond: rows.reduce((n, r) => n + r.perSecond, 0),
  };
}

export function loadTable(rows: readonly PersonaResult[]): string {
  const all = [headings, ...rows.map(cells)];
  const widths = headings.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const t = totals(rows);
  return [...all.map(line), `All: ${t.requests} requests, ${t.errors} errors, ${t.perSecond.toFixed(1)} requests/s`].join('\n');
}

export function loadMarkdown(
  rows: readonly PersonaResult[],
  run: { seconds: number; elapsed: number; machine: { cpu: string; cores: number; memoryGb: number; node: string; os: string }; target: string; now: Date },
): string {
  const t = totals(rows);
  return [
    `Measured ${run.now.toISOString().slice(0, 10)} on ${run.machine.cpu} (${run.machine.cores} cores, ${run.machine.memoryGb} GB), Node ${run.machine.node}, against ${run.target}, for ${run.seconds} s (${run.elapsed.toFixed(1)} s with the last turns finishing). Latency is each whole request, sending to last byte.`,
    '',
    `| ${headings.join(' | ')} |`,
    `|${headings.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).join(' | ')} |`),
    `| **All** | ${rows.reduce((n, r) => n + r.users, 0)} | ${t.requests} | ${t.errors} | | | | ${t.perSecond.toFixed(1)} |`,
  ].join('\n');
}
