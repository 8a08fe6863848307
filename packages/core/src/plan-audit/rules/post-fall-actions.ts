// G50: the plan says what to do after a fall: the local falls pathway or the provider's post-fall procedure.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G50',
  title: 'Post-fall actions',
  severity: 'fail',
  guidance: hcpa('mobility', 'follow the Hertfordshire falls pathway for reducing falls risk and for what to do after a fall'),
  cqc: ['Safe systems, pathways and transitions', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

export const postFallActions: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'after_a_fall',
          'Staff need to know what to do if the person falls: the falls pathway or post-fall procedure, and who to contact.',
        )
      : [];
  },
};
