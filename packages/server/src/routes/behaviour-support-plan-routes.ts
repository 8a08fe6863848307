// Behaviour support plans over HTTP: the plan (in use, proposed, every version), one version, a new version started
// from the latest, agreeing the latest, and reviewing the one in use.
import {
  bspAgreeBodySchema,
  bspPlanResponseSchema,
  bspReviewBodySchema,
  bspReviewViewSchema,
  bspSaveBodySchema,
  bspVersionParamsSchema,
  bspVersionViewSchema,
  idParamsSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  agreeBehaviourSupportPlanVersion,
  getBehaviourSupportPlan,
  getBehaviourSupportPlanVersion,
  reviewBehaviourSupportPlanVersion,
  saveBehaviourSupportPlanVersion,
} from '../repo/behaviour-support-plan-repository.js';

const tags = ['behaviour support'];

export function behaviourSupportPlanRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const base = '/api/people/:id/behaviour-support-plan';

  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'A person\u2019s behaviour support plan: the version in use (the latest agreed), any newer proposed version with the sections it changes, every version, when a review is due, and the care and support plan it sits beside',
        params: idParamsSchema,
        response: { 200: bspPlanResponseSchema, ...problemResponses },
      },
    },
    async (request) => getBehaviourSupportPlan((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.get(
    `${base}/versions/:version`,
    {
      schema: {
        tags,
        summary: 'One version of the behaviour support plan, as written, with who agreed it and its reviews',
        params: bspVersionParamsSchema,
        response: { 200: bspVersionViewSchema, ...problemResponses },
      },
    },
    async (request) =>
      getBehaviourSupportPlanVersion((await authenticate(ctx, request)).repo, request.params.id, request.params.version),
  );

  app.post(
    `${base}/versions`,
    {
      schema: {
        tags,
        summary:
          'Save a new version of the behaviour support plan with the reason for it; refused (409 conflict_stale_version) unless started from the latest version',
        params: idParamsSchema,
        body: bspSaveBodySchema,
        response: { 201: bspVersionViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await saveBehaviourSupportPlanVersion((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.post(
    `${base}/versions/:version/agreement`,
    {
      schema: {
        tags,
        summary:
          'Record who agreed the latest version (the person and or their representatives) and how the person took part; it is then in use',
        params: bspVersionParamsSchema,
        body: bspAgreeBodySchema,
        response: { 201: bspVersionViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await agreeBehaviourSupportPlanVersion(
            (await authenticate(ctx, request)).repo,
            request.params.id,
            request.params.version,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/versions/:version/reviews`,
    {
      schema: {
        tags,
        summary: 'Record a review of the version in use and when it is next to be reviewed',
        params: bspVersionParamsSchema,
        body: bspReviewBodySchema,
        response: { 201: bspReviewViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reviewBehaviourSupportPlanVersion(
            (await authenticate(ctx, request)).repo,
            request.params.id,
            request.params.version,
            request.body,
          ),
        ),
  );
}
