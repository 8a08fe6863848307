import { describe, expect, test } from 'vitest';
import { choicesDateErrors, informationChoicesSchema, informationChoicesStatus, suggestedReviewOn } from './choices.js';

const base = {
  discussedOn: '2026-11-20',
  participants: {
    personPresent: true,
    others: [{ name: 'Ray Clarke', relationship: 'Son' }],
    staffMember: 'Sam Senior',
  },
  optionsExplained: ['paper_in_home', 'app', 'secure_email'],
  decision: { ways: ['paper_in_home', 'app'], anythingElse: 'Ray reads it in the app' },
  reviewOn: '2027-11-20',
};

const fieldsOf = (value: unknown) => {
  const result = informationChoicesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

const participants = (overrides: Record<string, unknown>) => ({ participants: { ...base.participants, ...overrides } });

describe('recording the conversation about information choices', () => {
  test.each([
    ['the person and their son, paper and app', {}, []],
    ['the person alone', participants({ others: [] }), []],
    [
      'the person not there, with why, and their attorney there',
      participants({ personPresent: false, personAbsentReason: 'In hospital; asked us to talk to Ray' }),
      [],
    ],
    ['the person not there, no reason given', participants({ personPresent: false }), ['participants.personAbsentReason']],
    [
      'the person not there and nobody for them',
      participants({ personPresent: false, personAbsentReason: 'Asleep', others: [] }),
      ['participants.others'],
    ],
    ['whether the person took part not said', participants({ personPresent: undefined }), ['participants.personPresent']],
    [
      'someone named without how they know the person',
      participants({ others: [{ name: 'Ray', relationship: ' ' }] }),
      ['participants.others.0.relationship'],
    ],
    ['no staff member named', participants({ staffMember: '' }), ['participants.staffMember']],
    ['no option explained', { optionsExplained: [] }, ['optionsExplained']],
    [
      'no option explained and no way chosen',
      { optionsExplained: [], decision: { ways: [] } },
      ['optionsExplained', 'decision.ways'],
    ],
    ['an option not on the list', { optionsExplained: ['carrier_pigeon'] }, ['optionsExplained.0']],
    ['an option twice', { optionsExplained: ['app', 'app', 'paper_in_home'] }, ['optionsExplained']],
    ['nothing chosen', { decision: { ways: [] } }, ['decision.ways']],
    ['a choice that was not explained', { decision: { ways: ['printed_copy_sent'] } }, ['decision.ways']],
    ['"a mix" is explained, not chosen: the mix is the ways ticked', { decision: { ways: ['mix'] } }, ['decision.ways.0']],
    ['review on the day of the conversation', { reviewOn: '2026-11-20' }, ['reviewOn']],
    ['review before the conversation', { reviewOn: '2026-01-01' }, ['reviewOn']],
    ['no review date', { reviewOn: undefined }, ['reviewOn']],
    ['a date that does not exist', { discussedOn: '2026-02-30' }, ['discussedOn']],
  ])('%s', (_name, overrides, fields) => {
    expect(fieldsOf({ ...base, ...overrides })).toEqual(fields);
  });

  test('blank free text is stored as none', () => {
    const parsed = informationChoicesSchema.parse({ ...base, personsWords: '  ', decision: { ways: ['app'], anythingElse: '' } });
    expect(parsed).toMatchObject({ personsWords: null, decision: { anythingElse: null } });
    expect(parsed.participants.personAbsentReason).toBeNull();
  });

  test.each([
    ['discussed today', '2026-11-20', []],
    ['discussed yesterday', '2026-11-21', []],
    ['discussed tomorrow', '2026-11-19', ['discussedOn']],
  ])('the date of the conversation: %s', (_name, today, fields) => {
    expect(choicesDateErrors({ discussedOn: '2026-11-20' }, today).map((e) => e.field)).toEqual(fields);
  });

  test.each([
    ['2026-11-20', '2027-11-20'],
    ['2028-02-29', '2029-02-28'],
    ['2026-12-31', '2027-12-31'],
  ])('a conversation on %s is suggested for review on %s', (discussedOn, reviewOn) => {
    expect(suggestedReviewOn(discussedOn)).toBe(reviewOn);
  });
});

describe('where a person stands', () => {
  test.each([
    ['nothing recorded: silence is never consent', null, '2026-11-20', 'not_discussed'],
    ['recorded, review still to come', { reviewOn: '2027-11-20' }, '2027-11-19', 'current'],
    ['on the review date', { reviewOn: '2027-11-20' }, '2027-11-20', 'review_due'],
    ['after the review date', { reviewOn: '2027-11-20' }, '2028-01-01', 'review_due'],
  ] as const)('%s', (_name, latest, today, status) => {
    expect(informationChoicesStatus(latest, today)).toBe(status);
  });
});
