// Subject access over HTTP: make the export of everything held about a person, and download a record export.
import { idParamsSchema, recordExportSchema } from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createSubjectAccessExport, downloadRecordExport } from '../repo/subject-access-repository.js';

export function subjectAccessRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['subject access'];

  app.post(
    '/api/people/:id/subject-access-exports',
    {
      schema: {
        tags,
        summary:
          'Export everything held about the person (UK GDPR right of access) as one zip, kept exactly as made with its SHA-256',
        params: idParamsSchema,
        response: { 201: recordExportSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSubjectAccessExport((await authenticate(ctx, request)).repo, request.params.id)),
  );

  app.get(
    '/api/record-exports/:id/file',
    {
      schema: {
        tags,
        summary: 'Download a record export exactly as it was made (a subject access export or one made for a data request)',
        params: idParamsSchema,
        produces: ['application/zip', 'application/octet-stream'],
        response: { 200: z.any().describe('The export file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadRecordExport((await authenticate(ctx, request)).repo, request.params.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`)
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  );
}
