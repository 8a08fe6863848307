// Turns an outside reader's session cookie (the person, family, advocate, officer) into who they are and what they
// may reach now, or refuses it. Staff sessions are never accepted here, and this cookie never on staff routes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadExternalIdentity, type ExternalIdentity } from '../auth/external-actor.js';
import { endExternalSession, findExternalSession, touchExternalSession, type ExternalSession } from '../auth/external-session-store.js';
import { tokensMatch } from '../auth/session-store.js';
import { inTransaction } from '../db/transaction.js';
import { SharedRecordRepository } from '../repo/shared-record-repository.js';
import type { AppContext } from './context.js';
import { HttpError } from './http-error.js';

export const externalSessionCookie = 'hearth_shared_session';

export interface ExternalAuthenticated {
  session: ExternalSession;
  identity: ExternalIdentity;
  repo: SharedRecordRepository;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function authenticateExternal(ctx: AppContext, request: FastifyRequest): Promise<ExternalAuthenticated> {
  const token = request.cookies[externalSessionCookie];
  if (!token) throw new HttpError('unauthenticated');
  const now = ctx.now();
  const found = await findExternalSession(ctx.pool, ctx.config, token, now);
  if (found.state === 'none') throw new HttpError('unauthenticated');
  if (found.state !== 'valid') {
    await inTransaction(ctx.pool, found.session.organisationId, (tx) => endExternalSession(tx, found.session.idHash, now));
    throw new HttpError('unauthenticated', found.state === 'idle' ? 'You were signed out after a period without activity' : 'Your session has ended');
  }
  if (!safeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !tokensMatch(sent, found.session.csrfToken)) throw new HttpError('csrf');
  }
  const session = found.session;
  const identity = await inTransaction(ctx.pool, session.organisationId, async (tx) => {
    await touchExternalSession(tx, session, now);
    return loadExternalIdentity(tx, session.accountId, now);
  });
  if (!identity) throw new HttpError('unauthenticated');
  return { session, identity, repo: new SharedRecordRepository(ctx.pool, identity.actor, ctx.now) };
}

export function setExternalSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  void reply.setCookie(externalSessionCookie, token, { httpOnly: true, sameSite: 'strict', secure: ctx.config.behindTls, path: '/' });
}

export function clearExternalSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(externalSessionCookie, { httpOnly: true, sameSite: 'strict', secure: ctx.config.behindTls, path: '/' });
}
