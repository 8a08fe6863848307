// H54: personal care includes at least one dignity or choice prompt in the person's voice.
import { answerOf, personalCareNeeded, sectionTexts } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { mentionsAny } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H54',
  title: 'Dignity prompt present',
  severity: 'warn',
  guidance: hcpa('personalCare', 'include prompts that uphold dignity, e.g. \u201cask me if I am ready to have a shower\u201d'),
  cqc: ['Treating people as individuals', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const dignityPrompt: AuditRule = {
  ...meta,
  configKeys: ['dignityPhrases'],
  appliesTo: (input) => personalCareNeeded(input.content) !== null,
  check: (input, config) => {
    const ref = personalCareNeeded(input.content);
    if (!ref || sectionTexts(ref).some((t) => t.kind !== 'other' && mentionsAny(t, config.dignityPhrases))) return [];
    const answer = answerOf(ref, 'how_i_like_it_done');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'how_i_like_it_done',
          'Nothing in personal care says how the person\u2019s dignity and choices are upheld.',
        ),
      ];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'Personal care has no dignity or choice prompt, such as asking whether the person is ready.',
        howToFix:
          'Add, in the person\u2019s words, how they want to be asked and what they do themselves, for example \u201cask me if I am ready\u201d.',
      }),
    ];
  },
};
