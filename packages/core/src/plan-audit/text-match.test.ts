import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { defaultAuditConfig } from './config.js';
import { isDate, plusDays } from './dates.js';
import {
  datesIn,
  findPhrases,
  isSpecific,
  pairSetSimilarity,
  pairSetsAtLeast,
  saysNo,
  saysYes,
  sentences,
  usesFirstPerson,
  wordPairSimilarity,
  wordPairsOf,
} from './text-match.js';

const specific = defaultAuditConfig.specificWords;

describe('reading plain English', () => {
  test.each([
    ['every 4 hours', true],
    ['2 tablets', true],
    ['200ml', true],
    ['at 08:30', true],
    ['at 8.30', true],
    ['at 8pm', true],
    ['twice a day', true],
    ['at lunchtime', true],
    ['on Tuesdays', true],
    ['three times a week', true],
    ['as required', false],
    ['when she seems thirsty', false],
    ['see section 3', false],
  ])('"%s" is specific: %s', (text, expected) => {
    expect(isSpecific(text, specific)).toBe(expected);
  });

  test.each([
    ['Reposition me regularly', ['regularly']],
    ['Irregular meals', []],
    ['Encourage me. Then monitor my skin', ['Encourage', 'monitor']],
    ['Use the standing hoist, not the hoist', ['standing hoist', 'hoist']],
    ['Assist-as-necessary', ['Assist-as-necessary']],
    ['He wanders at night', ['wanders']],
  ])('phrases in "%s"', (text, expected) => {
    const phrases = ['regularly', 'regular', 'encourage', 'monitor', 'assist as necessary', 'standing hoist', 'hoist', 'wanders'];
    expect(findPhrases(text, phrases).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });

  test('a phrase with regular-expression characters is matched literally, and an empty list matches nothing', () => {
    expect(findPhrases('Give 1+1 (two) tablets', ['1+1 (two)'])).toHaveLength(1);
    expect(findPhrases('anything at all', [])).toEqual([]);
    expect(findPhrases('anything at all', ['', '  '])).toEqual([]);
  });

  test('sentences split at full stops but not inside a time', () => {
    expect(sentences('Wake me at 08.30. Then tea; then news\nBed')).toEqual(['Wake me at 08.30', 'Then tea', 'then news', 'Bed']);
  });

  test.each([
    ['I like tea', true],
    ['Please help me', true],
    ['Edith likes tea', false],
    ['Iris likes tea', false],
  ])('"%s" speaks as the person: %s', (text, expected) => {
    expect(usesFirstPerson(text)).toBe(expected);
  });

  test('yes and no answers', () => {
    expect([saysYes('Yes, in the drawer'), saysYes('Y'), saysYes('Yesterday')]).toEqual([true, true, false]);
    expect([
      saysNo('No'),
      saysNo('None identified'),
      saysNo('Not applicable'),
      saysNo('Nothing else'),
      saysNo('Norwich'),
    ]).toEqual([true, true, true, false, false]);
  });

  test('dates written in text, real ones only', () => {
    expect(datesIn('From 2026-05-01 to 20/5/2026, not 2026-02-31')).toEqual(['2026-05-01', '2026-05-20']);
  });

  test('similarity is 1 for the same text, 0 for unrelated text, and symmetric', () => {
    const a = 'I like my tea with one sugar in the morning before my wash';
    expect(wordPairSimilarity(a, a)).toBe(1);
    expect(wordPairSimilarity(a, 'Tom takes me to church on Sundays at ten')).toBe(0);
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        const s = wordPairSimilarity(x, y);
        expect(s).toBe(wordPairSimilarity(y, x));
        expect(s >= 0 && s <= 1).toBe(true);
      }),
    );
  });

  test('the quick similarity check, which skips sets of very different sizes, agrees with the full count', () => {
    const word = fc.constantFrom('i', 'like', 'my', 'tea', 'with', 'sugar', 'in', 'the', 'morning', 'walk', 'to', 'shop');
    const words = fc.array(word, { maxLength: 30 });
    // Pairs of texts that overlap (one cut from the other, with a few words added) as well as unrelated ones.
    const texts = fc.oneof(
      fc.tuple(words, words),
      fc
        .tuple(words, fc.nat(30), fc.nat(30), fc.array(word, { maxLength: 4 }))
        .map(([w, a, b, extra]) => [w, [...w.slice(Math.min(a, b), Math.max(a, b)), ...extra]] as const),
    );
    const threshold = fc.oneof(fc.constantFrom(0, 0.1, 0.5, 0.7, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(texts, threshold, ([x, y], threshold) => {
        const [px, py] = [wordPairsOf(x.join(' ')), wordPairsOf(y.join(' '))];
        expect(pairSetsAtLeast(px, py, threshold)).toBe(pairSetSimilarity(px, py) >= threshold);
      }),
      { numRuns: 2000 },
    );
  });

  test('dates the rules cannot read are unknown, never an error', () => {
    expect([isDate('2026-02-28'), isDate('2026-02-31'), isDate('2026-2-1'), isDate(''), isDate(null)]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(plusDays('not a date', 2)).toBeNull();
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
