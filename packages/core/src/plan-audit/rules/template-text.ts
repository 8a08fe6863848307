// B13 (in part): text copied from the section's good example or guidance is not about this person. Comparing one
// person's plan with other people's plans needs those plans, which a single audit does not see.
import { sectionsInUse, sectionTexts, sectionTitle } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { mayMatchTemplate, templatesOf } from '../template-match.js';
import { pairSetsAtLeast, templateWordPairs, wordCount, wordPairsOf } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B13',
  title: 'Personalised, not template text',
  severity: 'warn',
  guidance: hcpa('generalGuidance', 'personalised, tailored to the person'),
  cqc: ['Person-centred care', 'Treating people as individuals'],
} as const;
const report = reporter(meta);

/** Shorter texts share too few word pairs for the comparison to mean anything. */
const minWords = 12;

export const templateText: AuditRule = {
  ...meta,
  configKeys: ['templateSimilarity'],
  appliesTo: always,
  check: (input, config) =>
    sectionsInUse(input.content).flatMap((ref) => {
      const definition = input.definitions.find((d) => d.key === ref.key);
      if (!definition) return [];
      let templates: Set<string>[] | null = null;
      return sectionTexts(ref)
        .filter((t) => {
          // Most text shares hardly a word pair with the templates: rule it out before counting exactly.
          if (!mayMatchTemplate(t, definition, config.templateSimilarity)) return false;
          if (wordCount(t.text) < minWords) return false;
          templates ??= templatesOf(definition).map(templateWordPairs);
          const pairs = wordPairsOf(t.text);
          return templates.some((tpl) => pairSetsAtLeast(pairs, tpl, config.templateSimilarity));
        })
        .map((t) =>
          report({
            sectionKey: ref.key,
            field: t.field,
            explanation: `This text is almost the same as the example or guidance for ${sectionTitle(input, ref.key)}, so it is unlikely to describe this person.`,
            howToFix: 'Write what this person told you, in their words: their routines, preferences and what matters to them.',
          }),
        );
    }),
};
