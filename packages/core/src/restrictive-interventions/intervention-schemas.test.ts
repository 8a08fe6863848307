import { describe, expect, test } from 'vitest';
import {
  restrictiveInterventionDebriefDateErrors,
  restrictiveInterventionDebriefPostSchema,
  restrictiveInterventionPostSchema,
  restrictiveInterventionTimeErrors,
} from './intervention-schemas.js';
import { samplePost, sampleRestrictiveInterventionBody } from './test-factories.js';

const fieldsOf = (input: unknown) => {
  const parsed = restrictiveInterventionPostSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};
const body = sampleRestrictiveInterventionBody;

describe('recording a restrictive intervention', () => {
  test('a complete physical intervention is accepted as sent', () => {
    const parsed = restrictiveInterventionPostSchema.parse(samplePost());
    expect(parsed.body.lessRestrictive.tried).toHaveLength(2);
    expect(parsed.body.medicine).toBeNull();
    expect(parsed.supersedes).toBeNull();
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no kind', { kind: undefined }, ['kind']],
    ['an unknown kind', { kind: 'verbal' }, ['kind']],
    ['no start', { startedAt: '' }, ['startedAt']],
    ['a fractional duration', { durationMinutes: 2.5 }, ['durationMinutes']],
    ['a negative duration', { durationMinutes: -1 }, ['durationMinutes']],
    ['longer than a week', { durationMinutes: 7 * 24 * 60 + 1 }, ['durationMinutes']],
    ['no answer about the plan', { followedPlan: undefined }, ['followedPlan']],
    ['an ABC link that is not an id', { abcRecordId: 'abc' }, ['abcRecordId']],
    ['a correction with no reason', { supersedes: '2b3c9a38-5a7f-4ad5-9e59-7f1d0cb0c2a4' }, ['supersedeReason']],
    ['a reason with nothing corrected', { supersedeReason: 'Wrong time' }, ['supersedeReason']],
    ['no staff named', { body: { ...body(), staffInvolved: [] } }, ['body.staffInvolved']],
    [
      'a staff line left empty',
      { body: { ...body(), staffInvolved: [{ name: ' ', role: null }] } },
      ['body.staffInvolved.0.name'],
    ],
    ['no reason', { body: { ...body(), reason: '' } }, ['body.reason']],
    ['no risk', { body: { ...body(), riskAnswered: '  ' } }, ['body.riskAnswered']],
    ['nothing done described', { body: { ...body(), whatWasDone: '' } }, ['body.whatWasDone']],
    [
      'no less restrictive option and no reason why',
      { body: { ...body(), lessRestrictive: { tried: [], noneReason: '' } } },
      ['body.lessRestrictive.tried'],
    ],
    [
      'an empty line among the options tried',
      { body: { ...body(), lessRestrictive: { tried: ['Distraction', ''], noneReason: null } } },
      ['body.lessRestrictive.tried.1'],
    ],
    [
      'an injury with no details',
      { body: { ...body(), personInjury: { injured: true, details: '' } } },
      ['body.personInjury.details'],
    ],
    ['no answer about staff injuries', { body: { ...body(), staffInjury: { details: null } } }, ['body.staffInjury.injured']],
    ['chemical restraint without the medicine', { kind: 'chemical' }, ['body.medicine']],
    [
      'medicine for physical restraint',
      { body: { ...body(), medicine: { name: 'Lorazepam', dose: '0.5 mg', route: 'Oral', prnProtocol: 'followed' } } },
      ['body.medicine'],
    ],
  ])('%s is refused, naming the field', (_name, patch, fields) => {
    expect(fieldsOf({ ...samplePost(), ...patch })).toEqual(fields);
  });

  test('on an empty form every missing answer is named at once, the less restrictive options among them', () => {
    const fields = fieldsOf({
      clientId: samplePost().clientId,
      startedAt: '2026-03-10T14:30:00.000Z',
      durationMinutes: 3,
      body: {
        staffInvolved: [],
        reason: '',
        riskAnswered: '',
        lessRestrictive: { tried: [], noneReason: '' },
        whatWasDone: '',
        personInjury: {},
        staffInjury: {},
        personView: '',
      },
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        'kind',
        'followedPlan',
        'body.staffInvolved',
        'body.reason',
        'body.riskAnswered',
        'body.lessRestrictive.tried',
        'body.whatWasDone',
        'body.personInjury.injured',
        'body.staffInjury.injured',
      ]),
    );
  });

  test('a stated reason why nothing less restrictive could be tried is enough', () => {
    const parsed = restrictiveInterventionPostSchema.parse(
      samplePost({ body: { ...body(), lessRestrictive: { tried: [], noneReason: 'He was about to fall down the stairs' } } }),
    );
    expect(parsed.body.lessRestrictive).toEqual({ tried: [], noneReason: 'He was about to fall down the stairs' });
  });

  test('chemical restraint keeps the medicine, dose, route and PRN answer', () => {
    const medicine = { name: 'Lorazepam', dose: '0.5 mg', route: 'Oral', prnProtocol: 'followed' as const };
    const parsed = restrictiveInterventionPostSchema.parse(samplePost({ kind: 'chemical', body: { ...body(), medicine } }));
    expect(parsed.body.medicine).toEqual(medicine);
  });

  test('injury details are dropped when nobody was injured', () => {
    const parsed = restrictiveInterventionPostSchema.parse(
      samplePost({ body: { ...body(), personInjury: { injured: false, details: 'left over from an earlier answer' } } }),
    );
    expect(parsed.body.personInjury).toEqual({ injured: false, details: null });
  });
});

describe('when it happened', () => {
  const now = new Date('2026-03-10T15:00:00.000Z');
  test.each([
    ['earlier today', '2026-03-10T14:30:00.000Z', 10, []],
    ['ending exactly now', '2026-03-10T14:30:00.000Z', 30, []],
    ['a phone a few minutes fast', '2026-03-10T15:04:00.000Z', 0, []],
    ['starting in the future', '2026-03-10T15:30:00.000Z', 0, ['startedAt']],
    ['ending well after now', '2026-03-10T14:30:00.000Z', 60, ['durationMinutes']],
  ])('%s', (_name, startedAt, durationMinutes, fields) => {
    expect(restrictiveInterventionTimeErrors({ startedAt, durationMinutes }, now).map((e) => e.field)).toEqual(fields);
  });
});

describe('debriefs', () => {
  const debrief = (patch: Record<string, unknown> = {}) => ({
    withWhom: 'person',
    heldOn: '2026-03-11',
    body: {
      participants: 'Stan and Grace Mensah',
      account: 'I was cross because he took my seat.',
      couldBeDoneDifferently: 'Keep his chair free by the window.',
      planChange: { needed: false, what: null },
    },
    ...patch,
  });

  test('a complete debrief is accepted', () => {
    expect(restrictiveInterventionDebriefPostSchema.safeParse(debrief()).success).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no one chosen', { withWhom: undefined }, ['withWhom']],
    ['no date', { heldOn: '' }, ['heldOn']],
    ['a date that does not exist', { heldOn: '2026-02-30' }, ['heldOn']],
    [
      'a plan change with nothing said',
      { body: { ...debrief().body, planChange: { needed: true, what: '' } } },
      ['body.planChange.what'],
    ],
    ['no account', { body: { ...debrief().body, account: '' } }, ['body.account']],
  ])('%s is refused', (_name, patch, fields) => {
    const parsed = restrictiveInterventionDebriefPostSchema.safeParse(debrief(patch));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });

  test.each([
    ['the same day', '2026-03-10', []],
    ['today', '2026-03-20', []],
    ['the day before', '2026-03-09', ['heldOn']],
    ['tomorrow', '2026-03-21', ['heldOn']],
  ])('held %s', (_name, heldOn, fields) => {
    expect(
      restrictiveInterventionDebriefDateErrors(heldOn, '2026-03-10T23:30:00.000Z', '2026-03-20').map((e) => e.field),
    ).toEqual(fields);
  });

  test('the day of an intervention is the day in England: 00:30 in summer is the next day', () => {
    // 23:30 UTC on 10 June is 00:30 on 11 June in British Summer Time.
    expect(restrictiveInterventionDebriefDateErrors('2026-06-10', '2026-06-10T23:30:00.000Z', '2026-06-20')).toHaveLength(1);
    expect(restrictiveInterventionDebriefDateErrors('2026-06-11', '2026-06-10T23:30:00.000Z', '2026-06-20')).toEqual([]);
  });
});
