// Information and communication needs over HTTP (the Accessible Information Standard): read and record a person's
// needs, and their plan in easy read (PDF) and plain text for a screen reader.
import { communicationNeedsResponseSchema, idParamsSchema, problemSchema, saveCommunicationNeedsBodySchema } from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
import { easyReadPlanInput, plainTextPlanFor } from '../repo/communication-needs-outputs.js';
import { getCommunicationNeeds, saveCommunicationNeeds } from '../repo/communication-needs-repository.js';

export function communicationNeedsRoutes(app: RouteApp, renderer: PackRenderer): void {
  const ctx = app.hearth;
  const tags = ['communication needs'];

  app.get(
    '/api/people/:id/communication-needs',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s information and communication needs: the latest version (null if never asked), its flag, and every version',
        params: idParamsSchema,
        response: { 200: communicationNeedsResponseSchema, ...problemResponses },
      },
    },
    async (request) => getCommunicationNeeds((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.put(
    '/api/people/:id/communication-needs',
    {
      schema: {
        tags,
        summary:
          'Record a new version of a person\u2019s needs (409 if someone recorded one after `latestVersion`; a change says why)',
        params: idParamsSchema,
        body: saveCommunicationNeedsBodySchema,
        response: { 200: communicationNeedsResponseSchema, ...problemResponses },
      },
    },
    async (request) => saveCommunicationNeeds((await authenticate(ctx, request)).repo, request.params.id, request.body),
  );

  app.get(
    '/api/people/:id/care-plan/easy-read.pdf',
    {
      schema: {
        tags,
        summary: 'The current plan in easy read as a PDF: large type, one idea per line, space for pictures',
        params: idParamsSchema,
        produces: ['application/pdf'],
        response: {
          200: z.any().describe('A PDF document'),
          ...problemResponses,
          503: problemSchema.describe('Too many documents are waiting to be produced: try again after Retry-After seconds'),
        },
      },
    },
    async (request, reply) => {
      const input = await easyReadPlanInput((await authenticate(ctx, request)).repo, request.params.id);
      const pdf = await renderer.renderEasyRead(input, request.log);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="care-plan-easy-read.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/people/:id/care-plan.txt',
    {
      schema: {
        tags,
        summary:
          'The current plan as plain text for a screen reader or text-to-speech: headings as lines, no tables, lists as sentences',
        params: idParamsSchema,
        produces: ['text/plain'],
        response: { 200: z.string().describe('The plan as plain text'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const text = await plainTextPlanFor((await authenticate(ctx, request)).repo, request.params.id);
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', 'inline; filename="care-plan.txt"')
        .header('cache-control', 'no-store')
        .send(text);
    },
  );
}
