// People with a care and support plan taken to a given stage through the API, as a writer in their service would.
import { expect } from 'vitest';
import { personBody, samplePlanContent } from './factories.js';
import type { Agent } from './test-app.js';

/** How the sample plans are agreed: signed on screen by the person. */
export const sampleAgreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

export type PlanStage = 'draft' | 'agreed' | 'in_use';

/**
 * A new person in the service whose first plan (samplePlanContent) the writer has saved as a draft, agreed, and put
 * into use, or stopped at `stage`. Each step must succeed. Answers the person's id.
 */
export async function personWithPlan(
  writer: Agent,
  serviceId: string,
  options: { stage?: PlanStage; legalName?: string } = {},
): Promise<string> {
  const stage = options.stage ?? 'in_use';
  const body = personBody(serviceId, options.legalName === undefined ? {} : { legalName: options.legalName });
  const created = await writer.post('/api/people', body);
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const draft = await writer.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
  expect(draft.statusCode).toBe(200);
  if (stage === 'draft') return id;
  const agreed = await writer.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement });
  expect(agreed.statusCode).toBe(200);
  if (stage === 'agreed') return id;
  expect((await writer.post(`/api/people/${id}/care-plan/versions/1/start-use`)).statusCode).toBe(200);
  return id;
}
