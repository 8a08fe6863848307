// Data requests from councils and professionals over HTTP: log one, list them with time left, read one, make and
// its export bundle (downloaded from the shared GET /api/record-exports/:id/file), close it, and the report of how many were answered by the deadline.
import {
  createDataRequestBodySchema,
  dataRequestExportSchema,
  dataRequestListQuerySchema,
  dataRequestListSchema,
  dataRequestReportQuerySchema,
  dataRequestReportSchema,
  dataRequestSchema,
  idParamsSchema,
  updateDataRequestBodySchema,
} from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { dataRequestsCsv } from '../report/data-requests-csv.js';
import { makeDataRequestExport } from '../repo/data-requests-export.js';
import { addDataRequestUpdate, createDataRequest, dataRequestReport, getDataRequest, listDataRequests } from '../repo/data-requests-repository.js';

export function dataRequestsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['data requests'];

  app.post('/api/data-requests', {
    schema: {
      tags,
      summary: 'Log a request for records from a council or another professional; due 24 hours after receipt unless given',
      body: createDataRequestBodySchema,
      response: { 201: dataRequestSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createDataRequest((await authenticate(ctx, request)).repo, request.body)));

  app.get('/api/data-requests', {
    schema: {
      tags,
      summary: 'The requests the caller may read (open by default), open first by deadline with the time left',
      querystring: dataRequestListQuerySchema,
      response: { 200: dataRequestListSchema, ...problemResponses },
    },
  }, async (request) => listDataRequests((await authenticate(ctx, request)).repo, request.query));

  app.get('/api/data-requests/report', {
    schema: {
      tags,
      summary: 'How many requests received in a period were answered by their deadline, and the median response time',
      querystring: dataRequestReportQuerySchema,
      response: { 200: dataRequestReportSchema, ...problemResponses },
    },
  }, async (request) => (await dataRequestReport((await authenticate(ctx, request)).repo, request.query)).report);

  app.get('/api/data-requests/report.csv', {
    schema: {
      tags,
      summary: 'The requests received in a period as CSV, one row each with its response time; names no person',
      querystring: dataRequestReportQuerySchema,
      produces: ['text/csv'],
      response: { 200: z.any().describe('A CSV file, UTF-8 with a byte-order mark'), ...problemResponses },
    },
  }, async (request, reply) => {
    const { requests } = await dataRequestReport((await authenticate(ctx, request)).repo, request.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="data-requests-${request.query.from}-to-${request.query.to}.csv"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(dataRequestsCsv(requests), 'utf8'));
  });

  app.get('/api/data-requests/:id', {
    schema: {
      tags,
      summary: 'One request with the people it names, its history (newest first) and the export bundles made for it',
      params: idParamsSchema,
      response: { 200: dataRequestSchema, ...problemResponses },
    },
  }, async (request) => getDataRequest((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/data-requests/:id/exports', {
    schema: {
      tags,
      summary: 'Make an export bundle (zip) of the named people’s records, current plans and last 28 days of visit records',
      params: idParamsSchema,
      response: { 201: dataRequestExportSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await makeDataRequestExport((await authenticate(ctx, request)).repo, request.params.id)));

  app.post('/api/data-requests/:id/updates', {
    schema: {
      tags,
      summary: 'Close a request: answered (by an export bundle or another way), declined with a reason, or withdrawn; all final',
      params: idParamsSchema,
      body: updateDataRequestBodySchema,
      response: { 201: dataRequestSchema, ...problemResponses },
    },
  }, async (request, reply) =>
    reply.status(201).send(await addDataRequestUpdate((await authenticate(ctx, request)).repo, request.params.id, request.body)));
}
