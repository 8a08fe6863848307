import { describe, expect, test } from 'vitest';
import { communicationNeedsSchema, type CommunicationNeeds } from '../communication-needs/needs.js';
import { sharedFormatChoice } from './shared-formats.js';

const needs = (overrides: Record<string, unknown>): CommunicationNeeds =>
  communicationNeedsSchema.parse({
    askedBy: 'Sam Senior',
    answeredBy: 'person',
    askedOn: '2026-11-20',
    askedHow: 'in_person',
    outcome: 'has_needs',
    formats: [],
    reviewOn: '2027-05-20',
    ...overrides,
  });

describe('the shared record versions, in the order the person needs', () => {
  test.each([
    ['never asked', null, ['large_print', 'easy_read', 'plain_text'], null],
    ['no needs', needs({ outcome: 'no_needs' }), ['large_print', 'easy_read', 'plain_text'], null],
    ['large print', needs({ formats: ['large_print'] }), ['large_print', 'easy_read', 'plain_text'], 'large_print'],
    ['easy read', needs({ formats: ['easy_read'] }), ['easy_read', 'large_print', 'plain_text'], 'easy_read'],
    ['easy read and large print: easy read is large too', needs({ formats: ['large_print', 'easy_read'] }), ['easy_read', 'large_print', 'plain_text'], 'easy_read'],
    ['braille, made from plain text', needs({ formats: ['braille'] }), ['plain_text', 'large_print', 'easy_read'], 'plain_text'],
    ['a BSL interpreter only', needs({ formats: ['bsl_interpreter'] }), ['large_print', 'easy_read', 'plain_text'], null],
  ] as const)('%s', (_label, given, order, preferred) => {
    expect(sharedFormatChoice(given)).toEqual({ order, preferred });
  });
});
