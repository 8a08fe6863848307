// H55: cultural or religious preferences for personal care are recorded, or "none identified".
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H55',
  title: 'Cultural and religious preferences for personal care',
  severity: 'fail',
  guidance: hcpa('personalCare', 'record cultural or religious aspects of personal care'),
  cqc: ['Treating people as individuals', 'Equity in access'],
} as const;
const report = reporter(meta);

export const personalCareCulture: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'personal_care') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'personal_care');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'cultural_or_religious_preferences',
          'Record any preference (for example washing under running water), or \u201cnone identified\u201d.',
        )
      : [];
  },
};
