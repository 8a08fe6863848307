// The automatic plan-quality audit: rules from the toolkit's audit list as pure functions over a plan.
export {
  cqcQualityStatements,
  type CqcQualityStatement,
  type Finding,
  type GuidanceRef,
  type Severity as FindingSeverity,
} from './finding.js';
export { auditConfigSchema, defaultAuditConfig, type AuditConfig, type AuditConfigOverrides } from './config.js';
export type {
  AuditBestInterestsDecision,
  AuditCapacity,
  AuditCapacityRecord,
  AuditInput,
  AuditPerson,
  AuditVersion,
} from './audit-input.js';
export { statedImpairmentOf } from './capacity.js';
export type { AuditRule } from './rule.js';
export { auditPlan, scoreOf, type AuditResult, type RuleOutcome, type RuleResult } from './audit-plan.js';
export { auditRules } from './rules/index.js';
export {
  auditInputFromExchange,
  chooseVersion as chooseExchangeVersion,
  type ExchangeAudit,
  type ExchangeAuditOptions,
  type ExchangeAuditResult,
} from './input-from-exchange.js';
export { formatAuditTable } from './format-findings.js';
export * from './audit-runs.js';
export { describeTrend } from './trend-description.js';
export * from './audit-settings.js';
export * from './quality-actions.js';
