import { describe, expect, test } from 'vitest';
import { communicationNeedsSchema, isReviewDue, needsDateErrors, saveCommunicationNeedsBodySchema } from './needs.js';

const base = {
  askedBy: 'Sam Senior',
  answeredBy: 'person',
  askedOn: '2026-11-20',
  askedHow: 'in_person',
  outcome: 'has_needs',
  formats: ['large_print'],
  reviewOn: '2027-05-20',
};

const fieldsOf = (value: unknown) => {
  const result = communicationNeedsSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording information and communication needs', () => {
  test.each([
    ['large print, asked of the person', {}, []],
    ['no needs is an answer in its own right', { outcome: 'no_needs', formats: [] }, []],
    ['no needs with a contact preference', { outcome: 'no_needs', formats: [], contactMethod: 'text_message' }, []],
    [
      'someone answered on the person\u2019s behalf, named',
      { answeredBy: 'someone_else', answeredByName: 'Susan Thompson, daughter' },
      [],
    ],
    ['someone answered on the person\u2019s behalf, unnamed', { answeredBy: 'someone_else' }, ['answeredByName']],
    ['has needs but none chosen', { formats: [] }, ['formats']],
    ['has needs shown only by a contact method', { formats: [], contactMethod: 'email' }, []],
    ['no needs yet formats chosen', { outcome: 'no_needs', formats: ['easy_read'] }, ['formats']],
    ['no needs yet support chosen', { outcome: 'no_needs', formats: [], supports: ['more_time'] }, ['supports']],
    ['an interpreter with the language', { formats: ['spoken_language_interpreter'], interpreterLanguage: 'Polish' }, []],
    ['an interpreter without the language', { formats: ['spoken_language_interpreter'] }, ['interpreterLanguage']],
    ['another format, unnamed', { formats: ['other'] }, ['otherFormat']],
    ['a communication aid, undescribed', { formats: [], supports: ['communication_aid'] }, ['communicationAid']],
    ['other support, undescribed', { formats: [], supports: ['other'] }, ['otherSupport']],
    ['contact through someone, unnamed', { contactMethod: 'through_contact' }, ['contactName']],
    ['contact through someone, named', { contactMethod: 'through_contact', contactName: 'Susan (daughter)' }, []],
    ['the same format twice', { formats: ['braille', 'braille'] }, ['formats']],
    ['a format not on the list', { formats: ['semaphore'] }, ['formats.0']],
    ['review on the day asked', { reviewOn: '2026-11-20' }, ['reviewOn']],
    ['no review date', { reviewOn: undefined }, ['reviewOn']],
    ['a date that does not exist', { askedOn: '2026-02-30' }, ['askedOn']],
    ['who asked left blank', { askedBy: '  ' }, ['askedBy']],
    ['not said whether there are needs', { outcome: undefined }, ['outcome']],
  ])('%s', (_name, overrides, fields) => {
    expect(fieldsOf({ ...base, ...overrides })).toEqual(fields);
  });

  test('blank free text is stored as none, so "cleared" and "never given" look the same', () => {
    const parsed = communicationNeedsSchema.parse({ ...base, ownWords: '   ', otherFormat: '' });
    expect(parsed).toMatchObject({ ownWords: null, otherFormat: null, supports: [], contactMethod: null });
  });

  test.each([
    ['asked today', '2026-11-20', []],
    ['asked yesterday', '2026-11-21', []],
    ['asked tomorrow', '2026-11-19', ['needs.askedOn']],
  ])('the date they were asked: %s', (_name, today, fields) => {
    expect(needsDateErrors({ askedOn: '2026-11-20' }, today).map((e) => e.field)).toEqual(fields);
  });

  test.each([
    ['2027-05-19', false],
    ['2027-05-20', true],
    ['2027-06-01', true],
  ])('review due on %s → %s', (today, due) => {
    expect(isReviewDue({ reviewOn: '2027-05-20' }, today)).toBe(due);
  });

  test.each([
    ['the first record needs no reason', 0, null, []],
    ['a change says why', 2, 'Now prefers easy read', []],
    ['a change without a reason', 2, null, ['reason']],
    ['a version that is not a number', 'two', null, ['latestVersion']],
  ])('%s', (_name, latestVersion, reason, fields) => {
    const result = saveCommunicationNeedsBodySchema.safeParse({ needs: base, reason, latestVersion });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });
});
