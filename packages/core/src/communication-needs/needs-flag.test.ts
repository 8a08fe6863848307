import { describe, expect, test } from 'vitest';
import { communicationNeedsSchema, type CommunicationNeeds } from './needs.js';
import { needsFlag, notYetRecordedFlag, outputFormatOrder, preferredOutputFormat } from './needs-flag.js';

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

describe('the flag shown wherever the person appears', () => {
  test('not yet asked is itself a flag: a prompt to ask', () => {
    expect(needsFlag(null)).toEqual([notYetRecordedFlag]);
  });

  test.each([
    ['no needs', { outcome: 'no_needs' }, []],
    ['large print', { formats: ['large_print'] }, ['Large print']],
    ['easy read and a BSL interpreter', { formats: ['easy_read', 'bsl_interpreter'] }, ['Easy read', 'BSL interpreter']],
    ['a Polish interpreter', { formats: ['spoken_language_interpreter'], interpreterLanguage: 'polish' }, ['Polish interpreter']],
    [
      'a communication aid, named',
      { supports: ['communication_aid'], communicationAid: 'Lightwriter' },
      ['Communication aid: Lightwriter'],
    ],
    ['lip-reading and more time', { supports: ['lip_reading', 'more_time'] }, ['Lip-reads: face them', 'Needs more time']],
    [
      'phone calls to her daughter',
      { formats: ['large_print'], contactMethod: 'through_contact', contactName: 'Susan (daughter)' },
      ['Large print', 'Contact through Susan (daughter)'],
    ],
    ['text messages, with no other needs', { outcome: 'no_needs', contactMethod: 'text_message' }, ['Contact by text message']],
    [
      'another format, cut to fit a badge',
      { formats: ['other'], otherFormat: 'Information written on a whiteboard in thick black marker pen, one word at a time' },
      ['Information written on a whiteboard in\u2026'],
    ],
  ])('%s', (_name, overrides, labels) => {
    expect(needsFlag(needs(overrides))).toEqual(labels);
  });
});

describe('the output produced by default', () => {
  test.each([
    ['not yet asked', null, 'standard'],
    ['no needs', { outcome: 'no_needs' }, 'standard'],
    ['easy read', { formats: ['easy_read'] }, 'easy_read'],
    ['easy read wins over large print, as it is large print too', { formats: ['large_print', 'easy_read'] }, 'easy_read'],
    ['large print', { formats: ['large_print', 'plain_text'] }, 'large_print'],
    ['a screen reader', { formats: ['plain_text'] }, 'plain_text'],
    ['braille is made from plain text', { formats: ['braille'] }, 'plain_text'],
    ['audio is made from plain text', { formats: ['audio'] }, 'plain_text'],
    ['a BSL interpreter reads the standard print', { formats: ['bsl_interpreter'] }, 'standard'],
  ] as const)('%s → %s', (_name, overrides, format) => {
    expect(preferredOutputFormat(overrides === null ? null : needs(overrides))).toBe(format);
  });

  test('the download links put the preferred output first and list each output once', () => {
    expect(outputFormatOrder(needs({ formats: ['plain_text'] }))).toEqual(['plain_text', 'standard', 'large_print', 'easy_read']);
    expect(outputFormatOrder(null)).toEqual(['standard', 'large_print', 'easy_read', 'plain_text']);
  });
});
