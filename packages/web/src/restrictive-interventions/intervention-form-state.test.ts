import { describe, expect, test } from 'vitest';
import { checkInterventionForm, emptyInterventionForm, placeInterventionErrors, type InterventionForm } from './intervention-form-state';

const now = new Date('2026-06-10T15:00:00.000Z');
const ctx = { clientId: '8d0f7f0e-3d4a-4c7b-9d51-2f0b8f1c6a11', supersedes: null, now };

const filled = (patch: Partial<InterventionForm> = {}): InterventionForm => ({
  ...emptyInterventionForm('2026-06-10'),
  kind: 'physical',
  startedTime: '15:20',
  durationMinutes: '4',
  staff: [{ name: 'Grace Mensah', role: '' }],
  reason: 'Hitting out',
  riskAnswered: 'Harm to another resident',
  tried: ['Talked with him'],
  whatWasDone: 'Guided escort',
  followedPlan: 'yes',
  personInjured: 'no',
  staffInjured: 'no',
  ...patch,
});

const fields = (form: InterventionForm) => {
  const checked = checkInterventionForm(form, ctx);
  return checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'));
};

describe('the restrictive intervention form', () => {
  test('a filled form makes the record: 15:20 in summer time is 14:20 UTC, the role left empty is null', () => {
    const checked = checkInterventionForm(filled(), ctx);
    expect(checked.success).toBe(true);
    if (!checked.success) return;
    expect(checked.data).toMatchObject({
      clientId: ctx.clientId,
      kind: 'physical',
      startedAt: '2026-06-10T14:20:00.000Z',
      durationMinutes: 4,
      abcRecordId: null,
      body: { staffInvolved: [{ name: 'Grace Mensah', role: null }], medicine: null, lessRestrictive: { tried: ['Talked with him'], noneReason: null } },
    });
  });

  test('an empty form names everything missing at once, each where the form shows it', () => {
    expect(fields(emptyInterventionForm('2026-06-10'))).toEqual(
      expect.arrayContaining([
        'startedTime',
        'kind',
        'durationMinutes',
        'followedPlan',
        'body.staffInvolved.0.name',
        'body.reason',
        'body.riskAnswered',
        'body.lessRestrictive.tried.0',
        'body.whatWasDone',
        'body.personInjury.injured',
        'body.staffInjury.injured',
      ]),
    );
  });

  test.each<[string, Partial<InterventionForm>, string[]]>([
    ['a blank line among the options is named, not dropped', { tried: ['Talked with him', ' '] }, ['body.lessRestrictive.tried.1']],
    ['no options but a reason why none could be tried', { tried: [''], noneReason: 'He was falling' }, []],
    ['minutes that are not a number', { durationMinutes: 'four' }, ['durationMinutes']],
    ['a day that does not exist', { startedOn: { day: '31', month: '6', year: '2026' } }, ['startedOn']],
    ['a time that is not a time', { startedTime: '25:00' }, ['startedTime']],
    ['a start in the future', { startedTime: '16:30' }, ['startedOn']],
    ['chemical restraint asks for the medicine', { kind: 'chemical' }, ['body.medicine.name', 'body.medicine.dose', 'body.medicine.route', 'body.medicine.prnProtocol']],
    ['an injury to describe', { personInjured: 'yes' }, ['body.personInjury.details']],
  ])('%s', (_name, patch, expected) => {
    expect(fields(filled(patch))).toEqual(expected);
  });

  test('a correction needs its reason', () => {
    const checked = checkInterventionForm(filled(), { ...ctx, supersedes: '2b3c9a38-5a7f-4ad5-9e59-7f1d0cb0c2a4' });
    expect(checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'))).toEqual(['supersedeReason']);
  });

  test('the server’s list-wide errors are placed on the first line of the list', () => {
    expect(
      placeInterventionErrors([
        { field: 'startedAt', message: 'a' },
        { field: 'body.lessRestrictive.tried', message: 'b' },
        { field: 'body.reason', message: 'c' },
      ]).map((e) => e.field),
    ).toEqual(['startedOn', 'body.lessRestrictive.tried.0', 'body.reason']);
  });
});
