import { describe, expect, test } from 'vitest';
import { createVisitRecordBodySchema, recordTimeErrors, visitRecordContentSchema } from './visit-record-content.js';

const clientId = '7c1f6a2e-2b7d-4c55-9a53-4d1e7b8f0a11';
const body = (overrides: Record<string, unknown> = {}) => ({
  clientId,
  kind: 'visit',
  visitLabel: 'Morning visit',
  arrivedAt: '2026-11-23T08:05:00Z',
  leftAt: '2026-11-23T08:40:00Z',
  content: {},
  ...overrides,
});
const task = (overrides: Record<string, unknown> = {}) => ({ stepId: 's1', sectionKey: 'personal_care', what: 'Help me wash', done: true, ...overrides });

const fieldErrors = (value: unknown) => {
  const result = createVisitRecordBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
};

describe('the content of a visit record', () => {
  test('an empty record reads as nothing recorded, with every part present', () => {
    expect(visitRecordContentSchema.parse({})).toEqual({
      tasks: [], foodAndFluid: { ate: null, drankMl: null, notes: null }, personalCare: null, mood: null, wellbeing: null, concerns: [],
    });
  });

  test.each([
    ['a task done', task(), []],
    ['a task not done with its reason', task({ done: false, reason: 'declined' }), []],
    ['a task not done without a reason', task({ done: false }), [{ field: 'content.tasks.0.reason', message: 'Choose why this task was not done: Help me wash' }]],
    ['a task not done with a reason not on the list', task({ done: false, reason: 'forgot' }), [{ field: 'content.tasks.0.reason', message: 'Choose why it was not done' }]],
    ['a task with no answer', task({ done: undefined }), [{ field: 'content.tasks.0.done', message: 'Say whether this task was done: Help me wash' }]],
    ['a task answered with something other than yes or no', task({ done: 'yes' }), [{ field: 'content.tasks.0.done', message: 'Say whether this task was done' }]],
    ['a long task named short in its error', task({ done: undefined, what: 'Help me with my stockings, then put cream on both heels and check the skin on my back' }), [{ field: 'content.tasks.0.done', message: 'Say whether this task was done: Help me with my stockings, then put cream on both heels and…' }]],
    ['a task with no words', task({ what: '  ' }), [{ field: 'content.tasks.0.what', message: 'Enter what the task was' }]],
  ])('%s', (_name, t, errors) => {
    expect(fieldErrors(body({ content: { tasks: [t] } }))).toEqual(errors);
  });

  test('a reason left over on a task that was done is dropped', () => {
    const parsed = createVisitRecordBodySchema.parse(body({ content: { tasks: [task({ done: true, reason: 'declined' })] } }));
    expect(parsed.content.tasks[0]?.reason).toBeNull();
  });

  test('the same task twice is refused', () => {
    expect(fieldErrors(body({ content: { tasks: [task(), task()] } }))).toEqual([{ field: 'content.tasks.1.stepId', message: 'This task is recorded twice' }]);
  });

  test.each([
    [{ drankMl: 250 }, []],
    [{ drankMl: 0, ate: 'not_offered' }, []],
    [{ drankMl: -5 }, [{ field: 'content.foodAndFluid.drankMl', message: 'The amount drunk cannot be less than 0 ml' }]],
    [{ drankMl: 12.5 }, [{ field: 'content.foodAndFluid.drankMl', message: 'Enter how much was drunk in whole millilitres' }]],
    [{ drankMl: 9000 }, [{ field: 'content.foodAndFluid.drankMl', message: 'The amount drunk must be 5000 ml or less' }]],
    [{ ate: 'loads' }, [{ field: 'content.foodAndFluid.ate', message: 'Choose how much was eaten' }]],
  ])('food and fluid %j', (foodAndFluid, errors) => {
    expect(fieldErrors(body({ content: { foodAndFluid } }))).toEqual(errors);
  });

  test('concerns are text with whether to escalate, which defaults to no', () => {
    const parsed = createVisitRecordBodySchema.parse(body({ content: { concerns: [{ text: ' Red mark on left heel ' }, { text: 'Low mood', escalate: true }] } }));
    expect(parsed.content.concerns).toEqual([{ text: 'Red mark on left heel', escalate: false }, { text: 'Low mood', escalate: true }]);
    expect(fieldErrors(body({ content: { concerns: [{ text: '' }] } }))).toEqual([{ field: 'content.concerns.0.text', message: 'Enter the concern' }]);
  });
});

describe('the times of a visit', () => {
  test.each([
    ['arrival and leaving in order', {}, []],
    ['no leaving time yet', { leftAt: null }, []],
    ['leaving before arriving', { leftAt: '2026-11-23T08:00:00Z' }, [{ field: 'leftAt', message: 'The time of leaving must be after the time of arrival' }]],
    ['arrival that is not a time', { arrivedAt: 'this morning' }, [{ field: 'arrivedAt', message: 'Enter a real date and time of arrival' }]],
    ['no client id', { clientId: undefined }, [{ field: 'clientId', message: 'Reload the form and try again' }]],
    ['neither visit nor shift', { kind: 'call' }, [{ field: 'kind', message: 'Choose a visit or a shift' }]],
  ])('%s', (_name, overrides, errors) => {
    expect(fieldErrors(body(overrides))).toEqual(errors);
  });

  const now = new Date('2026-11-23T09:00:00Z');
  test.each([
    ['both in the past', '2026-11-23T08:05:00Z', '2026-11-23T08:40:00Z', []],
    ['leaving now', '2026-11-23T08:05:00Z', '2026-11-23T09:00:00Z', []],
    ['a phone clock a few minutes fast', '2026-11-23T08:05:00Z', '2026-11-23T09:04:00Z', []],
    ['leaving later than the allowance', '2026-11-23T08:05:00Z', '2026-11-23T09:06:00Z', [{ field: 'leftAt', message: 'The time of leaving cannot be in the future' }]],
    ['arriving in the future', '2026-11-23T10:00:00Z', null, [{ field: 'arrivedAt', message: 'The time of arrival cannot be in the future' }]],
  ])('%s', (_name, arrivedAt, leftAt, errors) => {
    expect(recordTimeErrors({ arrivedAt, leftAt }, now)).toEqual(errors);
  });
});
