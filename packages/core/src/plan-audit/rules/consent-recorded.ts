// F43: the plan records the person's consent (or a proxy's), and who they agree may see and share it.
import type { Finding } from '../finding.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer, requireAnswer } from '../rule-helpers.js';
import { external } from './sources.js';

const meta = {
  id: 'F43',
  title: 'Consent and sharing preferences',
  severity: 'fail',
  guidance: external(
    'Social-care data-standards glossary (informed consent or proxy consent) and NHS Core Information Standard (consent preferences)',
  ),
  cqc: ['Consent to care and treatment', 'Listening to and involving people'],
} as const;
const report = reporter(meta);

export const consentRecorded: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mental_capacity_and_consent') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    if (!ref) return [];
    const found: Finding[] = [];
    if (input.version.agreement === null && !answerOf(ref, 'consent_to_plan')) {
      found.push(
        missingAnswer(
          report,
          input,
          ref,
          'consent_to_plan',
          'Nothing records the person\u2019s consent to the plan, or a representative\u2019s.',
        ),
      );
    }
    found.push(
      ...requireAnswer(
        report,
        input,
        ref,
        'sharing_preferences',
        'Record who the person agrees can see and share their plan.',
        'warn',
      ),
    );
    return found;
  },
};
