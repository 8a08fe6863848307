import type { FieldError } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import type { Checked } from '../forms/useCheckedSubmit';
import { withRuleErrors } from './checked';

const ok: Checked<{ on: string }> = { success: true, data: { on: '2026-03-20' } };
const futureDate = (body: { on: string }): FieldError[] =>
  body.on > '2026-03-15' ? [{ field: 'decisionMaker.on', message: 'Must be today or in the past' }] : [];

describe('schema answers with the rules the schema cannot see', () => {
  test('a rule error becomes an issue at its dotted path', () => {
    expect(withRuleErrors(ok, futureDate)).toEqual({
      success: false,
      error: { issues: [{ path: ['decisionMaker', 'on'], message: 'Must be today or in the past' }] },
    });
  });

  test('a body the rules accept is passed on', () => {
    const earlier: Checked<{ on: string }> = { success: true, data: { on: '2026-03-01' } };
    expect(withRuleErrors(earlier, futureDate)).toBe(earlier);
  });

  test('schema errors come first: the rules are not run on a body that failed', () => {
    const failed: Checked<{ on: string }> = { success: false, error: { issues: [{ path: ['on'], message: 'Enter a real date' }] } };
    expect(withRuleErrors(failed, () => { throw new Error('not run'); })).toBe(failed);
  });
});
