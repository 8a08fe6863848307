// The audit benchmark: thousands of realistic plans, each with the person's record and version dates the server
// would pass, audited in this process with the default configuration. No database and no HTTP: only the rules.
import fs from 'node:fs';
import {
  auditPlan,
  defaultAuditConfig,
  planExchangeSchema,
  staffRoles,
  toolkitSections,
  type AuditInput,
  type AuditPerson,
  type AuditResult,
  type PlanContent,
} from '@hearth/core';
import { generatePlanContent, seededRandom } from './plan-content.js';
import { summarise, type Summary } from './stats.js';

export const auditToday = '2026-11-23';

export interface AuditBenchResult {
  plans: number;
  /** Wall time of the measured loop: every plan audited once, one after another. */
  totalMs: number;
  /** CPU time the process spent in that loop: less swayed than wall time by other work sharing the machine. */
  cpuMs: number;
  perPlan: Summary;
  /** Average plan size as JSON, and what the audit made of the plans, so a change in the figures can be read. */
  planKb: number;
  averageScore: number;
  averageFindings: number;
  failingShare: number;
}

function isoDay(base: string, days: number): string {
  return new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The audit input for one generated plan: a person's record and version dates varied by the same seed. */
export function benchAuditInput(seed: number): AuditInput {
  const random = seededRandom(seed * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const agreedOn = isoDay(auditToday, -Math.floor(random() * 240));
  const serviceStart = isoDay(agreedOn, -Math.floor(random() * 1500) - 1);
  const alerts: NonNullable<AuditPerson['alerts']>[number][] = [
    random() < 0.7
      ? { kind: 'allergy', description: 'Penicillin: rash' }
      : { kind: 'allergy', description: 'No known allergies' },
  ];
  if (random() < 0.2) alerts.push({ kind: 'alert', description: 'DNACPR in place: form in the hall drawer' });
  return {
    today: auditToday,
    content: generatePlanContent(seed),
    version: {
      status: 'in_use',
      createdOn: isoDay(agreedOn, -Math.floor(random() * 5)),
      agreedOn,
      agreement: {
        method: 'signed_on_screen',
        agreedBy: 'The person',
        date: agreedOn,
        witness: null,
        authority: null,
        bestInterestsDecision: null,
      },
      authorRole: pick(staffRoles),
    },
    firstAgreedOn: isoDay(serviceStart, Math.floor(random() * 4)),
    person: {
      serviceStartDate: serviceStart,
      emergencyStart: random() < 0.05,
      serviceKind: random() < 0.7 ? 'homecare' : 'care_home',
      nhsNumber: random() < 0.95 ? '9434765919' : null,
      contacts: random() < 0.9 ? [{ isNextOfKin: true }, { isNextOfKin: false }] : [],
      gp: random() < 0.95 ? { practice: 'Bancroft Surgery' } : null,
      alerts,
      accessDetails: { howToGetIn: random() < 0.8 ? 'Key safe by the back door' : null },
    },
    definitions: toolkitSections,
  };
}

export function buildAuditInputs(count: number, log: (m: string) => void): AuditInput[] {
  const inputs: AuditInput[] = [];
  for (let i = 1; i <= count; i++) {
    inputs.push(benchAuditInput(i));
    if (i % 1000 === 0) log(`  ${i.toLocaleString('en-GB')} plans generated`);
  }
  return inputs;
}

/** Audits every plan once, timing each call; a warm-up pass over the first plans lets the JIT settle first. */
export function timeAudits(inputs: readonly AuditInput[], warmUp = 200): AuditBenchResult {
  for (const input of inputs.slice(0, warmUp)) auditPlan(input, defaultAuditConfig);
  const timings: number[] = [];
  // What the results say is tallied as they come, and each result let go, as the server lets each go once stored:
  // keeping 5,000 results alive would time the garbage collector tracing them rather than the audit.
  const tally = { score: 0, findings: 0, failing: 0 };
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) {
    const t = performance.now();
    const result = auditPlan(input, defaultAuditConfig);
    timings.push(performance.now() - t);
    tallyResult(tally, result);
  }
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  const sample = inputs.slice(0, 100);
  const planKb = sample.reduce((sum, i) => sum + JSON.stringify(i.content).length, 0) / sample.length / 1024;
  return {
    plans: inputs.length,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    perPlan: summarise(timings),
    planKb,
    averageScore: tally.score / inputs.length,
    averageFindings: tally.findings / inputs.length,
    failingShare: tally.failing / inputs.length,
  };
}

function tallyResult(tally: { score: number; findings: number; failing: number }, result: AuditResult): void {
  tally.score += result.score ?? 0;
  tally.findings += result.findings.length;
  if (result.rulesRun.some((x) => x.outcome === 'fail')) tally.failing++;
}

/**
 * Plans the size providers write: the two example plans in docs/examples (about 3–5 KB of JSON, a tenth of the
 * generated ones), each audit with its own copy of the content (so nothing a text keeps on itself carries over from
 * one audit to the next) and the generated person's record and dates of the same seed.
 */
export function buildExampleSizedInputs(count: number, examples: readonly PlanContent[]): AuditInput[] {
  const inputs: AuditInput[] = [];
  for (let i = 1; i <= count; i++) {
    const example = examples[i % examples.length];
    if (!example) throw new Error('no example plans to audit');
    inputs.push({ ...benchAuditInput(i), content: structuredClone(example) });
  }
  return inputs;
}

/** The content of each example plan's latest version, checked against the exchange format as an import would. */
export function loadExamplePlans(files: readonly string[]): PlanContent[] {
  return files.map((file) => {
    const doc = planExchangeSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const latest = doc.versions.at(-1);
    if (!latest) throw new Error(`${file} holds no plan version`);
    return latest.content;
  });
}
