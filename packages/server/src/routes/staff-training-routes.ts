// Staff training and competence over HTTP: a member of staff's training records and competence checks, the
// organisation's overview, and the flags for staff assigned to someone whose plan allows a restrictive practice.
import {
  idParamsSchema,
  staffCompetenceCheckPostSchema,
  staffCompetenceCheckViewSchema,
  staffCompetenceChecksResponseSchema,
  staffTrainingRecordPostSchema,
  staffTrainingRecordViewSchema,
  staffTrainingResponseSchema,
  trainingFlagsQuerySchema,
  trainingFlagsResponseSchema,
  trainingOverviewSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getCompetenceChecks, recordCompetenceCheck } from '../repo/staff-training-competence-repository.js';
import {
  getStaffTraining,
  getTrainingFlags,
  getTrainingOverview,
  recordStaffTraining,
} from '../repo/staff-training-repository.js';

const tags = ['staff training'];

export function staffTrainingRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/training',
    {
      schema: {
        tags,
        summary:
          'Training across the organisation: each active member of staff the reader may see, their Restraint Reduction Network certified restrictive-practice training and other topics, and the flags',
        response: { 200: trainingOverviewSchema, ...problemResponses },
      },
    },
    async (request) => getTrainingOverview((await authenticate(ctx, request)).repo),
  );

  app.get(
    '/api/training/flags',
    {
      schema: {
        tags,
        summary:
          'Staff assigned to someone whose behaviour support plan allows a restrictive practice, without current certified restrictive-practice training (flags) or with it expiring within 60 days (warnings)',
        querystring: trainingFlagsQuerySchema,
        response: { 200: trainingFlagsResponseSchema, ...problemResponses },
      },
    },
    async (request) => getTrainingFlags((await authenticate(ctx, request)).repo, request.query),
  );

  app.get(
    '/api/staff/:id/training',
    {
      schema: {
        tags,
        summary:
          'A member of staff\u2019s training records (newest first, replaced ones kept), their certified restrictive-practice training and their flags',
        params: idParamsSchema,
        response: { 200: staffTrainingResponseSchema, ...problemResponses },
      },
    },
    async (request) => getStaffTraining((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/staff/:id/training-records',
    {
      schema: {
        tags,
        summary:
          'Record a course a member of staff completed; it is never changed, and a later record replaces it by naming it in supersedes with a reason',
        params: idParamsSchema,
        body: staffTrainingRecordPostSchema,
        response: { 201: staffTrainingRecordViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordStaffTraining((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.get(
    '/api/staff/:id/competence-checks',
    {
      schema: {
        tags,
        summary: 'A member of staff\u2019s support worker competence checklists and observations, newest first',
        params: idParamsSchema,
        response: { 200: staffCompetenceChecksResponseSchema, ...problemResponses },
      },
    },
    async (request) => getCompetenceChecks((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/staff/:id/competence-checks',
    {
      schema: {
        tags,
        summary:
          'Record a support worker competence checklist (kind competence) or an observation of their practice (kind observation)',
        params: idParamsSchema,
        body: staffCompetenceCheckPostSchema,
        response: { 201: staffCompetenceCheckViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCompetenceCheck((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );
}
