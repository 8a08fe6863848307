// B16: every required section is present, or marked not applicable with a reason, and every section resolves to a definition.
import type { SectionContent } from '../../care-plan/plan-content.js';
import type { AuditInput } from '../audit-input.js';
import type { AuditConfig } from '../config.js';
import { sectionTitle } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import type { Finding } from '../finding.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B16',
  title: 'Navigable: every section present or marked not applicable',
  severity: 'fail',
  guidance: hcpa('generalGuidance', 'easy to navigate / indexed'),
  cqc: ['Care provision, integration and continuity', 'Governance, management and sustainability'],
} as const;
const report = reporter(meta);

function isEmpty(s: SectionContent): boolean {
  return (
    s.notApplicable === null &&
    s.checklist.length + s.answers.length + s.outcomes.length + s.steps.length + s.risks.length + s.equipment.length === 0 &&
    s.riskAssessments.general.length + s.riskAssessments.must.length + s.riskAssessments.falls.length === 0 &&
    s.strengths === null &&
    s.needs === null &&
    s.medicationSupportLevel === null
  );
}

function requiredKeys(input: AuditInput, config: AuditConfig): string[] {
  return config.requiredSectionKeys ?? input.definitions.map((d) => d.key);
}

export const navigable: AuditRule = {
  ...meta,
  configKeys: ['requiredSectionKeys'],
  appliesTo: always,
  scoreItems: (input, config) =>
    new Set([...requiredKeys(input, config), ...input.content.sections.map((s) => s.sectionKey)]).size,
  check: (input, config) => {
    const found: Finding[] = [];
    const known = new Set(input.definitions.map((d) => d.key));
    const present = new Set(input.content.sections.map((s) => s.sectionKey));
    for (const key of requiredKeys(input, config)) {
      if (present.has(key)) continue;
      found.push(
        report({
          sectionKey: key,
          field: 'sections',
          explanation: `The plan has no ${sectionTitle(input, key)} section.`,
          howToFix: 'Write the section with the person, or mark it as not applicable and say why.',
        }),
      );
    }
    const seen = new Set<string>();
    input.content.sections.forEach((s, i) => {
      if (!known.has(s.sectionKey)) {
        found.push(
          report({
            sectionKey: s.sectionKey,
            field: `sections.${i}.sectionKey`,
            explanation: `There is no section definition called \u201c${s.sectionKey}\u201d, so the section cannot be found in the plan\u2019s index.`,
            howToFix:
              'Move the content into one of the plan\u2019s sections, or add the section to the provider\u2019s definitions.',
          }),
        );
      } else if (seen.has(s.sectionKey)) {
        found.push(
          report({
            sectionKey: s.sectionKey,
            field: `sections.${i}.sectionKey`,
            explanation: `${sectionTitle(input, s.sectionKey)} appears more than once.`,
            howToFix: 'Merge the two into one section.',
          }),
        );
      } else if (isEmpty(s)) {
        found.push(
          report({
            sectionKey: s.sectionKey,
            field: `sections.${i}`,
            explanation: `${sectionTitle(input, s.sectionKey)} is empty.`,
            howToFix: 'Write the section, or mark it as not applicable and say why.',
          }),
        );
      }
      seen.add(s.sectionKey);
    });
    return found;
  },
};
