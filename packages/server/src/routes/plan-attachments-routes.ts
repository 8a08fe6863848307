// Files attached to a person's plan over HTTP. The upload's body is the file itself, with its own Content-Type;
// its name, section and description travel as query parameters (request logs keep the path only).
import {
  MAX_ATTACHMENT_BYTES,
  acceptedFilesDescription,
  attachmentMediaType,
  attachmentMediaTypes,
  attachmentParamsSchema,
  attachmentUploadQuerySchema,
  idParamsSchema,
  planAttachmentSchema,
  planAttachmentsSchema,
  problemSchema,
} from '@hearth/core';
import type { FastifyError, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticate, type Authenticated } from '../http/authenticate.js';
import { HttpError } from '../http/http-error.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { addPlanAttachment, downloadPlanAttachment, listPlanAttachments } from '../repo/plan-attachments-repository.js';

const tooLarge = 'The file must be 10 MB or smaller';

/** `attachment; filename="…"; filename*=UTF-8''…`: an ASCII stand-in for old clients, the real name for the rest. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function planAttachmentsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['care plans'];

  // Its own context, so the file-as-body parsing and the upload's size limit apply to these routes alone.
  void app.register((plugin, _options, done) => {
    const routes = plugin.withTypeProvider<ZodTypeProvider>();
    routes.removeAllContentTypeParsers();
    routes.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, parsed) => {
      parsed(null, body);
    });
    routes.setErrorHandler((error: FastifyError, _request, _reply) => {
      // Handed on to the app's problem handler, with words that fit a file rather than a request.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new HttpError('payload_too_large', tooLarge, [{ field: 'file', message: tooLarge }]);
      throw error;
    });

    // Signed in before a byte of the file is read: a stranger cannot make the server buffer 10 MB.
    const signedIn = new WeakMap<FastifyRequest, Authenticated>();
    const authenticated = (request: FastifyRequest): Authenticated => {
      const found = signedIn.get(request);
      if (!found) throw new HttpError('unauthenticated');
      return found;
    };

    routes.get('/api/people/:id/care-plan/attachments', {
      schema: {
        tags,
        summary: 'Files attached to the plan and its sections, newest first (details only, not the files)',
        params: idParamsSchema,
        response: { 200: planAttachmentsSchema, ...problemResponses },
      },
    }, async (request) => listPlanAttachments((await authenticate(ctx, request)).repo, request.params.id));

    routes.post('/api/people/:id/care-plan/attachments', {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      onRequest: async (request) => {
        signedIn.set(request, await authenticate(ctx, request));
      },
      schema: {
        tags,
        summary: `Attach a file (${acceptedFilesDescription}, at most 10 MB) to the plan or a section; the body is the file`,
        params: idParamsSchema,
        querystring: attachmentUploadQuerySchema,
        consumes: [...attachmentMediaTypes],
        body: z.any().describe('The file\u2019s bytes, sent with its own Content-Type'),
        response: { 201: planAttachmentSchema, ...problemResponses, 413: problemSchema, 415: problemSchema },
      },
    }, async (request, reply) => {
      const { repo } = authenticated(request);
      const mediaType = attachmentMediaType(request.headers['content-type']);
      if (mediaType === null) {
        throw new HttpError('unsupported_media_type', `Attach ${acceptedFilesDescription}`, [{ field: 'file', message: `Choose ${acceptedFilesDescription}` }]);
      }
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const attachment = await addPlanAttachment(repo, request.params.id, { ...request.query, mediaType, bytes });
      return reply.status(201).send(attachment);
    });

    routes.get('/api/people/:id/care-plan/attachments/:attachmentId', {
      schema: {
        tags,
        summary: 'Download one attached file, exactly as it was added',
        params: attachmentParamsSchema,
        produces: [...attachmentMediaTypes],
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    }, async (request, reply) => {
      const file = await downloadPlanAttachment((await authenticate(ctx, request)).repo, request.params.id, request.params.attachmentId);
      return reply
        .type(file.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        // Opened in a tab rather than saved, the file still runs nothing and loads nothing.
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'no-store')
        .send(file.content);
    });
    done();
  });
}
