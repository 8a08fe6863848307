import { describe, expect, test } from 'vitest';
import {
  actionOwnerRoles,
  createQualityActionBodySchema,
  dueDateErrors,
  isOverdue,
  updateQualityActionBodySchema,
  updateRefusal,
  type QualityActionStatus,
} from './quality-actions.js';

const uuid = '0b9a4a7e-2f57-4c55-9d1e-4c1f0e8f6a11';
const other = '5c1d8d5e-7a3b-4f5e-8c2a-9f0e1d2c3b4a';
const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('raising an action', () => {
  const valid = { personId: uuid, title: 'Add the times of each visit', ownerId: other, dueDate: '2026-12-01' };

  test('a title, an owner and a real due date are enough; blank detail reads as none', () => {
    const parsed = createQualityActionBodySchema.parse({ ...valid, detail: '  ' });
    expect(parsed).toMatchObject({ title: 'Add the times of each visit', detail: null, serviceId: null, planAuditRunId: null, ruleId: null });
  });

  test.each([
    [{ title: '' }, 'title', 'Enter a title'],
    [{ title: 'x'.repeat(201) }, 'title', 'A title must be 200 characters or fewer'],
    [{ detail: 'x'.repeat(4001) }, 'detail', 'Detail must be 4000 characters or fewer'],
    [{ ownerId: 'someone' }, 'ownerId', 'Choose who owns this action'],
    [{ dueDate: '2026-02-31' }, 'dueDate', 'Enter a real due date'],
    [{ dueDate: undefined }, 'dueDate', 'Enter a real due date'],
    [{ planAuditRunId: uuid }, 'ruleId', 'Choose the finding this action is about'],
    [{ ruleId: 'R3' }, 'planAuditRunId', 'Choose the audit the finding is from'],
    [{ manualAuditId: uuid }, 'questionId', 'Choose the question this action is about'],
    [{ questionId: 'voice' }, 'manualAuditId', 'Choose the manual audit the answer is from'],
    [{ personId: null, personalisationAssessmentId: uuid }, 'areaId', 'Choose the area this action is about'],
    [{ personId: null, areaId: 'mealtimes' }, 'personalisationAssessmentId', 'Choose the self-assessment this action belongs to'],
    [{ personalisationAssessmentId: uuid, areaId: 'mealtimes' }, 'personId', 'An action in a personalisation action plan is about the home, not one person'],
    [{ planAuditRunId: uuid, ruleId: 'R3', manualAuditId: other, questionId: 'voice' }, 'title', 'An action comes from one finding, answer or area, not several'],
  ])('%o is refused on %s', (change, field, message) => {
    expect(fieldErrors(createQualityActionBodySchema.safeParse({ ...valid, ...change }))[field]).toBe(message);
  });

  test.each([
    ['a manual audit answer', { manualAuditId: uuid, questionId: 'voice' }],
    ['a personalisation area', { personId: null, serviceId: other, personalisationAssessmentId: uuid, areaId: 'mealtimes' }],
  ])('an action may come from %s', (_name, source) => {
    expect(createQualityActionBodySchema.safeParse({ ...valid, ...source }).success).toBe(true);
  });

  test('the due date may be today, not before', () => {
    expect(dueDateErrors('2026-11-23', '2026-11-23')).toEqual([]);
    expect(dueDateErrors('2026-11-24', '2026-11-23')).toEqual([]);
    expect(dueDateErrors('2026-11-22', '2026-11-23')).toEqual([{ field: 'dueDate', message: 'The due date must be today or in the future' }]);
  });

  test('owners are the roles that may progress an action', () => {
    expect(actionOwnerRoles).toEqual(['senior_care_worker', 'registered_manager', 'quality_lead']);
  });
});

describe('updating an action', () => {
  test.each([
    ['done', 'Say what was done'],
    ['cancelled', 'Say why it was cancelled'],
  ])('closing as %s needs a note', (status, message) => {
    expect(fieldErrors(updateQualityActionBodySchema.safeParse({ status, note: ' ', latestUpdateId: uuid })).note).toBe(message);
    expect(updateQualityActionBodySchema.safeParse({ status, note: 'Times added to every step', latestUpdateId: uuid }).success).toBe(true);
  });

  test('moving to in progress needs no note, and the update names the newest update seen', () => {
    expect(updateQualityActionBodySchema.parse({ status: 'in_progress', latestUpdateId: uuid })).toEqual({ status: 'in_progress', note: null, latestUpdateId: uuid });
    expect(fieldErrors(updateQualityActionBodySchema.safeParse({ status: 'in_progress' })).latestUpdateId).toBe('Reload the action and try again');
    expect(fieldErrors(updateQualityActionBodySchema.safeParse({ status: 'finished', latestUpdateId: uuid })).status).toBe('Choose a status');
  });

  test.each<[QualityActionStatus, QualityActionStatus, string | null, string | null]>([
    ['open', 'in_progress', null, null],
    ['open', 'done', 'Done', null],
    ['in_progress', 'open', null, null],
    ['in_progress', 'in_progress', 'Spoke to the family', null],
    ['in_progress', 'in_progress', null, 'Add a note to record progress'],
    ['done', 'open', 'It came back', 'This action is done and cannot be changed; raise a new action if more is needed'],
    ['cancelled', 'in_progress', null, 'This action is cancelled and cannot be changed; raise a new action if more is needed'],
    ['done', 'done', 'Again', 'This action is done and cannot be changed; raise a new action if more is needed'],
  ])('from %s to %s (note %s): %s', (from, status, note, refusal) => {
    expect(updateRefusal(from, { status, note })?.message ?? null).toBe(refusal);
  });
});

describe('overdue', () => {
  test.each<[QualityActionStatus, string, boolean]>([
    ['open', '2026-11-22', true],
    ['in_progress', '2026-11-22', true],
    ['open', '2026-11-23', false],
    ['open', '2026-11-24', false],
    ['done', '2026-11-01', false],
    ['cancelled', '2026-11-01', false],
  ])('%s due %s on 23 November: %s', (status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate }, '2026-11-23')).toBe(expected);
  });
});
