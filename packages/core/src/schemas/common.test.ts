import { expect, test } from 'vitest';
import { isStorableText } from './common.js';

test.each([
  ['Gwenllian Ŵyn Parry', true],
  ['Zoë 👩🏽‍🦳 O\u2019Neill', true],
  ['line one\nline two\ttabbed', true],
  ['nul \u0000 inside', false],
  ['bell \u0007', false],
  ['lone \uD800 surrogate', false],
  ['reversed \uDC00\uD800 pair', false],
])('%j storable: %s', (text, expected) => {
  expect(isStorableText(text)).toBe(expected);
});
