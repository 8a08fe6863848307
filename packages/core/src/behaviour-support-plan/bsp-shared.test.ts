import { describe, expect, test } from 'vitest';
import { bspSharedSections, sharedBehaviourSupportBlocks, sharedInterventionLine, sharedWhen } from './bsp-shared.js';
import { buildBspContent, buildBspContentInput } from './bsp-test-factories.js';

describe('behaviour support as an outside reader sees it', () => {
  test.each([
    ['in summer time', '2026-07-14T15:40:00Z', 'Tuesday 14 July 2026 at 16:40'],
    ['in winter', '2026-01-13T16:05:00Z', 'Tuesday 13 January 2026 at 16:05'],
  ])('moments are told in London time %s', (_name, iso, words) => {
    expect(sharedWhen(iso)).toBe(words);
  });

  test('the plan reads as sections, the restrictive practice and its reduction only where the plan allows one', () => {
    const plain = bspSharedSections({ ...buildBspContent(), carePlanVersion: 2 }).map((s) => s.heading);
    expect(plain).toEqual([
      'About me',
      'Behaviours of concern',
      'What the behaviour achieves for me',
      'Meeting my needs',
      'Early warning signs and what to do',
      'If I become distressed',
      'After an incident',
    ]);
    const withEscort = bspSharedSections({
      ...buildBspContent({
        reactiveStrategies: {
          ...buildBspContentInput().reactiveStrategies,
          restrictivePractices: [
            { id: 'p1', kind: 'physical', whatStaffDo: 'Two staff guide him.', onlyWhen: 'Only as a last resort.' },
          ],
        },
        reductionPlan: 'Fewer each month.',
      }),
      carePlanVersion: null,
    });
    expect(withEscort.find((s) => s.heading === 'Restrictive practice allowed only as a last resort')?.lines).toEqual([
      'Physical intervention: Two staff guide him. Only when: Only as a last resort.',
    ]);
    expect(withEscort.at(-1)).toEqual({ heading: 'Reducing restrictive practice', lines: ['Fewer each month.'] });
    const functions = withEscort.find((s) => s.heading === 'What the behaviour achieves for me')?.lines[0];
    expect(functions).toContain('Trying to leave to fetch the children (escaping or avoiding something)');
  });

  test('with no plan and no records, each part says so', () => {
    expect(sharedBehaviourSupportBlocks({ plan: null, abcRecords: [], restrictiveInterventions: [] })).toEqual([
      { heading: 'Behaviour support plan', lines: ['There is no agreed behaviour support plan.'] },
      { heading: 'ABC records in the last 31 days', lines: ['None recorded.'] },
      { heading: 'Restrictive interventions in the last 31 days', lines: ['None recorded.'] },
    ]);
  });

  test('records are one line each, with what a family member needs', () => {
    const blocks = sharedBehaviourSupportBlocks({
      plan: {
        version: 2,
        agreedOn: '2026-03-01',
        reviewBy: '2026-09-01',
        sections: [{ heading: 'About me', lines: ['Who I am: Stan'] }],
      },
      abcRecords: [{ occurredAt: '2026-03-03T16:40:00Z', behaviour: 'Trying to leave', intensity: 3, durationMinutes: 1 }],
      restrictiveInterventions: [
        { startedAt: '2026-03-04T16:00:00Z', kind: 'physical', durationMinutes: 4, followedPlan: 'yes', debriefWithPerson: true },
      ],
    });
    expect(blocks.map((b) => b.lines)).toEqual([
      ['Version 2, agreed on 1 March 2026. To be reviewed by 1 September 2026.'],
      ['Who I am: Stan'],
      ['Tuesday 3 March 2026 at 16:40: Trying to leave. Intensity 3 out of 5, lasted 1 minute.'],
      [
        'Wednesday 4 March 2026 at 16:00: Physical intervention for 4 minutes. Followed the behaviour support plan. A debrief with the person was held afterwards.',
      ],
    ]);
    expect(
      sharedInterventionLine({
        startedAt: '2026-03-04T16:00:00Z',
        kind: 'chemical',
        durationMinutes: 30,
        followedPlan: 'no',
        debriefWithPerson: false,
      }),
    ).toContain('Did not follow the behaviour support plan. No debrief with the person is recorded.');
  });
});
