import { describe, expect, test } from 'vitest';
import {
  staffTrainingRecordDateErrors,
  staffTrainingRecordPostSchema,
  staffTrainingSupersedeErrors,
  type StaffTrainingRecordPostInput,
} from './training-record.js';

const valid: StaffTrainingRecordPostInput = {
  topic: 'restrictive_practice',
  course: 'Reducing restrictive practice: foundation',
  trainingProvider: 'Calm Approaches Training Ltd',
  completedOn: '2026-01-10',
  expiresOn: '2027-01-10',
  rrnCertified: true,
  certificateReference: 'CAT-2026-0113',
};

const fieldsOf = (input: unknown) => {
  const parsed = staffTrainingRecordPostSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('a training record as sent', () => {
  test('a certified restrictive-practice course is accepted, with empty optional fields as null', () => {
    const parsed = staffTrainingRecordPostSchema.parse({ ...valid, supersedes: null, supersedeReason: '' });
    expect(parsed).toMatchObject({
      course: 'Reducing restrictive practice: foundation',
      supersedes: null,
      supersedeReason: null,
    });
  });

  test.each<[string, Partial<Record<keyof StaffTrainingRecordPostInput, unknown>>, string[]]>([
    ['no course name', { course: '  ' }, ['course']],
    ['no provider', { trainingProvider: undefined }, ['trainingProvider']],
    ['a date that does not exist', { completedOn: '2026-02-30' }, ['completedOn']],
    ['an unknown topic', { topic: 'first_aid' }, ['topic']],
    ['expiry before completion', { expiresOn: '2026-01-01' }, ['expiresOn']],
    ['expiry on the day of completion', { expiresOn: '2026-01-10' }, ['expiresOn']],
    ['certified without a certificate reference', { certificateReference: '' }, ['certificateReference']],
    ['certified but not restrictive-practice training', { topic: 'safeguarding' }, ['rrnCertified']],
    ['no answer on certification', { rrnCertified: undefined }, ['rrnCertified']],
    ['a replacement without a reason', { supersedes: '00000000-0000-4000-8000-000000000001' }, ['supersedeReason']],
    ['a reason without a replacement', { supersedeReason: 'Refresher' }, ['supersedeReason']],
  ])('%s is refused on its field', (_case, change, fields) => {
    expect(fieldsOf({ ...valid, ...change })).toEqual(fields);
  });

  test('uncertified training of any topic needs no certificate reference and may have no expiry', () => {
    expect(
      fieldsOf({ ...valid, topic: 'safeguarding', rrnCertified: false, certificateReference: null, expiresOn: null }),
    ).toEqual([]);
  });

  test('the date completed cannot be in the future', () => {
    expect(staffTrainingRecordDateErrors({ completedOn: '2026-11-21' }, '2026-11-20').map((e) => e.field)).toEqual([
      'completedOn',
    ]);
    expect(staffTrainingRecordDateErrors({ completedOn: '2026-11-20' }, '2026-11-20')).toEqual([]);
  });

  test.each<[string, string | null, { id: string; current: boolean }[], string[]]>([
    ['no replacement', null, [], []],
    ['a current record of theirs', 'r1', [{ id: 'r1', current: true }], []],
    ['a record that is not theirs', 'r9', [{ id: 'r1', current: true }], ['supersedes']],
    ['a record already replaced', 'r1', [{ id: 'r1', current: false }], ['supersedes']],
  ])('replacing: %s', (_case, supersedes, existing, fields) => {
    expect(staffTrainingSupersedeErrors(supersedes, existing).map((e) => e.field)).toEqual(fields);
  });
});
