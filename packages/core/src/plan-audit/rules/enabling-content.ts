// B14: every section records what the person can do for themselves, not only what they cannot.
import { sectionsInUse, sectionTitle } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B14',
  title: 'Enabling content: what the person can do',
  severity: 'warn',
  guidance: hcpa('generalGuidance', 'enabling: focused on what the person can do for themselves'),
  cqc: ['Independence, choice and control', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const enablingContent: AuditRule = {
  ...meta,
  configKeys: ['enablingExemptSections'],
  appliesTo: always,
  check: (input, config) =>
    sectionsInUse(input.content)
      .filter((ref) => !config.enablingExemptSections.includes(ref.key) && ref.section.strengths === null)
      .map((ref) =>
        report({
          sectionKey: ref.key,
          field: `${ref.path}.strengths`,
          explanation: `${sectionTitle(input, ref.key)} does not say what the person can do for themselves.`,
          howToFix: 'Record the person\u2019s strengths and abilities here, and how they are kept or built on.',
        }),
      ),
};
