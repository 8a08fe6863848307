// C17: the one-page profile's required fields are filled or marked N/A; the person's record holds the identifying ones.
import type { Finding } from '../finding.js';
import { answerOf, findSection, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'C17',
  title: 'One-page profile: required fields present',
  severity: 'fail',
  guidance: hcpa('onePageProfile', 'required contents (fields 1\u201320)'),
  cqc: ['Person-centred care', 'Care provision, integration and continuity'],
} as const;
const report = reporter(meta);

/** The profile's questions the toolkit requires; those the provider's definition drops are not asked. */
const requiredPrompts = [
  'key_worker',
  'dentist',
  'pharmacy',
  'equipment_services',
  'dietary_requirements',
  'dnacpr_location',
  'advance_care_plan_location',
  'treatment_escalation_plan',
  'purple_folder_location',
  'behaviour_support_plan_location',
];

export const profileRequiredFields: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'one_page_profile') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'one_page_profile');
    if (!ref) return [];
    const asked = new Set(input.definitions.find((d) => d.key === ref.key)?.prompts.map((p) => p.key) ?? requiredPrompts);
    const why = 'The toolkit asks for it in every one-page profile.';
    const found: Finding[] = requiredPrompts
      .filter((key) => asked.has(key) && !answerOf(ref, key))
      .map((key) => missingAnswer(report, input, ref, key, why));
    const person = input.person;
    if (!person) return found;
    const onRecord = (field: string, what: string) =>
      report({
        sectionKey: ref.key,
        field: `person.${field}`,
        explanation: `The person\u2019s record has no ${what}, which the one-page profile shows.`,
        howToFix: `Add the ${what} to the person\u2019s record.`,
      });
    if (person.nhsNumber === null) found.push(onRecord('nhsNumber', 'NHS number'));
    if (person.gp === null) found.push(onRecord('gp', 'GP surgery'));
    if (person.contacts !== undefined && !person.contacts.some((c) => c.isNextOfKin))
      found.push(onRecord('contacts', 'next of kin'));
    if (person.alerts !== undefined && !person.alerts.some((a) => a.kind === 'allergy')) {
      found.push(
        report({
          sectionKey: ref.key,
          field: 'person.alerts',
          explanation: 'The person\u2019s record has no allergies recorded, not even \u201cno known allergies\u201d.',
          howToFix:
            'Record each allergy (including medication allergies) as an allergy alert, or one saying \u201cNo known allergies\u201d.',
        }),
      );
    }
    const safety = findSection(input.content, 'safety_and_my_home');
    const accessInPlan = safety !== null && answerOf(safety, 'access_to_my_home') !== null;
    if (person.accessDetails !== undefined && person.accessDetails.howToGetIn === null && !accessInPlan)
      found.push(onRecord('accessDetails.howToGetIn', 'details of how to get into the home'));
    return found;
  },
};
