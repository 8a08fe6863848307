// The one entry point: run every enabled rule over a plan and score it. The score is the share of what the
// applicable rules weigh that the plan keeps: a rule that fails loses its whole weight, one that only warns loses
// the warning weight, and a rule checking several items (B16, one per section) weighs once per item
// (see docs/plan-audit-rules.md).
import type { AuditInput } from './audit-input.js';
import { withAuditScope } from './audit-scope.js';
import { defaultAuditConfig, type AuditConfig } from './config.js';
import type { Finding, Severity } from './finding.js';
import type { AuditRule } from './rule.js';
import { auditRules } from './rules/index.js';

export type RuleOutcome = 'pass' | Severity;

export interface RuleResult {
  id: string;
  title: string;
  /** The rule's severity after the provider's overrides: what it weighs in the score. */
  severity: Severity;
  outcome: RuleOutcome;
  /** How many things the rule checked, and how many of them it found wanting (for the score). */
  items: number;
  itemsFound: number;
}

export interface AuditResult {
  findings: Finding[];
  /** 0–100, or null when no rule applied. */
  score: number | null;
  rulesRun: RuleResult[];
  rulesNotApplicable: { id: string; title: string }[];
  rulesDisabled: string[];
}

export function auditPlan(
  input: AuditInput,
  config: AuditConfig = defaultAuditConfig,
  rules: readonly AuditRule[] = auditRules,
): AuditResult {
  // The rules read the same fields many times over: within this scope each field's text is scanned once.
  return withAuditScope(() => runRules(input, config, rules));
}

function runRules(input: AuditInput, config: AuditConfig, rules: readonly AuditRule[]): AuditResult {
  const findings: Finding[] = [];
  const rulesRun: RuleResult[] = [];
  const rulesNotApplicable: AuditResult['rulesNotApplicable'] = [];
  const rulesDisabled: string[] = [];
  for (const rule of rules) {
    if (config.disabledRules.includes(rule.id)) {
      rulesDisabled.push(rule.id);
      continue;
    }
    if (!rule.appliesTo(input, config)) {
      rulesNotApplicable.push({ id: rule.id, title: rule.title });
      continue;
    }
    const override = config.severityOverrides[rule.id];
    const checked = rule.check(input, config);
    const found = override ? checked.map((f) => ({ ...f, severity: override })) : checked;
    findings.push(...found);
    const outcome: RuleOutcome = found.some((f) => f.severity === 'fail') ? 'fail' : found.length > 0 ? 'warn' : 'pass';
    const items = Math.max(1, Math.trunc(rule.scoreItems?.(input, config) ?? 1));
    const itemsFound = outcome === 'pass' ? 0 : Math.min(items, Math.max(1, found.length));
    rulesRun.push({ id: rule.id, title: rule.title, severity: override ?? rule.severity, outcome, items, itemsFound });
  }
  return { findings, score: scoreOf(rulesRun, config.scoreWeights), rulesRun, rulesNotApplicable, rulesDisabled };
}

export function scoreOf(results: readonly RuleResult[], weights: AuditConfig['scoreWeights']): number | null {
  let total = 0;
  let lost = 0;
  for (const r of results) {
    const weight = weights[r.severity];
    total += weight * r.items;
    if (r.outcome !== 'pass') lost += Math.min(weight, weights[r.outcome]) * r.itemsFound;
  }
  return total === 0 ? null : Math.round(100 * (1 - lost / total));
}
