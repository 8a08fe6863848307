// Test data for the shared record, built directly as the database owner: contacts, sharing decisions, outside
// sign-ins linked to them (as an accepted invitation links them), and a signed-in outside reader over HTTP.
import type { ContactRelationship, RecordPart } from '@hearth/core';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/session-store.js';
import { testPassword, type TestOrganisation } from './factories.js';
import type { Agent } from './test-app.js';
import { asOwner, type TestDatabase } from './test-database.js';

let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(testPassword));

export const uniqueEmail = (stem: string) => `${stem}.${randomBytes(4).toString('hex')}@outside.example`;

export async function buildContact(
  db: TestDatabase,
  org: TestOrganisation,
  input: { personId: string; createdBy: string; relationship?: ContactRelationship; name?: string; email?: string | null },
): Promise<{ id: string; email: string | null; name: string }> {
  const name = input.name ?? 'Ray Clarke';
  const email = input.email === undefined ? uniqueEmail('contact') : input.email;
  return asOwner(db, async (c) => {
    const id = (await c.query<{ id: string }>(
      'INSERT INTO person_contacts (organisation_id, person_id, name, relationship, email, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [org.id, input.personId, name, input.relationship ?? 'family', email, input.createdBy],
    )).rows[0]!.id;
    return { id, email, name };
  });
}

/** A new sharing decision for a contact; the newest one is in force. */
export async function decideSharing(
  db: TestDatabase,
  org: TestOrganisation,
  input: { personId: string; contactId: string; recordedBy: string; parts: readonly RecordPart[]; endsOn?: string | null; revoked?: boolean; recordedAt?: Date },
): Promise<void> {
  await asOwner(db, (c) => c.query(
    `INSERT INTO sharing_decisions (organisation_id, person_id, contact_id, parts, ends_on, decided_by, revoked, reason, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, 'person', $6, 'As the person asked', $7, $8)`,
    [org.id, input.personId, input.contactId, input.parts, input.endsOn ?? null, input.revoked ?? false, input.recordedBy, input.recordedAt ?? new Date()],
  ));
}

/** An outside sign-in (password testPassword) linked to a contact or grant through a used invitation. */
export async function buildExternalAccount(
  db: TestDatabase,
  org: TestOrganisation,
  input: { email: string; name: string; createdBy: string; target: { contactId: string } | { grantId: string } },
): Promise<string> {
  const hash = await passwordHash();
  return asOwner(db, async (c) => {
    const contactId = 'contactId' in input.target ? input.target.contactId : null;
    const grantId = 'grantId' in input.target ? input.target.grantId : null;
    const invitation = (await c.query<{ id: string }>(
      `INSERT INTO external_invitations (organisation_id, token_hash, email, name, contact_id, grant_id, expires_at, used_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, now() + interval '1 day', now(), $7) RETURNING id`,
      [org.id, hashToken(randomBytes(32).toString('base64url')), input.email, input.name, contactId, grantId, input.createdBy],
    )).rows[0]!.id;
    const account = (await c.query<{ id: string }>(
      'INSERT INTO external_accounts (organisation_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [org.id, input.email, input.name, hash],
    )).rows[0]!.id;
    await c.query(
      'INSERT INTO external_account_links (organisation_id, account_id, contact_id, grant_id, invitation_id) VALUES ($1, $2, $3, $4, $5)',
      [org.id, account, contactId, grantId, invitation],
    );
    return account;
  });
}

export function sharedCookieFrom(response: { cookies: { name: string; value: string }[]; statusCode: number; body: string }): string {
  const cookie = response.cookies.find((c) => c.name === 'hearth_shared_session');
  if (!cookie) throw new Error(`no shared session cookie in response ${response.statusCode}: ${response.body}`);
  return `hearth_shared_session=${cookie.value}`;
}

/** Signs an outside reader in through the API, as the sign-in page does. */
export async function signInShared(app: FastifyInstance, email: string, password = testPassword): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`shared sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = sharedCookieFrom(res);
  const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method, url,
      headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return { cookie, csrfToken, get: (url) => send('GET', url), post: (url, body) => send('POST', url, body), put: (url, body) => send('PUT', url, body) };
}
