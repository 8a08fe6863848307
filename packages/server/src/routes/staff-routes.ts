// Staff accounts and services over HTTP: administrators manage, others may read what the policy allows.
import {
  createInvitationBodySchema,
  createServiceBodySchema,
  idParamsSchema,
  invitationCreatedSchema,
  serviceSchema,
  staffMemberSchema,
  updateGrantsBodySchema,
  updateServiceBodySchema,
} from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createService, listServices, updateService } from '../repo/services-repository.js';
import { createInvitation, deactivateStaff, listStaff, resetMfa, updateGrants } from '../repo/staff-repository.js';

export function staffRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const noContent = { 204: z.null(), ...problemResponses };

  app.get('/api/services', {
    schema: { tags: ['staff'], summary: 'Services the signed-in member of staff may see', response: { 200: z.array(serviceSchema), ...problemResponses } },
  }, async (request) => listServices((await authenticate(ctx, request)).repo));

  app.post('/api/services', {
    schema: { tags: ['staff'], summary: 'Add a homecare branch or care home', body: createServiceBodySchema, response: { 201: serviceSchema, ...problemResponses } },
  }, async (request, reply) => reply.status(201).send(await createService((await authenticate(ctx, request)).repo, request.body)));

  app.put('/api/services/:id', {
    schema: { tags: ['staff'], summary: 'Rename a service or change how often its plans are reviewed', params: idParamsSchema, body: updateServiceBodySchema, response: { 200: serviceSchema, ...problemResponses } },
  }, async (request) => updateService((await authenticate(ctx, request)).repo, request.params.id, request.body));

  app.get('/api/staff', {
    schema: { tags: ['staff'], summary: 'Staff accounts, including deactivated ones', response: { 200: z.array(staffMemberSchema), ...problemResponses } },
  }, async (request) => listStaff((await authenticate(ctx, request)).repo));

  app.post('/api/staff/invitations', {
    schema: { tags: ['staff'], summary: 'Invite someone: a single-use link that expires', body: createInvitationBodySchema, response: { 201: invitationCreatedSchema, ...problemResponses } },
  }, async (request, reply) => reply.status(201).send(await createInvitation((await authenticate(ctx, request)).repo, ctx.config, request.body)));

  app.put('/api/staff/:id/grants', {
    schema: { tags: ['staff'], summary: 'Set a member of staff\u2019s roles and services', params: idParamsSchema, body: updateGrantsBodySchema, response: noContent },
  }, async (request, reply) => {
    await updateGrants((await authenticate(ctx, request)).repo, request.params.id, request.body.grants);
    return reply.status(204).send(null);
  });

  app.post('/api/staff/:id/mfa-reset', {
    schema: { tags: ['staff'], summary: 'Reset a member of staff\u2019s second factor', params: idParamsSchema, response: noContent },
  }, async (request, reply) => {
    await resetMfa((await authenticate(ctx, request)).repo, request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/staff/:id/deactivate', {
    schema: { tags: ['staff'], summary: 'Deactivate an account (never deleted: their entries stay attributed)', params: idParamsSchema, response: noContent },
  }, async (request, reply) => {
    await deactivateStaff((await authenticate(ctx, request)).repo, request.params.id);
    return reply.status(204).send(null);
  });
}
