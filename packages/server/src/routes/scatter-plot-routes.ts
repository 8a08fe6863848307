// Scatter plots over HTTP: the grid for one behaviour with the behaviours to choose from, and a day's cells filled
// in directly.
import {
  idParamsSchema,
  scatterEntriesPostSchema,
  scatterEntriesResponseSchema,
  scatterPlotQuerySchema,
  scatterPlotResponseSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getScatterPlot, recordScatterPlotEntries } from '../repo/scatter-plot-repository.js';

const tags = ['behaviour support'];

export function scatterPlotRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/people/:id/scatter-plot',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s scatter plot for one behaviour: days against time slots, each cell from the ABC records in force and the grade filled in directly (the latest for a cell), shaded by how often or how intense, with a summary in words and the behaviours to choose from',
        params: idParamsSchema,
        querystring: scatterPlotQuerySchema,
        response: { 200: scatterPlotResponseSchema, ...problemResponses },
      },
    },
    async (request) => getScatterPlot((await authenticate(ctx, request)).repo, request.params.id, request.query),
  );

  app.post(
    '/api/people/:id/scatter-plot/entries',
    {
      schema: {
        tags,
        summary:
          'Fill in one day\u2019s time slots for one behaviour directly (none, some or high, and the activity); each is a new entry and the latest for a slot is the one shown, earlier ones kept',
        params: idParamsSchema,
        body: scatterEntriesPostSchema,
        response: { 201: scatterEntriesResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordScatterPlotEntries((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );
}
