import { bspContentSchema, bspSaveBodySchema, type BspContent } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { bspFormFrom, bspSaveRequest, checkBspSave, emptyBspForm, newPractice } from './bsp-form';

const content: BspContent = bspContentSchema.parse({
  profile: { aboutMe: 'I was a joiner.', goodDay: 'A brew.', communication: 'Short sentences.', preferences: 'Brass bands.' },
  behaviours: [
    { id: 'b1', name: 'Leaving', looksLike: 'At the door.', frequency: 'Daily', duration: '10 minutes', intensity: 'Low' },
  ],
  functionalAssessment: [
    { id: 'f1', behaviourId: 'b1', functions: ['escape'], whatItAchieves: 'Quiet.', evidence: 'ABC records.' },
  ],
  primaryPrevention: { meetingNeeds: 'A job.', environment: 'Quiet lounge.', skills: 'Sanding.' },
  secondaryStrategies: [{ id: 's1', sign: 'Checks his watch', whatToDo: 'Reassure him.' }],
  reactiveStrategies: {
    steps: [{ id: 'r1', whatToDo: 'Walk with him.' }],
    neverDo: 'Never block the door.',
    restrictivePractices: [{ id: 'p1', kind: 'physical', whatStaffDo: 'Two staff guide him.', onlyWhen: 'Last resort.' }],
  },
  postIncidentSupport: { person: 'A brew.', staff: 'A debrief.' },
  reductionPlan: 'Fewer each month.',
});

describe('the behaviour support plan form', () => {
  test('a new version starts from the latest and sends it back unchanged, with a reason and date of its own to give', () => {
    const form = { ...bspFormFrom(content), changeReason: 'After review', reviewBy: { day: '1', month: '9', year: '2030' } };
    const parsed = bspSaveBodySchema.parse(bspSaveRequest(form, 3));
    expect(parsed).toEqual({ basedOnVersion: 3, changeReason: 'After review', reviewBy: '2030-09-01', content });
    expect(bspFormFrom(content).changeReason).toBe('');
  });

  test('the empty form names what is missing in every section, and an unchosen kind of practice is named too', () => {
    const form = emptyBspForm();
    form.reactiveStrategies.restrictivePractices = [newPractice()];
    const checked = checkBspSave(bspSaveRequest(form, null));
    const fields = checked.success ? [] : checked.error.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(
      expect.arrayContaining([
        'changeReason',
        'reviewBy',
        'content.profile.aboutMe',
        'content.behaviours.0.looksLike',
        'content.functionalAssessment.0.functions',
        'content.primaryPrevention.skills',
        'content.secondaryStrategies.0.sign',
        'content.reactiveStrategies.steps.0.whatToDo',
        'content.reactiveStrategies.neverDo',
        'content.reactiveStrategies.restrictivePractices.0.kind',
        'content.postIncidentSupport.staff',
      ]),
    );
    // The first assessment is about the first behaviour already, so it is not asked for.
    expect(fields).not.toContain('content.functionalAssessment.0.behaviourId');
  });
});
