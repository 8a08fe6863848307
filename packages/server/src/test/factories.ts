// Typed test data with overrides: a fresh organisation per test, built as the database owner.
import { toolkitSections, withNhsCheckDigit, type CreatePersonBody, type StaffRole } from '@hearth/core';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/passwords.js';
import { currentTotp } from '../auth/totp.js';
import { agentFor, sessionCookieFrom, type Agent } from './test-app.js';
import { asOwner, type TestDatabase } from './test-database.js';

export const testPassword = 'plum orchard lantern';
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(testPassword));

export interface TestOrganisation {
  id: string;
  homecareId: string;
  careHomeId: string;
}

export async function buildOrganisation(db: TestDatabase, name = 'Test Care Ltd'): Promise<TestOrganisation> {
  return asOwner(db, async (c) => {
    const id = (await c.query<{ id: string }>('INSERT INTO organisations (name) VALUES ($1) RETURNING id', [name])).rows[0]!.id;
    const service = async (n: string, kind: string) =>
      (await c.query<{ id: string }>('INSERT INTO services (organisation_id, name, kind) VALUES ($1, $2, $3) RETURNING id', [id, n, kind])).rows[0]!.id;
    return { id, homecareId: await service(`${name} Homecare`, 'homecare'), careHomeId: await service(`${name} Care Home`, 'care_home') };
  });
}

export interface TestStaff {
  id: string;
  email: string;
  totpSecret: string | null;
}

export async function buildStaff(
  db: TestDatabase,
  org: TestOrganisation,
  overrides: { role?: StaffRole; serviceId?: string | null; totpSecret?: string | null; email?: string; name?: string } = {},
): Promise<TestStaff> {
  const role = overrides.role ?? 'care_worker';
  const email = overrides.email ?? `${role}.${randomBytes(4).toString('hex')}@test.example`;
  const totpSecret = overrides.totpSecret !== undefined ? overrides.totpSecret : role === 'registered_manager' || role === 'administrator' ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : null;
  const serviceId = overrides.serviceId !== undefined ? overrides.serviceId : org.homecareId;
  const hash = await passwordHash();
  return asOwner(db, async (c) => {
    const id = (await c.query<{ id: string }>(
      'INSERT INTO staff (organisation_id, email, name, password_hash, totp_secret) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [org.id, email, overrides.name ?? `Test ${role}`, hash, totpSecret],
    )).rows[0]!.id;
    await c.query('INSERT INTO staff_grants (organisation_id, staff_id, role, service_id) VALUES ($1, $2, $3, $4)', [org.id, id, role, serviceId]);
    return { id, email, totpSecret };
  });
}

let nhsStem = 100000000 + Math.floor(Math.random() * 800000000);
export function nextNhsNumber(): string {
  for (;;) {
    const n = withNhsCheckDigit(String(nhsStem++));
    if (n) return n;
  }
}

export function personBody(serviceId: string, overrides: Partial<CreatePersonBody> = {}): Record<string, unknown> {
  return {
    serviceId,
    legalName: 'Edith Clarke',
    preferredName: 'Edie',
    pronouns: 'she/her',
    dateOfBirth: '1940-05-17',
    nhsNumber: nextNhsNumber(),
    address: { line1: '1 Mill Street', line2: null, town: 'Leeds', postcode: 'LS1 4AP' },
    contacts: [{ name: 'Ray Clarke', relationship: 'Son', phone: '0113 496 0999', email: null, isNextOfKin: true }],
    gp: { practice: 'Mill Street Surgery', name: null, phone: null },
    serviceStartDate: '2025-01-01',
    status: 'active',
    statusDate: null,
    alerts: [{ kind: 'allergy', description: 'Penicillin' }],
    accessDetails: { howToGetIn: 'Key safe by the back door', keySafeCode: '1234' },
    ...overrides,
  };
}

/** Signs in through the API as a real browser would, passing the second factor where the role needs it. */
export async function signInAs(app: FastifyInstance, staff: TestStaff, now: () => Date = () => new Date()): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: staff.email, password: testPassword } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ status: string; csrfToken: string }>();
  if (body.status === 'signed_in') return agentFor(app, sessionCookieFrom(res), body.csrfToken);
  if (body.status !== 'mfa_required' || !staff.totpSecret) throw new Error(`unexpected sign-in state ${body.status}`);
  const mfa = await app.inject({
    method: 'POST', url: '/api/auth/mfa/verify',
    headers: { cookie: sessionCookieFrom(res), 'x-csrf-token': body.csrfToken },
    payload: { code: currentTotp(staff.totpSecret, now().getTime()) },
  });
  if (mfa.statusCode !== 200) throw new Error(`second factor failed: ${mfa.statusCode} ${mfa.body}`);
  return agentFor(app, sessionCookieFrom(mfa), mfa.json<{ csrfToken: string }>().csrfToken);
}

/** A plan draft that follows the seeded sections: the first section with a checklist and a prompt, in the person's words. */
export function samplePlanContent(overrides: { involvePerson?: boolean; stepTime?: string } = {}): Record<string, unknown> {
  const section = toolkitSections.find((s) => s.checklists.length > 0 && s.prompts.length > 0);
  const checklist = section?.checklists[0];
  const item = checklist?.items[0];
  const prompt = section?.prompts[0];
  if (!section || !checklist || !item || !prompt) throw new Error('the seeded sections have no checklist with a prompt');
  return {
    sections: [{
      sectionKey: section.key,
      checklist: [{ checklistKey: checklist.key, itemKey: item.key, level: 'some_support' }],
      answers: [{ promptKey: prompt.key, text: 'I like to take my time in the morning.' }],
      strengths: 'I can choose my own clothes.',
      needs: 'I need a hand with buttons.',
      outcomes: [{ id: 'o1', goal: 'I want to dress myself again', howMet: 'Clothes with fewer buttons; prompts', whoInvolved: 'Me and my carers', targetDate: '2027-03-01' }],
      steps: [{ id: 's1', when: 'Morning visit', time: overrides.stepTime ?? '08:00', what: 'Lay out two outfits so I can choose', who: 'Care worker' }],
      risks: [{ id: 'r1', risk: 'I can lose my balance putting on trousers', howManaged: 'I sit on the bed to dress' }],
    }],
    involvement: overrides.involvePerson === false
      ? [{ kind: 'family', name: 'Ray Clarke', relationship: 'Son', how: 'phone', date: '2026-11-20' }]
      : [{ kind: 'person', name: 'Edith Clarke', how: 'in_person', date: '2026-11-20' }],
    writtenInFirstPerson: true,
  };
}
