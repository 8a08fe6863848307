// B10: a plan in the first person has the person's recorded involvement; without it, "I" statements are invented.
import { sectionsInUse, sectionTexts, sectionTitle } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { usesFirstPerson } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B10',
  title: 'First-person voice consistent with involvement',
  severity: 'fail',
  guidance: hcpa('generalGuidance', 'written in the first person where the individual has been supported to write the plan'),
  cqc: ['Person-centred care', 'Listening to and involving people'],
} as const;
const report = reporter(meta);

export const firstPersonVoice: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: always,
  check: (input) => {
    if (input.content.involvement.some((i) => i.kind === 'person')) return [];
    const howToFix =
      'Record how the person took part. If they could not contribute, write in the third person and record why, rather than speaking for them.';
    if (input.content.writtenInFirstPerson) {
      return [
        report({
          sectionKey: null,
          field: 'writtenInFirstPerson',
          explanation:
            'The plan says it is written in the person\u2019s own words, but does not record that the person took part.',
          howToFix,
        }),
      ];
    }
    return sectionsInUse(input.content).flatMap((ref) => {
      const first = sectionTexts(ref).find((t) => t.kind !== 'other' && usesFirstPerson(t.text));
      return first
        ? [
            report({
              sectionKey: ref.key,
              field: first.field,
              severity: 'warn',
              explanation: `${sectionTitle(input, ref.key)} speaks as the person (\u201cI\u201d, \u201cmy\u201d), but the plan does not record that the person took part.`,
              howToFix,
            }),
          ]
        : [];
    });
  },
};
