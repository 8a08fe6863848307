// B11: plans are read by families and professionals, so language is respectful and factual, not subjective.
import type { Finding } from '../finding.js';
import { sectionsInUse, sectionTexts } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { findPhrases } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'B11',
  title: 'Respectful, factual language',
  severity: 'warn',
  guidance: hcpa(
    'generalGuidance',
    'respectful: language must be respectful and factual, not subjective, and meet EEDI standards',
  ),
  cqc: ['Treating people as individuals', 'Person-centred care', 'Equity in access'],
} as const;
const report = reporter(meta);

export const respectfulLanguage: AuditRule = {
  ...meta,
  configKeys: ['subjectiveTerms'],
  appliesTo: always,
  check: (input, config) => {
    // Plain loops: this runs over every text of the plan, and most texts hold no judgement at all.
    const found: Finding[] = [];
    for (const ref of sectionsInUse(input.content)) {
      for (const t of sectionTexts(ref)) {
        const matches = findPhrases(t, config.subjectiveTerms);
        if (matches.length === 0) continue;
        const terms = [...new Set(matches.map((m) => t.text.slice(m.start, m.end)))];
        found.push(
          report({
            sectionKey: ref.key,
            field: t.field,
            explanation: `\u201c${terms.join('\u201d, \u201c')}\u201d ${terms.length === 1 ? 'is a judgement' : 'are judgements'}, not a description of what happened.`,
            howToFix:
              'Describe what the person did or said, when, and what helps, for example \u201cMary declined her 08:00 wash and told staff she prefers to wash after breakfast\u201d.',
          }),
        );
      }
    }
    return found;
  },
};
