import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatNhsNumber, isValidNhsNumber, withNhsCheckDigit } from './nhs-number.js';

describe('NHS number', () => {
  test.each([
    ['9434765919', true],
    ['943 476 5919', true],
    ['943-476-5919', true],
    ['9434765918', false], // wrong check digit
    ['943476591', false], // nine digits
    ['94347659190', false],
    ['abcdefghij', false],
    ['', false],
  ])('%s valid: %s', (input, expected) => {
    expect(isValidNhsNumber(input)).toBe(expected);
  });

  test('a number whose check digit would be 10 is never valid', () => {
    // 1000000001: 1*10 + 0…0 + 0*2 = 10 → 11 - 10 = 1; search for a remainder-1 stem instead
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (stem) => {
        const full = withNhsCheckDigit(stem);
        if (full === null) {
          for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(stem + String(d))).toBe(false);
        } else {
          expect(isValidNhsNumber(full)).toBe(true);
        }
      }),
    );
  });

  test('changing any one digit of a valid number makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (stem, position, delta) => {
          const full = withNhsCheckDigit(stem);
          if (full === null) return;
          const digits = full.split('');
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(isValidNhsNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  test('formats as 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});
