import { describe, expect, test } from 'vitest';
import { abcBehaviourNames, newestAbcFirst } from './abc-filter.js';
import { abcOccurredAtErrors, abcRecordBodyOf, abcSupersedeErrors, createAbcRecordBodySchema } from './abc-record.js';

const valid = {
  clientId: '6f1c9a8e-2b4d-4c1e-9f3a-7d5b8e2c1a90',
  occurredAt: '2026-11-20T16:30:00.000Z',
  behaviour: 'Trying to leave the building',
  behaviourForm: 'Stood at the front door pulling the handle, calling for his coat',
  intensity: 3,
  durationMinutes: 20,
  restrictiveInterventionUsed: false,
  setting: 'Front hall',
  antecedent: { category: 'left_alone', description: 'Staff were busy with the tea round' },
  consequence: { category: 'attention_given', description: 'Grace sat with him and talked about his children' },
};

const fieldsOf = (input: unknown) => {
  const parsed = createAbcRecordBodySchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('an ABC record as sent', () => {
  test('the smallest whole record is accepted, with the optional parts empty', () => {
    const parsed = createAbcRecordBodySchema.parse(valid);
    expect(abcRecordBodyOf(parsed)).toEqual({
      behaviourForm: valid.behaviourForm,
      setting: 'Front hall',
      activity: null,
      peoplePresent: null,
      settingEvents: [],
      antecedent: valid.antecedent,
      consequence: valid.consequence,
      communicating: null,
      whatHelped: null,
    });
    expect(parsed).toMatchObject({ supersedes: null, supersedeReason: null });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no behaviour', { behaviour: '  ' }, ['behaviour']],
    ['intensity 0', { intensity: 0 }, ['intensity']],
    ['intensity 6', { intensity: 6 }, ['intensity']],
    ['intensity 2.5', { intensity: 2.5 }, ['intensity']],
    ['a negative duration', { durationMinutes: -1 }, ['durationMinutes']],
    ['more than a day', { durationMinutes: 1441 }, ['durationMinutes']],
    ['no answer about restrictive intervention', { restrictiveInterventionUsed: undefined }, ['restrictiveInterventionUsed']],
    ['no antecedent category', { antecedent: { description: 'Busy' } }, ['antecedent.category']],
    ['an antecedent not on the list', { antecedent: { category: 'boredom', description: 'Busy' } }, ['antecedent.category']],
    ['no consequence description', { consequence: { category: 'given_space', description: '' } }, ['consequence.description']],
    ['not a time', { occurredAt: 'yesterday teatime' }, ['occurredAt']],
    ['a setting event kind twice', { settingEvents: [{ kind: 'health' }, { kind: 'health' }] }, ['settingEvents.1.kind']],
    ['a replacement with no reason', { supersedes: '0d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }, ['supersedeReason']],
    ['a reason with nothing replaced', { supersedeReason: 'Wrong time' }, ['supersedeReason']],
  ])('%s is refused at %j', (_name, change, fields) => {
    expect(fieldsOf({ ...valid, ...change })).toEqual(fields);
  });
});

describe('rules the schema cannot check alone', () => {
  const now = new Date('2026-11-20T17:00:00.000Z');
  test.each([
    ['an hour ago', '2026-11-20T16:00:00.000Z', []],
    ['four minutes ahead (a phone clock running fast)', '2026-11-20T17:04:00.000Z', []],
    ['ten minutes ahead', '2026-11-20T17:10:00.000Z', ['occurredAt']],
  ])('happened %s', (_name, occurredAt, fields) => {
    expect(abcOccurredAtErrors(occurredAt, now).map((e) => e.field)).toEqual(fields);
  });

  const a = { id: 'a', supersedes: null };
  const b = { id: 'b', supersedes: 'a' };
  test.each<[string, string | null, string[]]>([
    ['nothing replaced', null, []],
    ['a current record', 'b', []],
    ['a record already replaced', 'a', ['That record has already been replaced by a newer one']],
    ['a record not of this person', 'z', ['Choose one of this person\u2019s ABC records to replace']],
  ])('replacing %s', (_name, supersedes, messages) => {
    expect(abcSupersedeErrors(supersedes, [a, b]).map((e) => e.message)).toEqual(messages);
  });
});

describe('behaviours suggested for the next record', () => {
  const r = (id: string, behaviour: string, day: number, supersedes: string | null = null) => ({
    id,
    behaviour,
    supersedes,
    occurredAt: `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`,
    recordedAt: `2026-11-${String(day).padStart(2, '0')}T13:00:00.000Z`,
  });

  test('most recorded first, spelt as most recently, leaving out replaced records', () => {
    const records = [
      r('1', 'calling out', 1),
      r('2', 'Calling out ', 3),
      r('3', 'Pushing away', 2),
      r('4', 'Pushing away', 4),
      r('5', 'Pushing  away', 5),
      r('6', 'Spitting', 6),
      r('7', 'Spat', 7, '6'),
    ];
    expect(abcBehaviourNames(records)).toEqual(['Pushing away', 'Calling out', 'Spat']);
  });

  test('newest first by when it happened, then when it was written', () => {
    const records = [r('1', 'x', 2), r('2', 'x', 5), { ...r('3', 'x', 5), recordedAt: '2026-11-05T14:00:00.000Z' }];
    expect(newestAbcFirst(records).map((x) => x.id)).toEqual(['3', '2', '1']);
  });
});
