import type { AbcRecordView } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { abcFormFrom, buildAbcBody, initialAbcForm, type AbcForm } from './abc-form-state';

// 16:40 on 20 November 2026 in England (GMT).
const now = new Date('2026-11-20T16:40:00.000Z');
const clientId = '6f1c9a8e-2b4d-4c1e-9f3a-7d5b8e2c1a90';

function filled(): AbcForm {
  return {
    ...initialAbcForm(now),
    time: '16:15',
    setting: 'Front hall',
    settingEvents: ['health', 'life_events'],
    settingEventDetail: { health: 'Slept badly', environment: 'typed then unticked', life_events: '', psychiatric: '' },
    antecedentCategory: 'left_alone',
    antecedentDescription: 'Alone in the lounge',
    behaviour: ' Trying to leave the building ',
    behaviourForm: 'Pulling at the front door',
    intensity: '3',
    duration: '20',
    consequenceCategory: 'attention_given',
    consequenceDescription: 'Sat with him',
    restrictive: 'no',
  };
}

describe('the ABC form as a record body', () => {
  test('a new form is today at the time now, with nothing else assumed', () => {
    expect(initialAbcForm(now)).toMatchObject({
      date: { day: '20', month: '11', year: '2026' },
      time: '16:40',
      restrictive: '',
      intensity: '',
    });
  });

  test('a filled form becomes the body the server checks: an instant in England, numbers, ticked setting events only', () => {
    const built = buildAbcBody(filled(), { clientId, now, supersedes: null });
    expect(built).toMatchObject({
      ok: true,
      body: {
        clientId,
        occurredAt: '2026-11-20T16:15:00.000Z',
        behaviour: 'Trying to leave the building',
        intensity: 3,
        durationMinutes: 20,
        restrictiveInterventionUsed: false,
        settingEvents: [
          { kind: 'health', detail: 'Slept badly' },
          { kind: 'life_events', detail: null },
        ],
        supersedes: null,
        supersedeReason: null,
      },
    });
  });

  test('summer time: 16:15 on a July day is 15:15 UTC', () => {
    const built = buildAbcBody(
      { ...filled(), date: { day: '1', month: '7', year: '2026' } },
      { clientId, now, supersedes: null },
    );
    expect(built.ok && built.body.occurredAt).toBe('2026-07-01T15:15:00.000Z');
  });

  test('an empty form names every required answer, in the order the form asks', () => {
    const built = buildAbcBody(
      { ...initialAbcForm(now), date: { day: '', month: '', year: '' }, time: '' },
      { clientId, now, supersedes: null },
    );
    expect(built.ok ? [] : built.errors.map((e) => e.field)).toEqual([
      'occurredAt',
      'occurredTime',
      'setting',
      'antecedent.category',
      'antecedent.description',
      'behaviour',
      'behaviourForm',
      'intensity',
      'durationMinutes',
      'consequence.category',
      'consequence.description',
      'restrictiveInterventionUsed',
    ]);
  });

  test.each<[string, Partial<AbcForm>, string, string]>([
    [
      'a date that does not exist',
      { date: { day: '31', month: '2', year: '2026' } },
      'occurredAt',
      'Enter a real date it happened',
    ],
    ['a time in the future', { time: '17:30' }, 'occurredAt', 'The time it happened cannot be in the future'],
    ['a time that is not a time', { time: 'teatime' }, 'occurredTime', 'Enter the time it happened, like 16:30'],
    ['minutes in words', { duration: 'twenty' }, 'durationMinutes', 'Enter how long it lasted as a number'],
    ['no duration', { duration: '' }, 'durationMinutes', 'Enter how long it lasted, in minutes'],
  ])('%s is refused', (_name, change, field, message) => {
    const built = buildAbcBody({ ...filled(), ...change }, { clientId, now, supersedes: null });
    expect(built.ok ? [] : built.errors).toEqual([{ field, message }]);
  });

  test('a correction starts from the record it replaces and needs a reason', () => {
    const built = buildAbcBody(filled(), { clientId, now, supersedes: null });
    if (!built.ok) throw new Error('the filled form should build');
    const record: AbcRecordView = {
      ...built.body,
      id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
      personId: '2b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
      serviceId: '3b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
      supersededBy: null,
      current: true,
      recordedBy: { id: '4b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9', name: 'Olu Adeyemi' },
      recordedAt: '2026-11-20T16:30:00.000Z',
    };
    const form = abcFormFrom(record);
    expect(form).toMatchObject({
      time: '16:15',
      intensity: '3',
      duration: '20',
      restrictive: 'no',
      settingEvents: ['health', 'life_events'],
    });
    const supersedes = '0d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    const noReason = buildAbcBody(form, { clientId, now, supersedes });
    expect(noReason.ok ? [] : noReason.errors.map((e) => e.field)).toEqual(['supersedeReason']);
    const withReason = buildAbcBody({ ...form, supersedeReason: 'Wrong time' }, { clientId, now, supersedes });
    expect(withReason.ok && [withReason.body.supersedes, withReason.body.supersedeReason]).toEqual([supersedes, 'Wrong time']);
  });
});
