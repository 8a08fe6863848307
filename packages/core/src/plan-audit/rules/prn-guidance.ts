// E32: every "as needed" (PRN) medicine has clear guidance on when to give it, with the maximum dose and interval.
import { answerOf, sectionInUse, sectionTexts } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E32',
  title: 'PRN guidance',
  severity: 'fail',
  guidance: hcpa('medication', 'PRN medication: give clear guidance on when it should be administered'),
  cqc: ['Medicines optimisation', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

const prnWords = /\bprn\b|\bas needed\b|\bas required\b|\bwhen required\b/i;

export const prnGuidance: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    return ref !== null && sectionTexts(ref).some((t) => prnWords.test(t.text));
  },
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref) return [];
    const answer = answerOf(ref, 'prn_guidance');
    if (!answer)
      return [missingAnswer(report, input, ref, 'prn_guidance', 'The section mentions a PRN (\u201cas needed\u201d) medicine.')];
    if (/\d/.test(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        severity: 'warn',
        explanation: 'The PRN guidance gives no dose or time between doses.',
        howToFix:
          'For each PRN medicine give the signs to look for, the dose, the maximum in 24 hours and the minimum time between doses.',
      }),
    ];
  },
};
