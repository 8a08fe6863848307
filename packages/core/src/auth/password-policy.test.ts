import { describe, expect, test } from 'vitest';
import { checkPassword } from './password-policy.js';

const denyList = new Set(['password1234', 'qwertyuiop12', 'iloveyou1234', 'sunshine']);

describe('password policy', () => {
  test.each([
    ['correct horse battery', []],
    ['short', ['too_short']],
    ['Password1234', ['common']],
    ['password-1234', ['common']],
    ['aaaaaaaaaaaaaaaa', ['common']],
    ['Sunshine20262026', ['common']],
    ['sunshine and rain', []],
    ['abcabcabcabcabc', ['common']],
    ['x'.repeat(257), ['too_long', 'common']],
  ])('%s → %j', (password, expected) => {
    expect(checkPassword(password, { denyList })).toEqual(expected);
  });

  test('no composition rules: all lower-case words are accepted', () => {
    expect(checkPassword('tea kettle garden path', { denyList })).toEqual([]);
  });

  test('refuses a password built from the email address', () => {
    expect(
      checkPassword('jane.smith2026!!', { denyList, personalWords: ['jane.smith@example.org'] }),
    ).toEqual(['contains_personal_detail']);
  });
});
