// The shared record over HTTP: what an outside reader may see of a person's record (as a page, searched, as plain
// text, as large-print and easy-read PDFs), what they add to it, and for the person themselves who has looked at it. Every answer
// is made from the one view in repo/shared-record-view.ts; a person out of reach is 404 whatever the id.
import {
  newSharedEntryBodySchema,
  problemSchema,
  recordViewsSchema,
  sharedEntrySchema,
  sharedPersonLinkSchema,
  sharedPersonParamsSchema,
  sharedRecordViewSchema,
  sharedSearchQuerySchema,
  sharedSearchResultSchema,
} from '@hearth/core';
import { z } from 'zod';
import { londonDate, longDate } from '../dates.js';
import { authenticateExternal } from '../http/authenticate-external.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
import type { SharedPrintFormat } from '../pack/shared-record-document.js';
import { addSharedEntry } from '../repo/shared-entries.js';
import { reachablePeople } from '../repo/shared-people.js';
import { recordViewsFor } from '../repo/shared-record-views.js';
import { readSharedRecord } from '../repo/shared-record-view.js';
import { searchSharedRecord, sharedRecordPlainText } from '../repo/shared-record-text.js';

const tags = ['shared record'];
const security = [{ sharedSession: [] }];

export function sharedRecordRoutes(app: RouteApp, renderer: PackRenderer): void {
  const ctx = app.hearth;
  const repoOf = async (request: Parameters<typeof authenticateExternal>[1]) => (await authenticateExternal(ctx, request)).repo;

  app.get('/api/shared/people', {
    schema: { tags, security, summary: 'The people whose records the reader may see now', response: { 200: z.object({ people: z.array(sharedPersonLinkSchema) }), ...problemResponses } },
  }, async (request) => ({ people: await reachablePeople(await repoOf(request), 'shared.people.list') }));

  app.get('/api/shared/people/:personId', {
    schema: { tags, security, summary: 'What the reader may see of one person\u2019s record now', params: sharedPersonParamsSchema, response: { 200: sharedRecordViewSchema, ...problemResponses } },
  }, async (request) => (await readSharedRecord(await repoOf(request), request.params.personId, 'shared.record.read')).view);

  app.get('/api/shared/people/:personId/search', {
    schema: {
      tags, security, summary: 'Search what the reader may see of one person\u2019s record (all words, any case)',
      params: sharedPersonParamsSchema, querystring: sharedSearchQuerySchema, response: { 200: sharedSearchResultSchema, ...problemResponses },
    },
  }, async (request) => {
    // The query is not audited: it can hold words about the person; the read of the record is.
    const { view } = await readSharedRecord(await repoOf(request), request.params.personId, 'shared.record.search');
    return searchSharedRecord(view, request.query.q);
  });

  app.get('/api/shared/people/:personId/record.txt', {
    schema: {
      tags, security, summary: 'What the reader may see, as plain text for a screen reader or text-to-speech', params: sharedPersonParamsSchema,
      produces: ['text/plain'], response: { 200: z.string().describe('The shared record as plain text'), ...problemResponses },
    },
  }, async (request, reply) => {
    const { view } = await readSharedRecord(await repoOf(request), request.params.personId, 'shared.record.plain_text');
    return reply
      .type('text/plain; charset=utf-8')
      .header('content-disposition', 'inline; filename="shared-record.txt"')
      .header('cache-control', 'no-store')
      .send(sharedRecordPlainText(view, longDate(londonDate(ctx.now()))));
  });

  const pdfRoute = (file: string, format: SharedPrintFormat, summary: string, action: string, fileName: string) => {
    app.get(`/api/shared/people/:personId/${file}`, {
      schema: {
        tags, security, summary, params: sharedPersonParamsSchema,
        produces: ['application/pdf'],
        response: {
          200: z.any().describe('A PDF document'),
          ...problemResponses,
          503: problemSchema.describe('Too many documents are waiting to be produced: try again after Retry-After seconds'),
        },
      },
    }, async (request, reply) => {
      const { view } = await readSharedRecord(await repoOf(request), request.params.personId, action);
      const pdf = await renderer.renderSharedRecord({ format, view, printedOn: longDate(londonDate(ctx.now())) }, request.log);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    });
  };
  pdfRoute('record.pdf', 'large_print', 'What the reader may see (shared plan sections, daily records, what they added) in large print, as a PDF', 'shared.record.large_print', 'shared-record-large-print.pdf');
  pdfRoute('record-easy-read.pdf', 'easy_read', 'What the reader may see in easy read, as a PDF', 'shared.record.easy_read', 'shared-record-easy-read.pdf');

  app.post('/api/shared/people/:personId/entries', {
    schema: {
      tags, security, summary: 'Add a comment, an update to About Me, feedback or a concern (not for officers, who read only)',
      params: sharedPersonParamsSchema, body: newSharedEntryBodySchema, response: { 201: sharedEntrySchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const entry = await addSharedEntry(await repoOf(request), request.params.personId, request.body);
    return reply.status(201).send(entry);
  });

  app.get('/api/shared/people/:personId/record-views', {
    schema: { tags, security, summary: 'Who has looked at the record and when (only for the person themselves)', params: sharedPersonParamsSchema, response: { 200: recordViewsSchema, ...problemResponses } },
  }, async (request) => recordViewsFor(await repoOf(request), request.params.personId));
}
