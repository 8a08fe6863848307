// The emergency pack over HTTP: start printing every current pack of a service (or of the people on one worker's
// round that day) as one PDF, follow its progress, download it when done.
import { emergencyPackJobParamsSchema, emergencyPackJobSchema, emergencyPackStartBodySchema, idParamsSchema, problemSchema } from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { HttpError } from '../http/http-error.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createEmergencyPacks, viewOf } from '../pack/emergency-pack-jobs.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
import { requireEmergencyPack, startEmergencyPack } from '../repo/emergency-pack-repository.js';
import { londonDate } from '../dates.js';

export function emergencyPackRoutes(app: RouteApp, renderer: PackRenderer): void {
  const ctx = app.hearth;
  const tags = ['packs'];
  // Each job renders one pack at a time, so with no more jobs than pack threads the jobs alone never fill the print
  // queue: its places (packQueueLimit) stay for single prints.
  const packs = createEmergencyPacks({ renderer, maxRunning: ctx.config.packRenderThreads, now: ctx.now, log: app.log });
  // Fastify runs onClose hooks last-registered first: this one, added after the pack threads' own, stops the jobs
  // between packs and waits for them before the threads stop.
  app.addHook('onClose', () => packs.close());

  app.post('/api/services/:id/emergency-packs', {
    schema: {
      tags,
      summary:
        'Start printing the emergency pack: the pack of everyone in the service with a plan in use, or with a round (a worker and a day) of the people on it, as one PDF (joins one already being prepared)',
      params: idParamsSchema,
      body: emergencyPackStartBodySchema,
      response: {
        202: emergencyPackJobSchema,
        ...problemResponses,
        503: problemSchema.describe('Too many emergency packs are being prepared: try again after Retry-After seconds'),
      },
    },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const { job, isNew } = await startEmergencyPack(repo, request.params.id, packs, request.body?.round ?? null);
    if (isNew) packs.begin(job, repo);
    return reply.code(202).header('location', `/api/emergency-packs/${job.id}`).send(viewOf(job));
  });

  app.get('/api/emergency-packs/:jobId', {
    schema: {
      tags,
      summary: 'How far an emergency pack has got: packs prepared of the total, who was left out and why',
      params: emergencyPackJobParamsSchema,
      response: { 200: emergencyPackJobSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const job = await requireEmergencyPack(repo, request.params.jobId, packs.get(request.params.jobId), 'progress');
    return reply.header('cache-control', 'no-store').send(viewOf(job));
  });

  app.get('/api/emergency-packs/:jobId/file.pdf', {
    schema: {
      tags,
      summary: 'Download a finished emergency pack (cover page, then each person\'s pack) as one PDF',
      params: emergencyPackJobParamsSchema,
      produces: ['application/pdf'],
      response: { 200: z.any().describe('A PDF document'), ...problemResponses },
    },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const held = packs.get(request.params.jobId);
    const pdf = held?.pdf ?? null;
    // Only a download that sends the file is audited as one.
    const job = await requireEmergencyPack(repo, request.params.jobId, held, pdf ? 'download' : 'progress');
    if (!pdf) {
      throw new HttpError('conflict', job.status === 'failed' && job.failure ? job.failure : 'The emergency pack is still being prepared: download it when it is ready.');
    }
    const slug = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const stem = slug(job.serviceName) || 'service';
    const name = job.round
      ? `emergency-pack-${stem}-round-${slug(job.round.staffName) || 'worker'}-${job.round.date}`
      : `emergency-pack-${stem}-${londonDate(job.finishedAt ?? ctx.now())}`;
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${name}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
