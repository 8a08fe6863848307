// F43: the plan records the person's consent (or a proxy's), and who they agree may see and share it. With the
// person's records known, a dated consent record for a section of the plan counts too, and a section they refused
// consent to, with nothing recorded about what happens instead, is pointed out.
import { consentScopeKey, type ConsentBody } from '../../capacity/consent.js';
import type { AuditCapacityRecord, AuditInput } from '../audit-input.js';
import type { Finding } from '../finding.js';
import { evidenceField } from '../capacity-records.js';
import { answerOf, findSection, sectionInUse, sectionTitle } from '../plan-reading.js';
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

type ConsentRecord = AuditCapacityRecord<ConsentBody>;

/** For each plan section with consent records, the newest (by the date decided, then the day recorded). */
function newestSectionConsents(input: AuditInput): ConsentRecord[] {
  const newest = new Map<string, ConsentRecord>();
  for (const record of input.capacity?.consents ?? []) {
    if (record.body.scope.kind !== 'plan_section') continue;
    const key = consentScopeKey(record.body.scope);
    const known = newest.get(key);
    const later =
      !known ||
      record.body.decidedOn > known.body.decidedOn ||
      (record.body.decidedOn === known.body.decidedOn && record.recordedOn > known.recordedOn);
    if (later) newest.set(key, record);
  }
  return [...newest.values()];
}

/** A dated consent to a section of the plan: given by the person or their attorney, or a best-interests decision. */
function consentOnRecord(input: AuditInput): boolean {
  return newestSectionConsents(input).some((r) => r.body.answer === 'given' || r.body.basis === 'best_interests');
}

export const consentRecorded: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mental_capacity_and_consent') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    if (!ref) return [];
    const found: Finding[] = [];
    if (input.version.agreement === null && !answerOf(ref, 'consent_to_plan') && !consentOnRecord(input)) {
      found.push(
        missingAnswer(
          report,
          input,
          ref,
          'consent_to_plan',
          input.capacity?.consents === undefined
            ? 'Nothing records the person\u2019s consent to the plan, or a representative\u2019s.'
            : 'Nothing records the person\u2019s consent to the plan, or a representative\u2019s: not the plan, its agreement or a consent record.',
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
      ...refusals(input),
    );
    return found;
  },
};

/** Sections the person refused consent to, still in the plan, with nothing recorded about what happens instead. */
function refusals(input: AuditInput): Finding[] {
  return newestSectionConsents(input).flatMap((record) => {
    const { scope, answer, afterRefusal, decidedOn } = record.body;
    if (scope.kind !== 'plan_section' || answer !== 'refused' || afterRefusal !== null) return [];
    const section = findSection(input.content, scope.sectionKey);
    if (!section || section.section.notApplicable !== null) return [];
    return [
      report({
        sectionKey: scope.sectionKey,
        field: evidenceField('consents', record.id),
        severity: 'warn',
        explanation: `The consent record of ${decidedOn} says consent to ${sectionTitle(input, scope.sectionKey)} was refused, and records nothing about what happens instead; the plan still includes the section.`,
        howToFix:
          'Talk with the person about what they want instead, write it in the section, and record it with a new consent record.',
      }),
    ];
  });
}
