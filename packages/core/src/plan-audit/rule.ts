// The shape of an automatic audit rule, and the helper that turns a rule's facts into findings.
import type { AuditInput } from './audit-input.js';
import type { AuditConfig } from './config.js';
import type { CqcQualityStatement, Finding, GuidanceRef, Severity } from './finding.js';

export interface AuditRule {
  /** Group letter and the toolkit's rule number ("B12"); "X" for Hearth's additions. */
  id: string;
  title: string;
  /** The severity of its findings unless the rule says otherwise for one, or the provider overrides it. */
  severity: Severity;
  guidance: GuidanceRef;
  cqc: readonly CqcQualityStatement[];
  /** The configuration keys the rule reads, listed in docs/plan-audit-rules.md. */
  configKeys: readonly (keyof AuditConfig)[];
  /** False when the plan or what the caller knows gives the rule nothing to judge; it then neither passes nor fails. */
  appliesTo: (input: AuditInput, config: AuditConfig) => boolean;
  check: (input: AuditInput, config: AuditConfig) => Finding[];
  /**
   * How many separate things the rule checks, for the score; one unless said. B16 checks every required section,
   * so a plan missing ten sections loses ten times what a plan missing one does.
   */
  scoreItems?: (input: AuditInput, config: AuditConfig) => number;
}

export interface FindingDetail {
  sectionKey: string | null;
  field: string | null;
  missing?: string | null;
  explanation: string;
  howToFix: string;
  severity?: Severity;
}

export type Report = (detail: FindingDetail) => Finding;

/** A rule's `report`: fills in the rule id, guidance and quality statements, so a rule only says what is wrong. */
export function reporter(rule: Pick<AuditRule, 'id' | 'severity' | 'guidance' | 'cqc'>): Report {
  return (detail) => ({
    ruleId: rule.id,
    severity: detail.severity ?? rule.severity,
    sectionKey: detail.sectionKey,
    field: detail.field,
    missing: detail.missing ?? null,
    explanation: detail.explanation,
    howToFix: detail.howToFix,
    guidance: rule.guidance,
    cqc: rule.cqc,
  });
}

export const always = (): boolean => true;
