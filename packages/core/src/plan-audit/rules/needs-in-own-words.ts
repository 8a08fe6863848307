// J72: needs are recorded as the person expresses them ("to dress myself"), not only as professional labels.
import { sectionsInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { external } from './sources.js';

const meta = {
  id: 'J72',
  title: 'Needs from the person\u2019s perspective',
  severity: 'warn',
  guidance: external(
    'NHS Core Information Standard, Care and Support Plan > Needs, Concerns or Problems: as identified by the person with their carers',
  ),
  cqc: ['Person-centred care', 'Listening to and involving people'],
} as const;
const report = reporter(meta);

export const needsInOwnWords: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionsInUse(input.content).length > 0,
  check: (input) => {
    if (sectionsInUse(input.content).some((ref) => ref.section.needs !== null)) return [];
    return [
      report({
        sectionKey: null,
        field: null,
        explanation: 'No section records the person\u2019s needs in their own words.',
        howToFix:
          'In each section, write what the person says they need, for example \u201cI need help to reach my back and feet\u201d.',
      }),
    ];
  },
};
