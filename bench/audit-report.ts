// The audit benchmark's figures for the terminal and for its own block of docs/performance.md (bench:audit).
import os from 'node:os';
import type { AuditBenchResult } from './audit-plans.js';
import { machine } from './report.js';

export const auditAimMs = 2000;

const ms = (n: number) => n.toFixed(2);

export function auditTerminalLines(r: AuditBenchResult, load: [number, number]): string {
  const s = r.perPlan;
  return [
    `Plan audit: ${r.plans.toLocaleString('en-GB')} plans (${r.planKb.toFixed(0)} KB of JSON each) audited in ${r.totalMs.toFixed(0)} ms (${r.cpuMs.toFixed(0)} ms of CPU), in-process, no database`,
    `  per plan: median ${ms(s.median)} ms, p95 ${ms(s.p95)} ms, p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms`,
    `  ${r.totalMs < auditAimMs ? 'under' : 'OVER'} the ${auditAimMs / 1000} s aim; average score ${r.averageScore.toFixed(0)}, ` +
      `${r.averageFindings.toFixed(0)} findings a plan, ${(r.failingShare * 100).toFixed(0)}% of plans with a failing rule`,
    `  load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end, on ${os.cpus().length} cores`,
  ].join('\n');
}

/** The same audit over plans the size of the example plans: a second row, read beside the first. */
export function exampleSizedLines(r: AuditBenchResult): string {
  return `  plans the size of the examples (${r.planKb.toFixed(0)} KB each): ${r.plans.toLocaleString('en-GB')} in ${r.totalMs.toFixed(0)} ms (${r.cpuMs.toFixed(0)} ms of CPU), median ${ms(r.perPlan.median)} ms, ${r.totalMs < auditAimMs ? 'under' : 'OVER'} the aim`;
}

export function auditMarkdownBlock(r: AuditBenchResult, load: [number, number], now: Date, exampleSized?: AuditBenchResult): string {
  const m = machine();
  const s = r.perPlan;
  const verdict = r.totalMs < auditAimMs ? `under the ${auditAimMs / 1000} s aim` : `**over** the ${auditAimMs / 1000} s aim`;
  return [
    `Measured ${now.toISOString().slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}, Node ${m.node}, in one process with no database.`,
    `The machine's load average was ${load[0].toFixed(1)} when measuring began and ${load[1].toFixed(1)} when it ended.`,
    `Data: ${r.plans.toLocaleString('en-GB')} generated plans, every toolkit section filled (${r.planKb.toFixed(0)} KB of JSON each), with the person's record and version dates.`,
    `The audit gave an average score of ${r.averageScore.toFixed(0)}, ${r.averageFindings.toFixed(0)} findings a plan, and a failing rule in ${(r.failingShare * 100).toFixed(0)}% of the plans.`,
    '',
    '| Measure | Plans | Total (ms) | CPU (ms) | Median (ms) | p95 (ms) | p99 (ms) | Max (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    `| Audit a plan (\`auditPlan\`, every rule, default configuration) | ${r.plans} | ${r.totalMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`,
    ...(exampleSized ? [exampleSizedRow(exampleSized)] : []),
    '',
    `Auditing ${r.plans.toLocaleString('en-GB')} plans with every section filled: ${(r.totalMs / 1000).toFixed(2)} s (${(r.cpuMs / 1000).toFixed(2)} s of CPU), ${verdict}.`,
    ...(exampleSized
      ? [`Auditing ${exampleSized.plans.toLocaleString('en-GB')} plans the size of the example plans: ${(exampleSized.totalMs / 1000).toFixed(2)} s (${(exampleSized.cpuMs / 1000).toFixed(2)} s of CPU), ${exampleSized.totalMs < auditAimMs ? 'under' : '**over**'} the ${auditAimMs / 1000} s aim.`]
      : []),
  ].join('\n');
}

function exampleSizedRow(r: AuditBenchResult): string {
  const s = r.perPlan;
  return `| The same, plans the size of the two example plans (${r.planKb.toFixed(0)} KB of JSON each) | ${r.plans} | ${r.totalMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
}
