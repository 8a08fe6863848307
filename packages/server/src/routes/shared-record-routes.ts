// The shared record over HTTP: what an outside reader may see of a person's record (as a page, searched, as plain
// text, as a large-print PDF), what they add to it, and for the person themselves who has looked at it. Every answer
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
import { HttpError } from '../http/http-error.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
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

  app.get('/api/shared/people/:personId/record.pdf', {
    schema: {
      tags, security, summary: 'The shared plan sections in large print (easy-read layout) as a PDF', params: sharedPersonParamsSchema,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('A PDF document'),
        ...problemResponses,
        503: problemSchema.describe('Too many documents are waiting to be produced: try again after Retry-After seconds'),
      },
    },
  }, async (request, reply) => {
    const data = await readSharedRecord(await repoOf(request), request.params.personId, 'shared.record.large_print');
    // Only plan sections are printed: with none shared there is nothing to print (not "no plan yet", which would mislead).
    if (!data.view.parts.some((p) => p !== 'daily_records')) {
      throw new HttpError('not_found', 'The large-print version holds the plan, and no part of the plan is shared with you');
    }
    const pdf = await renderer.renderEasyRead({
      person: { legalName: data.view.person.name, preferredName: data.view.person.preferredName },
      plan: data.printablePlan,
      definitions: data.definitions,
      printedOn: longDate(londonDate(ctx.now())),
    }, request.log);
    return reply
      .type('application/pdf')
      .header('content-disposition', 'inline; filename="shared-record-large-print.pdf"')
      .header('cache-control', 'no-store')
      .send(pdf);
  });

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
