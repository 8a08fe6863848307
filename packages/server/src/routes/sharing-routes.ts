// A person's contacts and what the person decides each may see, over HTTP (staff side): add contacts, record and stop
// sharing, invite a contact to their own sign-in, and read what contacts added.
import {
  contactDetailSchema,
  contactEntriesResponseSchema,
  contactInvitationResponseSchema,
  contactListResponseSchema,
  contactParamsSchema,
  idParamsSchema,
  newContactBodySchema,
  revokeSharingBodySchema,
  sharingDecisionBodySchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  createContact,
  getContact,
  inviteContact,
  listContactEntries,
  listContacts,
  recordSharingDecision,
  revokeSharing,
} from '../repo/sharing-repository.js';

export function sharingRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['sharing'];

  app.get(
    '/api/people/:id/contacts',
    {
      schema: {
        tags,
        summary: 'The people around a person who may be given a view of their record, each with what they see today',
        params: idParamsSchema,
        response: { 200: contactListResponseSchema, ...problemResponses },
      },
    },
    async (request) => listContacts((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/people/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact; nothing is shared with them until the person decides',
        params: idParamsSchema,
        body: newContactBodySchema,
        response: { 201: contactDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createContact((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.get(
    '/api/people/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'One contact, what they see today, and every decision about them, newest first',
        params: contactParamsSchema,
        response: { 200: contactDetailSchema, ...problemResponses },
      },
    },
    async (request) => getContact((await authenticate(ctx, request)).repo, request.params.id, request.params.contactId),
  );

  app.post(
    '/api/people/:id/contacts/:contactId/sharing',
    {
      schema: {
        tags,
        summary: 'Record what the person decided this contact may see; the newest decision is in force',
        params: contactParamsSchema,
        body: sharingDecisionBodySchema,
        response: { 201: contactDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordSharingDecision(
            (await authenticate(ctx, request)).repo,
            request.params.id,
            request.params.contactId,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/people/:id/contacts/:contactId/sharing/revoke',
    {
      schema: {
        tags,
        summary: 'Stop sharing with this contact at once; the earlier decisions stay in the history',
        params: contactParamsSchema,
        body: revokeSharingBodySchema,
        response: { 201: contactDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await revokeSharing((await authenticate(ctx, request)).repo, request.params.id, request.params.contactId, request.body),
        ),
  );

  app.post(
    '/api/people/:id/contacts/:contactId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite the contact to make their own sign-in; the link is answered once, to be sent to them',
        params: contactParamsSchema,
        response: { 201: contactInvitationResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteContact((await authenticate(ctx, request)).repo, ctx.config, request.params.id, request.params.contactId),
        ),
  );

  app.get(
    '/api/people/:id/contact-entries',
    {
      schema: {
        tags,
        summary: 'What the person, family and advocates added through their own sign-ins, newest first (read-only)',
        params: idParamsSchema,
        response: { 200: contactEntriesResponseSchema, ...problemResponses },
      },
    },
    async (request) => listContactEntries((await authenticate(ctx, request)).repo, request.params.id),
  );
}
