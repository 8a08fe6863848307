// The service user guide and the pack for the home over HTTP.
import { idParamsSchema, problemSchema, serviceUserGuideResponseSchema, serviceUserGuideSchema } from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import type { PackInput } from '../pack/pack-document.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
import { getServiceUserGuide, packsOutOfDate, printPack, saveServiceUserGuide } from '../repo/pack-repository.js';

const outOfDateSchema = z.array(z.object({
  personId: z.uuid(), legalName: z.string(), preferredName: z.string().nullable(), printedAt: z.string(),
  printedVersion: z.number().int().nullable(), currentVersion: z.number().int(),
}));

export function packRoutes(app: RouteApp, renderer: PackRenderer): void {
  const ctx = app.hearth;
  const tags = ['packs'];

  app.get('/api/service-user-guide', {
    schema: { tags, summary: 'The service user guide printed in every pack', response: { 200: serviceUserGuideResponseSchema, ...problemResponses } },
  }, async (request) => getServiceUserGuide((await authenticate(ctx, request)).repo));

  app.put('/api/service-user-guide', {
    schema: { tags, summary: 'Save a new version of the service user guide', body: serviceUserGuideSchema, response: { 200: serviceUserGuideResponseSchema, ...problemResponses } },
  }, async (request) => saveServiceUserGuide((await authenticate(ctx, request)).repo, request.body));

  app.get('/api/people/:id/pack.pdf', {
    schema: {
      tags,
      summary: 'Print the pack for the home (service user guide, one-page profile, plan, medication record, alerts) as a PDF',
      params: idParamsSchema,
      querystring: z.object({ size: z.enum(['standard', 'large']).default('standard') }),
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('A PDF document'),
        ...problemResponses,
        503: problemSchema.describe('Too many packs are waiting to be printed: try again after Retry-After seconds'),
      },
    },
  }, async (request, reply) => {
    const render = (input: PackInput) => renderer.render(input, request.log);
    const pdf = await printPack((await authenticate(ctx, request)).repo, request.params.id, request.query.size, render);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="care-pack-${request.query.size}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/api/packs/out-of-date', {
    schema: { tags, summary: 'Homes whose paper pack holds an older plan than the one in use', response: { 200: outOfDateSchema, ...problemResponses } },
  }, async (request) => packsOutOfDate((await authenticate(ctx, request)).repo));
}
