// PAL checklists and the provider’s licensed statement text over HTTP.
import {
  idParamsSchema,
  palAssessmentPostSchema,
  palAssessmentsResponseSchema,
  palAssessmentViewSchema,
  palCurrentStatementsResponseSchema,
  palStatementImportBodySchema,
  palStatementSetViewSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getPalAssessments, recordPalAssessment } from '../repo/pal-assessments-repository.js';
import { getCurrentPalStatements, importPalStatements } from '../repo/pal-statements-repository.js';

const tags = ['PAL'];

export function palRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/pal/statement-sets/current',
    {
      schema: {
        tags,
        summary: 'The PAL statement text in use (the newest import of the provider’s licensed copy), or none',
        response: { 200: palCurrentStatementsResponseSchema, ...problemResponses },
      },
    },
    async (request) => getCurrentPalStatements((await authenticate(ctx, request)).repo),
  );

  app.post(
    '/api/pal/statement-sets',
    {
      schema: {
        tags,
        summary:
          'Import the statement text of the provider’s licensed PAL checklist, as CSV (activity,level,statement) or JSON; it is used from now on and earlier imports are kept',
        body: palStatementImportBodySchema,
        response: { 201: palStatementSetViewSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await importPalStatements((await authenticate(ctx, request)).repo, request.body)),
  );

  app.get(
    '/api/people/:id/pal-assessments',
    {
      schema: {
        tags,
        summary: 'A person’s PAL checklists, newest first, with the four column totals, the level or the levels that tie, and reassessment due',
        params: idParamsSchema,
        response: { 200: palAssessmentsResponseSchema, ...problemResponses },
      },
    },
    async (request) => getPalAssessments((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/people/:id/pal-assessments',
    {
      schema: {
        tags,
        summary:
          'Record a completed PAL checklist with its activity profile and individual action plan; it is never changed, and a correction replaces it by naming it in supersedes with a reason',
        params: idParamsSchema,
        body: palAssessmentPostSchema,
        response: { 201: palAssessmentViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordPalAssessment((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );
}
