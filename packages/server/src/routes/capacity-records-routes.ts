// Legal authority, advance decisions, liberty safeguards, IMCA, consent, advance care plans and ReSPECT over HTTP:
// one POST per kind, made from one table, and one GET for everything about the person.
import {
  capacityRecordKindLabels,
  capacityRecordKinds,
  capacityRecordPostSchemas,
  capacityRecordRoutes,
  capacityRecordsResponseSchema,
  capacityRecordViewSchemas,
  idParamsSchema,
  type CapacityRecordKind,
  type CapacityRecordPost,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getCapacityRecords, recordCapacityRecord } from '../repo/capacity-records-repository.js';

const tags = ['mental capacity'];

export function capacityRecordsRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/people/:id/capacity-records',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s powers of attorney, advance decisions, liberty safeguards, IMCA, consent, advance care plans and ReSPECT / DNACPR records (newest first, replaced ones kept), with what needs attention',
        params: idParamsSchema,
        response: { 200: capacityRecordsResponseSchema, ...problemResponses },
      },
    },
    async (request) => getCapacityRecords((await authenticate(ctx, request)).repo, request.params.id),
  );

  for (const kind of capacityRecordKinds) recordRoute(app, kind);
}

function recordRoute(app: RouteApp, kind: CapacityRecordKind): void {
  const ctx = app.hearth;
  app.post(
    `/api/people/:id/${capacityRecordRoutes[kind].path}`,
    {
      schema: {
        tags,
        summary: `Record a ${capacityRecordKindLabels[kind].replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}; it is never changed, and a later one replaces it by naming it in supersedes with a reason`,
        params: idParamsSchema,
        body: capacityRecordPostSchemas[kind],
        response: { 201: capacityRecordViewSchemas[kind], ...problemResponses },
      },
    },
    // The body was checked by this kind's schema; the type system sees only "one of the kinds", so it is paired here.
    async (request, reply) =>
      reply.status(201).send(
        await recordCapacityRecord((await authenticate(ctx, request)).repo, request.params.id, {
          kind,
          post: request.body,
        } as CapacityRecordPost),
      ),
  );
}
