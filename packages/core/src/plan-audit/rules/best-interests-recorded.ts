// F41: where capacity is lacking, best-interests decisions and DoLS status are recorded, and any LPA states its type.
import type { Finding } from '../finding.js';
import { recordedCapacity } from '../capacity.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F41',
  title: 'Best interests, DoLS and LPA recorded',
  severity: 'fail',
  guidance: hcpa('mentalCapacity', 'best interest, deprivation of liberty and power of attorney'),
  cqc: ['Consent to care and treatment', 'Safeguarding'],
} as const;
const report = reporter(meta);

export const bestInterestsRecorded: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mental_capacity_and_consent') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    if (!ref) return [];
    const found: Finding[] = [];
    const status = recordedCapacity(input.content);
    if (status === 'some' || status === 'lacks') {
      found.push(
        ...requireAnswer(
          report,
          input,
          ref,
          'best_interests_decisions',
          'Where the person lacks capacity for a decision, the best-interests decision and who was consulted must be recorded.',
        ),
        ...requireAnswer(
          report,
          input,
          ref,
          'deprivation_of_liberty',
          'Record any DoLS authorisation or application, or that none applies.',
        ),
      );
    }
    const lpa = answerOf(ref, 'lasting_power_of_attorney');
    if (lpa && !saysNo(lpa.text) && !/health|welfare|property|financ/i.test(lpa.text)) {
      found.push(
        report({
          sectionKey: ref.key,
          field: lpa.field,
          explanation: 'A Lasting Power of Attorney or deputy is recorded without its type.',
          howToFix:
            'Say whether it covers health and welfare, or property and financial affairs, and the date the registered document was seen.',
        }),
      );
    }
    return found;
  },
};
