// Comments on a person's plan and its sections over HTTP.
import { idParamsSchema, newPlanCommentSchema, planCommentSchema, planCommentsSchema } from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { addPlanComment, listPlanComments } from '../repo/plan-comments-repository.js';

export function planCommentsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['care plans'];

  app.get('/api/people/:id/care-plan/comments', {
    schema: {
      tags,
      summary: 'Comments on the plan and its sections (progress towards goals), newest first',
      params: idParamsSchema,
      response: { 200: planCommentsSchema, ...problemResponses },
    },
  }, async (request) => listPlanComments((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/people/:id/care-plan/comments', {
    schema: {
      tags,
      summary: 'Add a comment on the plan or one section; it is kept as written, with the plan version and the time',
      params: idParamsSchema,
      body: newPlanCommentSchema,
      response: { 201: planCommentSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const comment = await addPlanComment((await authenticate(ctx, request)).repo, request.params.id, request.body);
    return reply.status(201).send(comment);
  });
}
