// C19: a DNACPR decision is known to every care worker: it is an alert on the person's record, or their ReSPECT or
// DNACPR record (both shown on every screen about them), and the plan and the record agree about it.
import { cprNotToBeAttempted, resuscitationStatusLabels } from '../../capacity/resuscitation-record.js';
import type { AuditInput } from '../audit-input.js';
import { capitalise, evidenceField, newestRecord } from '../capacity-records.js';
import { answerOf, findSection, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { saysNo, saysYes } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'C19',
  title: 'DNACPR known to all staff',
  severity: 'fail',
  guidance: derived(
    'One-page profile: make sure all care staff and professionals are aware of the DNACPR (evidence: an alert on the record)',
    'onePageProfile',
  ),
  cqc: ['Planning for the future', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

const dnacprWords = /\b(?:dnacpr|dnar|dnr|respect form|do not attempt)\b/i;

function planAnswers(input: AuditInput) {
  const profile = sectionInUse(input.content, 'one_page_profile');
  const acp = sectionInUse(input.content, 'advance_care_planning');
  return [profile ? answerOf(profile, 'dnacpr_location') : null, acp ? answerOf(acp, 'dnacpr_or_respect') : null].filter(
    (a) => a !== null,
  );
}

/** The ReSPECT or DNACPR record in force, when the caller knows the person's records. */
function resuscitationRecord(input: AuditInput) {
  return newestRecord(input.capacity?.resuscitationRecords);
}

export const dnacprAwareness: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const record = resuscitationRecord(input);
    if (record && cprNotToBeAttempted(record.body)) return true;
    const knowsRecord = input.person?.alerts !== undefined || input.capacity?.resuscitationRecords !== undefined;
    return knowsRecord && planAnswers(input).length > 0;
  },
  check: (input) => {
    const alerts = input.person?.alerts ?? [];
    const hasAlert = alerts.some((a) => dnacprWords.test(a.description));
    const record = resuscitationRecord(input);
    const recordSaysNoCpr = record !== null && cprNotToBeAttempted(record.body);
    const recordName = record
      ? `the person\u2019s record (${resuscitationStatusLabels[record.body.status]}, recorded ${record.recordedOn})`
      : null;
    const answers = planAnswers(input);
    const yes = answers.find((a) => saysYes(a.text));
    const no = answers.find((a) => saysNo(a.text));
    if (yes && record && !recordSaysNoCpr) {
      return [
        report({
          sectionKey: null,
          field: evidenceField('resuscitationRecords', record.id),
          explanation: `The plan says a DNACPR decision is in place, but ${recordName ?? ''} says CPR is not ruled out.`,
          howToFix: 'Check the form with the person, their GP or family, and correct whichever is wrong.',
        }),
      ];
    }
    if (yes && !hasAlert && !recordSaysNoCpr) {
      return [
        report({
          sectionKey: null,
          field: 'person.alerts',
          explanation:
            'The plan says a DNACPR decision is in place, but the person\u2019s record has no DNACPR alert, so care workers may not see it.',
          howToFix: input.capacity?.resuscitationRecords
            ? 'Record the DNACPR decision or ReSPECT form on the person\u2019s record, with where the original is kept, so it shows on every screen.'
            : 'Add an alert to the person\u2019s record saying a DNACPR decision is in place and where the form is kept.',
        }),
      ];
    }
    if (no && (hasAlert || recordSaysNoCpr)) {
      return [
        report({
          sectionKey: null,
          field: no.field,
          explanation: recordSaysNoCpr
            ? `${capitalise(recordName ?? '')} holds a decision not to attempt CPR, but the plan says there is no DNACPR decision.`
            : 'The person\u2019s record has a DNACPR alert, but the plan says there is no DNACPR decision.',
          howToFix: 'Check the form with the person, their GP or family, and correct whichever is wrong.',
        }),
      ];
    }
    if (!yes && !no && record && recordSaysNoCpr) {
      const profile = findSection(input.content, 'one_page_profile');
      return [
        report({
          sectionKey: 'one_page_profile',
          field: evidenceField('resuscitationRecords', record.id),
          missing: profile ? 'answers.dnacpr_location' : null,
          explanation: `${capitalise(recordName ?? '')} holds a decision not to attempt CPR, but the plan does not say so or where the form is kept.`,
          howToFix: `Say in the one-page profile that a DNACPR decision is in place and where the form is kept${record.body.status === 'none' ? '' : ` (the record says: ${record.body.originalKeptAt})`}.`,
        }),
      ];
    }
    return [];
  },
};
