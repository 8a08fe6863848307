// A small visit record as a phone sends it (one task, food and fluid, mood), for tests and the load test that need
// many different records quickly: each call has a new client id.
import { randomUUID } from 'node:crypto';

export function smallVisitBody(options: { leftMinutesAgo: number; foodNotes: string }): Record<string, unknown> {
  const leftAt = Date.now() - options.leftMinutesAgo * 60_000;
  return {
    clientId: randomUUID(),
    kind: 'visit',
    visitLabel: 'Morning visit',
    plannedFor: new Date(leftAt - 40 * 60_000).toISOString(),
    arrivedAt: new Date(leftAt - 30 * 60_000).toISOString(),
    leftAt: new Date(leftAt).toISOString(),
    content: {
      tasks: [{ stepId: 'step-wash', sectionKey: 'personal_care', what: 'Help me wash at the sink', done: true, reason: null, note: null }],
      foodAndFluid: { ate: 'most', drankMl: 300, notes: options.foodNotes },
      personalCare: 'Washed at the sink; chose the blue cardigan',
      mood: '\u201cLovely to see a friendly face\u201d',
      wellbeing: 'Calm and joking',
      concerns: [],
    },
  };
}
