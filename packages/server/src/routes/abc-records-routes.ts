// ABC records over HTTP: record one (idempotent on the phone's client id) or a replacement, list a person's records,
// open one, and the analysis of what they suggest together.
import {
  abcAnalysisResponseSchema,
  abcRecordFilterQuerySchema,
  abcRecordListSchema,
  abcRecordViewSchema,
  createAbcRecordBodySchema,
  idParamsSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { analyseAbcRecordsOf, createAbcRecord, getAbcRecord, listAbcRecords } from '../repo/abc-records-repository.js';

const tags = ['behaviour support'];

export function abcRecordsRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.post(
    '/api/people/:id/abc-records',
    {
      schema: {
        tags,
        summary:
          'Record an ABC record, or a replacement of one (supersedes, with a reason); sending the same record again (same clientId) answers the stored one with 200, a different one with 409',
        params: idParamsSchema,
        body: createAbcRecordBodySchema,
        response: { 200: abcRecordViewSchema, 201: abcRecordViewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { record, created } = await createAbcRecord((await authenticate(ctx, request)).repo, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(record);
    },
  );

  app.get(
    '/api/people/:id/abc-records',
    {
      schema: {
        tags,
        summary:
          'The person\u2019s ABC records that happened from `from` to `to` (days in England) of one behaviour, newest first, replaced ones kept and marked; with the behaviours recorded so far',
        params: idParamsSchema,
        querystring: abcRecordFilterQuerySchema,
        response: { 200: abcRecordListSchema, ...problemResponses },
      },
    },
    async (request) => listAbcRecords((await authenticate(ctx, request)).repo, request.params.id, request.query),
  );

  app.get(
    '/api/abc-records/:id',
    {
      schema: {
        tags,
        summary: 'One ABC record as it was written, with the record that replaced it, if any',
        params: idParamsSchema,
        response: { 200: abcRecordViewSchema, ...problemResponses },
      },
    },
    async (request) => getAbcRecord((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.get(
    '/api/people/:id/abc-analysis',
    {
      schema: {
        tags,
        summary:
          'What the person\u2019s current ABC records in the filter suggest together: antecedent and consequence counts, the records pointing to each function, and a possible function (a hypothesis) only with enough records and a clear lead',
        params: idParamsSchema,
        querystring: abcRecordFilterQuerySchema,
        response: { 200: abcAnalysisResponseSchema, ...problemResponses },
      },
    },
    async (request) => analyseAbcRecordsOf((await authenticate(ctx, request)).repo, request.params.id, request.query),
  );
}
