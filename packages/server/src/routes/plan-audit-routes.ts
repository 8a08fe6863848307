// Plan-quality audits over HTTP: run them now, read the dashboard, and read one plan's audit history.
import {
  idParamsSchema,
  planAuditHistorySchema,
  planAuditSummaryQuerySchema,
  planAuditSummarySchema,
  runPlanAuditsBodySchema,
  runPlanAuditsResultSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getPlanAuditHistory, getPlanAuditSummary, runPlanAudits } from '../repo/plan-audit-repository.js';

export function planAuditRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.post('/api/plan-audits', {
    schema: {
      tags,
      summary: 'Audit plans now: one person’s, every plan in a service, or every plan the caller may audit; answers with the dashboard',
      body: runPlanAuditsBodySchema,
      response: { 200: runPlanAuditsResultSchema, ...problemResponses },
    },
  }, async (request) => runPlanAudits((await authenticate(ctx, request)).repo, request.body));

  app.get('/api/plan-audits/summary', {
    schema: {
      tags,
      summary: 'Each plan’s latest score, the score per service, the rules most plans fail and the weekly trend',
      querystring: planAuditSummaryQuerySchema,
      response: { 200: planAuditSummarySchema, ...problemResponses },
    },
  }, async (request) => getPlanAuditSummary((await authenticate(ctx, request)).repo, request.query.serviceId));

  app.get('/api/people/:id/care-plan/audits', {
    schema: {
      tags,
      summary: 'The audit runs of one person’s plan, newest first, with the findings of the latest',
      params: idParamsSchema,
      response: { 200: planAuditHistorySchema, ...problemResponses },
    },
  }, async (request) => getPlanAuditHistory((await authenticate(ctx, request)).repo, request.params.id));
}
