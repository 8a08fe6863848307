// J71: at least one strength is recorded beside a goal it helps the person reach.
import { sectionsInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { external } from './sources.js';

const meta = {
  id: 'J71',
  title: 'Strengths linked to goals',
  severity: 'warn',
  guidance: external(
    'NHS Core Information Standard, Care and Support Plan > Strengths: strengths relating to the person\u2019s goals and hopes',
  ),
  cqc: ['Independence, choice and control', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const strengthsLinkedToGoals: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionsInUse(input.content).some((ref) => ref.section.outcomes.length > 0),
  check: (input) => {
    if (sectionsInUse(input.content).some((ref) => ref.section.outcomes.length > 0 && ref.section.strengths !== null)) return [];
    return [
      report({
        sectionKey: null,
        field: null,
        explanation: 'No section records a strength beside the goals it supports.',
        howToFix: 'In a section with goals, record what the person can do that will help them reach those goals.',
      }),
    ];
  },
};
