// Packs render in worker threads: several at once each come back whole, the server keeps answering while one
// renders, and a full print queue is refused with 503 and Retry-After rather than left to pile up.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner, type TestDatabase } from '../test/test-database.js';

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

interface Provider {
  org: TestOrganisation;
  senior: Agent;
  admin: Agent;
}

async function provider(t: TestApp, name: string): Promise<Provider> {
  const org = await buildOrganisation(t.db, name);
  return {
    org,
    senior: await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' })),
    admin: await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null })),
  };
}

async function personWithPlan(p: Provider, legalName: string): Promise<string> {
  const id = (await p.senior.post('/api/people', personBody(p.org.homecareId, { legalName, preferredName: null }))).json().id as string;
  await p.senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
  await p.senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
  await p.senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
  return id;
}

/** The longest guide the provider may write (30 parts of 6,000 characters): a pack of a hundred pages or more. */
async function longestGuide(p: Provider): Promise<void> {
  const paragraph = 'When you ring the office outside our usual hours, the on-call senior answers and can send a carer, change a visit or talk to your family. ';
  const body = paragraph.repeat(Math.ceil(5990 / paragraph.length)).slice(0, 5990).trim();
  const res = await p.admin.put('/api/service-user-guide', { sections: Array.from({ length: 30 }, (_, i) => ({ title: `Part ${i + 1}`, body })) });
  expect(res.statusCode).toBe(200);
}

/** Resolves once the pack's data has been read and its read audited: what follows is rendering. */
async function preparedFor(db: TestDatabase, personId: string, count = 1): Promise<void> {
  await asOwner(db, async (c) => {
    for (let i = 0; i < 600; i++) {
      const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'pack.prepare' AND resource_id = $1", [personId]);
      if ((rows[0]?.n ?? 0) >= count) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error('the pack was never prepared');
  });
}

const isPdf = (res: LightMyRequestResponse) => res.statusCode === 200 && res.headers['content-type'] === 'application/pdf' && res.rawPayload.subarray(0, 5).toString() === '%PDF-';

describe('packs rendered in worker threads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  test('two packs printed at the same moment both come back whole, each with its own person', async () => {
    const p = await provider(t, 'Concurrent Print Care');
    const ada = await personWithPlan(p, 'Ada Quennell');
    const bert = await personWithPlan(p, 'Bertram Ollerenshaw');
    const [forAda, forBert] = await Promise.all([p.senior.get(`/api/people/${ada}/pack.pdf`), p.senior.get(`/api/people/${bert}/pack.pdf?size=large`)]);
    expect(isPdf(forAda)).toBe(true);
    expect(isPdf(forBert)).toBe(true);
    const adaText = pdfText(forAda.rawPayload);
    const bertText = pdfText(forBert.rawPayload);
    expect(adaText).toContain('Ada Quennell');
    expect(adaText).not.toContain('Bertram Ollerenshaw');
    expect(bertText).toContain('Bertram Ollerenshaw');
    expect(bertText).not.toContain('Ada Quennell');
    expect(adaText).toContain('Lay out two outfits so I can choose');
  });

  test('while a long pack renders, the server keeps answering: health checks sent during rendering finish before the pack', async () => {
    const p = await provider(t, 'Long Guide Care');
    await longestGuide(p);
    const id = await personWithPlan(p, 'Cecily Long');
    const finished: string[] = [];
    const pack = p.senior.get(`/api/people/${id}/pack.pdf?size=large`).then((res) => {
      finished.push('pack');
      return res;
    });
    await preparedFor(t.db, id);
    // Rendering has begun. With rendering on the event loop, none of these could even start until it ended, and
    // the pack (a few queries after rendering) would come back before thirty health checks made one after another.
    for (let i = 0; i < 30; i++) {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      finished.push('health');
    }
    const res = await pack;
    expect(isPdf(res)).toBe(true);
    expect(finished).toEqual([...Array<string>(30).fill('health'), 'pack']);
    expect(pdfText(res.rawPayload)).toContain('Part 30');
  });
});

describe('a full print queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PACK_RENDER_THREADS: '1', PACK_QUEUE_LIMIT: '0' });
  });
  afterAll(() => t.close());

  test('a print that would wait beyond the queue limit is refused with 503 and Retry-After, and is not registered', async () => {
    const p = await provider(t, 'Busy Print Care');
    await longestGuide(p);
    const first = await personWithPlan(p, 'Dora First');
    const second = await personWithPlan(p, 'Edwin Second');
    const rendering = p.senior.get(`/api/people/${first}/pack.pdf?size=large`);
    await preparedFor(t.db, first);

    const refused = await p.senior.get(`/api/people/${second}/pack.pdf`);
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.json()).toMatchObject({ status: 503, code: 'service_busy', detail: expect.stringContaining('print this one again') });

    expect(isPdf(await rendering)).toBe(true);
    const again = await p.senior.get(`/api/people/${second}/pack.pdf`);
    expect(isPdf(again)).toBe(true);
    const register = await asOwner(t.db, (c) => c.query('SELECT person_id FROM printed_packs WHERE organisation_id = $1 ORDER BY printed_at', [p.org.id]));
    expect(register.rows.map((r: { person_id: string }) => r.person_id)).toEqual([first, second]);
  });
});
