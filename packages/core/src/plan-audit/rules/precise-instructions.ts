// B12: each instruction says exactly what to do. A vague phrase ("as required", "regularly") is flagged unless the
// same sentence gives a time, frequency or quantity ("every 4 hours", "at 08:30", "200 ml", "at lunchtime").
import type { Finding } from '../finding.js';
import { sectionsInUse, sectionTexts } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { mayContainPhrase, textOf, type TextLike } from '../text-scan.js';
import { findPhrases, isSpecific, sentences } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B12',
  title: 'Precise, unambiguous instructions',
  severity: 'warn',
  guidance: hcpa(
    'generalGuidance',
    'precise / descriptive, e.g. \u201cMary needs to be assisted to be repositioned every 4 hours\u201d',
  ),
  cqc: ['Safe systems, pathways and transitions', 'Person-centred care'],
} as const;
const report = reporter(meta);

/** The vague phrases in a text that no time, frequency or quantity in the same sentence makes specific. */
export function vaguePhrasesIn(t: TextLike, vague: readonly string[], specific: readonly string[]): string[] {
  // A sentence holds no phrase the whole text cannot hold: most instructions need not be split at all.
  if (!mayContainPhrase(t, vague)) return [];
  const found = sentences(textOf(t)).flatMap((sentence) => {
    // Most sentences hold no vague phrase, so look for one before asking whether the sentence is specific.
    const matches = findPhrases(sentence, vague);
    return matches.length === 0 || isSpecific(sentence, specific) ? [] : matches.map((m) => sentence.slice(m.start, m.end));
  });
  return [...new Set(found)];
}

export const preciseInstructions: AuditRule = {
  ...meta,
  configKeys: ['vaguePhrases', 'specificWords'],
  appliesTo: always,
  check: (input, config) => {
    // Plain loops: this runs over every instruction of the plan, and most hold no vague phrase at all.
    const found: Finding[] = [];
    for (const ref of sectionsInUse(input.content)) {
      for (const t of sectionTexts(ref)) {
        if (t.kind !== 'instruction') continue;
        const phrases = vaguePhrasesIn(t, config.vaguePhrases, config.specificWords);
        if (phrases.length === 0) continue;
        found.push(
          report({
            sectionKey: ref.key,
            field: t.field,
            explanation: `\u201c${phrases.join('\u201d, \u201c')}\u201d ${phrases.length === 1 ? 'leaves' : 'leave'} a care professional guessing how often, when or how much.`,
            howToFix:
              'Say exactly what to do and when, how often or how much, for example \u201creposition me every 4 hours\u201d.',
          }),
        );
      }
    }
    return found;
  },
};
