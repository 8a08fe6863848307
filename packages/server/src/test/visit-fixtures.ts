// People with a plan in use whose steps set out their visits, and visit record bodies as the phone form sends them.
import { addDays, londonInstant } from '@hearth/core';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { personBody, samplePlanContent } from './factories.js';
import { sampleAgreement } from './plan-fixtures.js';
import type { Agent } from './test-app.js';

export interface VisitStep { id: string; when: string; time: string | null; what: string }

export const morningStep: VisitStep = { id: 's1', when: 'Morning visit', time: '08:00', what: 'Lay out two outfits so I can choose' };

/** A new person in the service whose plan, with these steps in its first section, is agreed and in use. */
export async function personWithVisits(writer: Agent, serviceId: string, legalName: string, steps: VisitStep[] = [morningStep]): Promise<string> {
  const created = await writer.post('/api/people', personBody(serviceId, { legalName }));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const content = samplePlanContent() as { sections: Record<string, unknown>[] };
  content.sections[0] = { ...content.sections[0], steps: steps.map((s) => ({ ...s, who: 'Care worker' })) };
  expect((await writer.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content })).statusCode).toBe(200);
  expect((await writer.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement })).statusCode).toBe(200);
  expect((await writer.post(`/api/people/${id}/care-plan/versions/1/start-use`)).statusCode).toBe(200);
  return id;
}

/** The section the sample plan's steps are in. */
export const sampleSectionKey = () => (samplePlanContent() as { sections: { sectionKey: string }[] }).sections[0]!.sectionKey;

/** An instant on a clock in England: `minutesAfterEight` after 08:00 on `date`. */
export const atMorning = (date: string, minutesAfterEight = 0) => londonInstant(date, 8 * 60 + minutesAfterEight).toISOString();

/** A morning visit recorded on `date` as the form sends it: the task declined, a concern to escalate. */
export function visitBody(date: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId: randomUUID(),
    kind: 'visit',
    visitLabel: 'Morning visit',
    plannedFor: atMorning(date),
    arrivedAt: atMorning(date, 5),
    leftAt: atMorning(date, 40),
    content: {
      tasks: [{ stepId: 's1', sectionKey: sampleSectionKey(), what: morningStep.what, done: false, reason: 'declined', note: 'Wanted to stay in her dressing gown' }],
      foodAndFluid: { ate: 'most', drankMl: 200, notes: 'Porridge and tea' },
      personalCare: 'Washed at the sink; chose to keep her dressing gown on',
      mood: '\u201cI feel chirpy today\u201d',
      wellbeing: 'Chatty and bright',
      concerns: [{ text: 'Red mark on left heel', escalate: true }, { text: 'Bread is running low', escalate: false }],
    },
    ...overrides,
  };
}

export const yesterdayOf = (today: string) => addDays(today, -1);
