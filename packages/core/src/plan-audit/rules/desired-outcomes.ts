// J69: each section holds at least one desired outcome in the person's words, and none is so general it says nothing.
import { sectionsInUse, sectionTitle } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { mentionsAny, wordCount } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'J69',
  title: 'Desired outcomes in every section',
  severity: 'fail',
  guidance: hcpa(
    'communityAccess',
    'My Desired Outcomes: the person\u2019s goals in their voice, how each will be met and who is involved',
  ),
  cqc: ['Person-centred care', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const desiredOutcomes: AuditRule = {
  ...meta,
  configKeys: ['outcomesExemptSections', 'genericOutcomes', 'genericOutcomeMaxWords'],
  appliesTo: always,
  check: (input, config) =>
    sectionsInUse(input.content).flatMap((ref) => {
      if (config.outcomesExemptSections.includes(ref.key)) return [];
      if (ref.section.outcomes.length === 0) {
        return [
          report({
            sectionKey: ref.key,
            field: `${ref.path}.outcomes`,
            explanation: `${sectionTitle(input, ref.key)} has no desired outcome.`,
            howToFix: 'Record at least one goal in the person\u2019s words, how it will be met and who is involved.',
          }),
        ];
      }
      return ref.section.outcomes.flatMap((o, i) =>
        // The phrase first: the text scan usually rules it out, and counting words splits the goal up.
        mentionsAny(o.goal, config.genericOutcomes) && wordCount(o.goal) <= config.genericOutcomeMaxWords
          ? [
              report({
                sectionKey: ref.key,
                field: `${ref.path}.outcomes.${i}.goal`,
                severity: 'warn',
                explanation: `\u201c${o.goal}\u201d could be said of anyone.`,
                howToFix:
                  'Write the goal as the person would, with what it means for them, for example \u201cI want to go to church on Sundays\u201d.',
              }),
            ]
          : [],
      );
    }),
};
