// Mental capacity over HTTP: a person's capacity status, their signed decision-specific assessments, and the
// best-interests decisions that rest on an assessment finding they lack capacity.
import {
  bestInterestsBodySchema,
  bestInterestsDecisionViewSchema,
  capacityAssessmentBodySchema,
  capacityAttentionResponseSchema,
  capacityAssessmentViewSchema,
  capacityResponseSchema,
  idParamsSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { listCapacityAttention } from '../repo/capacity-attention-repository.js';
import { getCapacity, recordBestInterestsDecision, recordCapacityAssessment } from '../repo/capacity-repository.js';

export function capacityRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['mental capacity'];

  app.get(
    '/api/capacity/attention',
    {
      schema: {
        tags,
        summary:
          'For the people the actor may see: capacity assessments due to be done again, and liberty safeguards expired, due for renewal or due a review',
        response: { 200: capacityAttentionResponseSchema, ...problemResponses },
      },
    },
    async (request) => listCapacityAttention((await authenticate(ctx, request)).repo),
  );

  app.get(
    '/api/people/:id/capacity',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s capacity status, every signed assessment (newest first, replaced ones kept), the assessments due again and the best-interests decisions',
        params: idParamsSchema,
        response: { 200: capacityResponseSchema, ...problemResponses },
      },
    },
    async (request) => getCapacity((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/people/:id/capacity-assessments',
    {
      schema: {
        tags,
        summary:
          'Sign a decision-specific capacity assessment; it is never changed, and a later one replaces it by naming it in supersedes with a reason',
        params: idParamsSchema,
        body: capacityAssessmentBodySchema,
        response: { 201: capacityAssessmentViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCapacityAssessment((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.post(
    '/api/people/:id/best-interests-decisions',
    {
      schema: {
        tags,
        summary:
          'Record a best-interests decision; refused unless it rests on the signed assessment in force for that decision, finding they lack capacity',
        params: idParamsSchema,
        body: bestInterestsBodySchema,
        response: { 201: bestInterestsDecisionViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordBestInterestsDecision((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );
}
