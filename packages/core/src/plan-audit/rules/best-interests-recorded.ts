// F41: where capacity is lacking, best-interests decisions and DoLS status are recorded, and any LPA states its type.
// With the person's records known, each assessment finding a lack of capacity needs a best-interests decision resting
// on it (unless the plan names them), a liberty safeguards record can state the DoLS status, and every lasting power
// of attorney or deputyship on the record needs the date its document was seen.
import { libertyAttention } from '../../capacity/deprivation-of-liberty.js';
import type { AuditInput } from '../audit-input.js';
import type { Finding } from '../finding.js';
import { recordedCapacity } from '../capacity.js';
import {
  capitalise,
  describeAssessment,
  describeAuthority,
  describeLiberty,
  evidenceField,
  hasBestInterestsDecision,
  lackingAssessments,
} from '../capacity-records.js';
import { answerOf, sectionInUse, type SectionRef } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
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

const sectionKey = 'mental_capacity_and_consent';

export const bestInterestsRecorded: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, sectionKey) !== null || lackingAssessments(input).length > 0,
  check: (input) => {
    const ref = sectionInUse(input.content, sectionKey);
    const status = recordedCapacity(input.content);
    const lacking = lackingAssessments(input);
    const found: Finding[] = [];
    if (status === 'some' || status === 'lacks' || lacking.length > 0) {
      found.push(...bestInterestsFindings(input, ref), ...libertyFindings(input, ref));
    }
    found.push(...lpaTypeFindings(input, ref), ...authorityFindings(input));
    return found;
  },
};

function bestInterestsFindings(input: AuditInput, ref: SectionRef | null): Finding[] {
  if (ref && answerOf(ref, 'best_interests_decisions')) return [];
  const lacking = lackingAssessments(input);
  if (lacking.length === 0) {
    return ref
      ? [
          missingAnswer(
            report,
            input,
            ref,
            'best_interests_decisions',
            'Where the person lacks capacity for a decision, the best-interests decision and who was consulted must be recorded.',
          ),
        ]
      : [];
  }
  return lacking
    .filter((a) => !hasBestInterestsDecision(input, a))
    .map((a) =>
      report({
        sectionKey,
        field: evidenceField('assessments', a.id),
        explanation: `${capitalise(describeAssessment(a))} found the person lacks capacity for it, but no best-interests decision rests on it and the plan names none.`,
        howToFix:
          'Record the best-interests decision for this decision on the person\u2019s capacity page: who was consulted, the less restrictive options weighed and what was decided.',
      }),
    );
}

function libertyFindings(input: AuditInput, ref: SectionRef | null): Finding[] {
  const records = input.capacity?.libertySafeguards;
  const found: Finding[] = [];
  const stated = (ref !== null && answerOf(ref, 'deprivation_of_liberty') !== null) || (records ?? []).length > 0;
  if (!stated && ref) {
    found.push(
      missingAnswer(
        report,
        input,
        ref,
        'deprivation_of_liberty',
        'Record any DoLS authorisation or application, or that none applies.',
      ),
    );
  } else if (!stated && records !== undefined) {
    found.push(
      report({
        sectionKey,
        field: evidenceField('libertySafeguards'),
        explanation: 'The person lacks capacity for a decision, but neither the plan nor their record states their DoLS status.',
        howToFix: 'Record any DoLS authorisation or application on the person\u2019s record, or that none is needed.',
      }),
    );
  }
  for (const record of records ?? []) {
    if (libertyAttention(record.body, input.today) !== 'expired') continue;
    found.push(
      report({
        sectionKey,
        field: evidenceField('libertySafeguards', record.id),
        severity: 'warn',
        explanation: `${capitalise(describeLiberty(record))} holds an authorisation that expired on ${record.body.expiresOn ?? ''}, so the DoLS status it gives is out of date.`,
        howToFix: 'Apply for a new authorisation, or record that it is no longer needed.',
      }),
    );
  }
  return found;
}

function lpaTypeFindings(input: AuditInput, ref: SectionRef | null): Finding[] {
  const lpa = ref ? answerOf(ref, 'lasting_power_of_attorney') : null;
  if (!lpa) return [];
  if (saysNo(lpa.text)) {
    // A plan saying there is none while the record holds one in force would send staff to the wrong person.
    const held = (input.capacity?.legalAuthorities ?? []).filter((r) => r.body.endedOn === null || r.body.endedOn > input.today);
    return held.slice(0, 1).map((r) =>
      report({
        sectionKey,
        field: lpa.field,
        severity: 'warn',
        explanation: `The plan says there is no Lasting Power of Attorney or deputy, but the person\u2019s record holds ${describeAuthority(r.body)}.`,
        howToFix: 'Check the registered document or court order and correct the plan or the record.',
      }),
    );
  }
  if (/health|welfare|property|financ/i.test(lpa.text)) return [];
  return [
    report({
      sectionKey,
      field: lpa.field,
      explanation: 'A Lasting Power of Attorney or deputy is recorded without its type.',
      howToFix:
        'Say whether it covers health and welfare, or property and financial affairs, and the date the registered document was seen.',
    }),
  ];
}

/** Every authority on the record still in force needs the date its document was seen: until then it cannot be relied on. */
function authorityFindings(input: AuditInput): Finding[] {
  return (input.capacity?.legalAuthorities ?? [])
    .filter((r) => (r.body.endedOn === null || r.body.endedOn > input.today) && r.body.seenOn === null)
    .map((r) =>
      report({
        sectionKey,
        field: evidenceField('legalAuthorities', r.id),
        explanation: `${capitalise(describeAuthority(r.body))} is recorded without the date the registered document or court order was seen.`,
        howToFix: 'See the original, a certified copy or the official online summary, and record the date it was seen.',
      }),
    );
}
