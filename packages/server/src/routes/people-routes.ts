// The people register over HTTP.
import {
  createPersonBodySchema,
  idParamsSchema,
  peopleSearchQuerySchema,
  personHistoryEntrySchema,
  personSchema,
  personSummarySchema,
  updatePersonBodySchema,
} from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createPerson, getPerson, listPeople, personHistory, updatePerson } from '../repo/people-repository.js';

export function peopleRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get('/api/people', {
    schema: { tags: ['people'], summary: 'Find people by name, preferred name, NHS number or date of birth', querystring: peopleSearchQuerySchema, response: { 200: z.array(personSummarySchema), ...problemResponses } },
  }, async (request) => {
    const { repo } = await authenticate(ctx, request);
    return listPeople(repo, request.query);
  });

  app.post('/api/people', {
    schema: { tags: ['people'], summary: 'Add a person to the register', body: createPersonBodySchema, response: { 201: personSchema, ...problemResponses } },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const person = await createPerson(repo, request.body);
    return reply.status(201).send(person);
  });

  app.get('/api/people/:id', {
    schema: { tags: ['people'], summary: 'A person\u2019s record', params: idParamsSchema, response: { 200: personSchema, ...problemResponses } },
  }, async (request) => {
    const { repo } = await authenticate(ctx, request);
    return getPerson(repo, request.params.id);
  });

  app.put('/api/people/:id', {
    schema: { tags: ['people'], summary: 'Change a person\u2019s record (refused with 409 if it changed since it was read)', params: idParamsSchema, body: updatePersonBodySchema, response: { 200: personSchema, ...problemResponses } },
  }, async (request) => {
    const { repo } = await authenticate(ctx, request);
    return updatePerson(repo, request.params.id, request.body);
  });

  app.get('/api/people/:id/history', {
    schema: { tags: ['people'], summary: 'Every version of a person\u2019s record: who, when, why and what changed', params: idParamsSchema, response: { 200: z.array(personHistoryEntrySchema), ...problemResponses } },
  }, async (request) => {
    const { repo } = await authenticate(ctx, request);
    return personHistory(repo, request.params.id);
  });
}
