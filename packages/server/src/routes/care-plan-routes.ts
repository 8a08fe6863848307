// Care and support plans over HTTP.
import {
  agreeBodySchema,
  planExchangeSchema,
  carePlanSchema,
  idParamsSchema,
  planDiffQuerySchema,
  planDiffSchema,
  planVersionParamsSchema,
  planVersionSchema,
  saveDraftBodySchema,
  sectionDefinitionsResponseSchema,
  startReviewBodySchema,
} from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  agreeDraft,
  changeVersionStatus,
  diffPlanVersions,
  getCarePlan,
  getPlanVersion,
  listSectionDefinitions,
  saveDraft,
} from '../repo/care-plan-repository.js';
import { listPlansNeedingAttention } from '../repo/plan-attention-repository.js';
import { exportPlan, importPlan } from '../repo/plan-exchange-repository.js';

const attentionSchema = z.array(z.object({
  personId: z.uuid(),
  legalName: z.string(),
  preferredName: z.string().nullable(),
  serviceId: z.uuid(),
  attention: z.array(z.object({
    kind: z.enum(['first_plan_overdue', 'first_plan_due', 'first_plan_late', 'review_overdue', 'review_due_soon', 'needs_review', 'archive']),
    due: z.string().nullable(),
    message: z.string(),
  })),
}));

export function carePlanRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['care plans'];

  app.get('/api/care-plan-sections', {
    schema: { tags, summary: 'The plan sections, their checklists, guidance and good examples', response: { 200: sectionDefinitionsResponseSchema, ...problemResponses } },
  }, async (request) => listSectionDefinitions((await authenticate(ctx, request)).repo));

  app.get('/api/care-plans/attention', {
    schema: { tags, summary: 'Plans that are overdue, due soon, need review or are due for archiving', response: { 200: attentionSchema, ...problemResponses } },
  }, async (request) => listPlansNeedingAttention((await authenticate(ctx, request)).repo));

  app.get('/api/people/:id/care-plan', {
    schema: { tags, summary: 'A person\u2019s plan: the version in use, the draft and every version', params: idParamsSchema, response: { 200: carePlanSchema, ...problemResponses } },
  }, async (request) => getCarePlan((await authenticate(ctx, request)).repo, request.params.id));

  app.get('/api/people/:id/care-plan/versions/:version', {
    schema: { tags, summary: 'One version of a plan, exactly as it was', params: planVersionParamsSchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => getPlanVersion((await authenticate(ctx, request)).repo, request.params.id, request.params.version));

  app.get('/api/people/:id/care-plan/diff', {
    schema: { tags, summary: 'What changed between two versions, section by section', params: idParamsSchema, querystring: planDiffQuerySchema, response: { 200: planDiffSchema, ...problemResponses } },
  }, async (request) => diffPlanVersions((await authenticate(ctx, request)).repo, request.params.id, request.query.from, request.query.to));

  app.get('/api/people/:id/care-plan/export', {
    schema: { tags, summary: 'The plan and its versions in the exchange format (docs/exchange/plan.schema.json)', params: idParamsSchema, response: { 200: planExchangeSchema, ...problemResponses } },
  }, async (request) => exportPlan((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/people/:id/care-plan/import', {
    schema: { tags, summary: 'Read a plan in the exchange format into a new draft; any problem imports nothing', params: idParamsSchema, body: planExchangeSchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => importPlan((await authenticate(ctx, request)).repo, request.params.id, request.body));

  app.put('/api/people/:id/care-plan/draft', {
    schema: { tags, summary: 'Start or save the draft (refused with 409 if it changed since it was read)', params: idParamsSchema, body: saveDraftBodySchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => saveDraft((await authenticate(ctx, request)).repo, request.params.id, request.body));

  app.post('/api/people/:id/care-plan/draft/agree', {
    schema: { tags, summary: 'Record how the draft was agreed; it can no longer change', params: idParamsSchema, body: agreeBodySchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => agreeDraft((await authenticate(ctx, request)).repo, request.params.id, request.body));

  app.post('/api/people/:id/care-plan/versions/:version/start-use', {
    schema: { tags, summary: 'Put an agreed version into use; the one before is superseded', params: planVersionParamsSchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => changeVersionStatus((await authenticate(ctx, request)).repo, request.params.id, request.params.version, 'start_use', null));

  app.post('/api/people/:id/care-plan/versions/:version/start-review', {
    schema: { tags, summary: 'Mark the version in use as under review, and why', params: planVersionParamsSchema, body: startReviewBodySchema, response: { 200: planVersionSchema, ...problemResponses } },
  }, async (request) => changeVersionStatus((await authenticate(ctx, request)).repo, request.params.id, request.params.version, 'start_review', request.body.trigger, request.body.note));
}

