// What an automatic audit rule reports: one finding per problem, pointing at the section and field it concerns,
// with a plain-English explanation, how to put it right, and the guidance it comes from.

export const severities = ['fail', 'warn'] as const;
export type Severity = (typeof severities)[number];

/**
 * CQC single assessment framework quality statements a finding can relate to. Spelt once here so a typo cannot
 * invent one; the wording of those outside Responsive is still to be checked against CQC's pages (standards.md).
 */
export const cqcQualityStatements = [
  'Assessing needs',
  'Care provision, integration and continuity',
  'Consent to care and treatment',
  'Equity in access',
  'Governance, management and sustainability',
  'How staff, teams and services work together',
  'Independence, choice and control',
  'Involving people to manage risks',
  'Listening to and involving people',
  'Medicines optimisation',
  'Person-centred care',
  'Planning for the future',
  'Providing information',
  'Safe systems, pathways and transitions',
  'Safeguarding',
  'Treating people as individuals',
] as const;
export type CqcQualityStatement = (typeof cqcQualityStatements)[number];

/** Where a rule comes from: stated by the toolkit (HCPA), another source (EXTERNAL), or Hearth's reading of them (DERIVED). */
export interface GuidanceRef {
  source: 'HCPA' | 'EXTERNAL' | 'DERIVED';
  /** The page or standard, and the part of it, in words a reader can find. */
  reference: string;
  url: string | null;
}

export interface Finding {
  /** The toolkit's group letter and rule number, for example "B12" (see docs/plan-audit-rules.md). */
  ruleId: string;
  severity: Severity;
  /** The section the finding is about, or null for the plan as a whole. */
  sectionKey: string | null;
  /**
   * A dotted path into the plan content, as the plan forms' field errors name it (`sections.3.steps.1.what`,
   * `involvement`), or into the person's record (`person.nhsNumber`); null when nothing more precise exists.
   */
  field: string | null;
  /**
   * For something not written yet, which has no path: the question or checklist item, named as the section editor
   * names its inputs (`answers.key_worker`, `checklist.activities.standing_up`). Null otherwise.
   */
  missing: string | null;
  explanation: string;
  howToFix: string;
  guidance: GuidanceRef;
  cqc: readonly CqcQualityStatement[];
}
