// The scan may only ever rule a match out that the exact matching would also rule out; these properties try texts
// and phrases made of the characters that could trip it (capitals, ſ and K, curly apostrophes, hyphens, accents).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { withAuditScope } from './audit-scope.js';
import { mayMatchTemplate } from './template-match.js';
import { pairSetsAtLeast, templateWordPairs, wordPairsOf } from './text-match.js';
import { joinTexts, mayContainPhrase, type ScannableText } from './text-scan.js';

/** The whole-word pattern text-match.ts builds for a phrase, written out again here so the test does not lean on it. */
function referencePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]"))
    .join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})s?(?![\\p{L}\\p{N}])`, 'iu');
}

const pieces = [
  'as',
  'needed',
  'Needs',
  'AS',
  'reg',
  'regular',
  's',
  "'",
  '\u2019',
  '-',
  ' ',
  '  ',
  '\n',
  '.',
  'a.m.',
  '\u017f',
  '\u212a',
  'k',
  'caf\u00e9',
  '\u00c9',
  'n/a',
  '08',
  '30',
  'x',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
const phrase = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

describe('the text scan never rules out a real match', () => {
  test('phrases: no match is missed', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { maxLength: 4 }), (t, phrases) => {
        const matches = phrases.some((p) => p.trim() !== '' && referencePattern(p).test(t));
        if (matches) expect(withAuditScope(() => mayContainPhrase(t, phrases))).toBe(true);
        if (matches) expect(mayContainPhrase(t, phrases)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('texts joined: no match is missed, across a join either', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(phrase, { maxLength: 4 }), (parts, phrases) => {
        const joined = parts.join('\n');
        const matches = phrases.some((p) => p.trim() !== '' && referencePattern(p).test(joined));
        if (matches) expect(withAuditScope(() => mayContainPhrase(joinTexts(parts), phrases))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('a text read as an object, its scan kept on it: no match is missed', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { maxLength: 4 }), (t, phrases) => {
        const matches = phrases.some((p) => p.trim() !== '' && referencePattern(p).test(t));
        const held: ScannableText = { text: t };
        if (matches) expect(withAuditScope(() => mayContainPhrase(held, phrases))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('lists first asked about after a text was scanned, and more lists than the scan keeps as bits', () => {
    withAuditScope(() => {
      const t = 'We walk to the shop on Tuesdays, zebra crossing first.';
      expect(mayContainPhrase(t, ['as needed'])).toBe(false);
      // Seventy new lists, each with a word of its own: numbers beyond 64 are kept in a list rather than as bits.
      const lists = Array.from({ length: 70 }, (_, i) => [`word${i}x`, `other${i}y thing`]);
      for (const list of lists) expect(mayContainPhrase(t, list)).toBe(false);
      expect(mayContainPhrase(t, ['zebra crossing', `${lists.length}`])).toBe(true);
      expect(mayContainPhrase(`${t} word69x`, lists[69] ?? [])).toBe(true);
      expect(mayContainPhrase(`${t} other68y things`, lists[68] ?? [])).toBe(true);
      expect(mayContainPhrase(`${t} other68y`, lists[68] ?? [])).toBe(false);
    });
  });

  test('the index emptied after very many lists: texts scanned before it are read again', () => {
    withAuditScope(() => {
      const t = 'She needs help as needed at lunchtime.';
      expect(mayContainPhrase(t, ['as needed'])).toBe(true);
      for (let i = 0; i < 10_050; i++) mayContainPhrase(t, [`many${i}z`]);
      expect(mayContainPhrase(t, ['as needed'])).toBe(true);
      expect(mayContainPhrase(t, ['lunchtime'])).toBe(true);
      expect(mayContainPhrase(t, ['teatime'])).toBe(false);
    });
  });

  test.each([
    ['She needs help as needed.', ['as needed'], true],
    ['She needs help AS-NEEDED.', ['as needed'], true],
    ['Check on Tuesdays', ['tuesday'], true],
    ['He was \u017ftubborn', ['stubborn'], true],
    ['Alzheimer\u2019s disease', ["alzheimer's"], true],
    ['She asked for tea as I like it', ['as needed', 'as required'], false],
    ['irregular visits', ['regular'], false],
  ])('%s, %j → %s', (t, phrases, expected) => {
    expect(mayContainPhrase(t, phrases)).toBe(expected);
  });

  test('templates: no text as alike as the threshold is ruled out', () => {
    const word = fc.constantFrom(
      'i',
      'like',
      'my',
      'tea',
      'Tea',
      "don't",
      'don\u2019t',
      'caf\u00e9',
      'with',
      'sugar',
      'in',
      'the',
      '-',
      'walk',
    );
    const words = fc.array(word, { maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        words,
        fc.array(words, { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (t, templates, threshold) => {
          const [goodExample = '', ...guidance] = templates;
          const definition = { key: 'x', goodExample, guidance } as unknown as SectionDefinition;
          const pairs = wordPairsOf(t);
          const alike = templates.some((tpl) => pairSetsAtLeast(pairs, templateWordPairs(tpl), threshold));
          if (alike) expect(mayMatchTemplate(t, definition, threshold)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
