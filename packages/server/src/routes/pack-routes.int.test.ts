import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let admin: Agent;
const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
});
afterAll(() => t.close());

/** The PDF's text, page by page, as poppler's pdftotext reads it. */
function pdfPages(pdf: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}

/** The height of each word in points, from pdftotext's bounding boxes. */
function wordHeights(pdf: Buffer): number[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
}

async function personWithPlan(name: string): Promise<string> {
  const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: 'Eddie', alerts: [{ kind: 'allergy', description: 'Penicillin' }] }))).json().id as string;
  await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
  await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
  await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
  return id;
}

describe('the pack for the home', () => {
  test('standard print: guide, profile, plan, medication record and alerts, with name, version and print date on every page', async () => {
    const id = await personWithPlan('Edith Ŵyn Łowe');
    const res = await senior.get(`/api/people/${id}/pack.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pages = pdfPages(res.rawPayload);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const printed = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(t.clock.now());
    for (const page of pages) {
      expect(page).toContain('Eddie (Edith Ŵyn Łowe)');
      expect(page).toContain('Plan version 1');
      expect(page).toContain(`Printed ${printed}`);
    }
    const all = pages.join('\n');
    for (const heading of ['Service user guide', 'One-page profile', 'My care and support plan', 'Medication record', 'Allergy: Penicillin', 'Lay out two outfits so I can choose', 'Riverside Test Care']) {
      expect(all).toContain(heading);
    }
  });

  test('the first page shows the DNACPR decision and where the original form is, beside the allergies; not for a person without one', async () => {
    const id = await personWithPlan('Dnacpr Pack Person');
    const without = await personWithPlan('No Resuscitation Record Person');
    const decidedOn = new Date(t.clock.now().getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
    const saved = await senior.post(`/api/people/${id}/resuscitation-records`, {
      status: 'dnacpr',
      clinician: { name: 'Dr Amara Okafor', role: 'GP' },
      decidedOn,
      originalKeptAt: 'Purple folder on the kitchen dresser',
    });
    expect(saved.statusCode).toBe(201);
    const first = pdfPages((await senior.get(`/api/people/${id}/pack.pdf`)).rawPayload)[0];
    expect(first).toContain('Allergy: Penicillin');
    expect(first).toContain('DNACPR \u2014 do not attempt CPR');
    expect(first).toContain('Original form: Purple folder on the kitchen dresser');
    const other = pdfPages((await senior.get(`/api/people/${without}/pack.pdf`)).rawPayload)[0];
    expect(other).toContain('Allergy: Penicillin');
    expect(other).not.toContain('DNACPR');
    expect(other).not.toContain('Original form');
  });

  test('large print is at least 16 point throughout', async () => {
    const id = await personWithPlan('Large Print Person');
    const standard = wordHeights((await senior.get(`/api/people/${id}/pack.pdf?size=standard`)).rawPayload);
    const large = wordHeights((await senior.get(`/api/people/${id}/pack.pdf?size=large`)).rawPayload);
    // A word box's height is about 1.16 times the font size for this font; 16 pt text is at least 18 pt tall.
    expect(Math.min(...large)).toBeGreaterThanOrEqual(18);
    expect(Math.min(...standard)).toBeLessThan(18);
  });

  test('the register flags a home whose paper copy is older than the plan in use', async () => {
    const id = await personWithPlan('Paper Copy Person');
    await senior.get(`/api/people/${id}/pack.pdf`);
    expect((await senior.get('/api/packs/out-of-date')).json().map((r: { personId: string }) => r.personId)).not.toContain(id);
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'Later mornings', content: samplePlanContent({ stepTime: '09:30' }) });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    await senior.post(`/api/people/${id}/care-plan/versions/2/start-use`);
    const flagged = (await senior.get('/api/packs/out-of-date')).json().find((r: { personId: string }) => r.personId === id);
    expect(flagged).toMatchObject({ printedVersion: 1, currentVersion: 2 });
    await senior.get(`/api/people/${id}/pack.pdf?size=large`);
    expect((await senior.get('/api/packs/out-of-date')).json().map((r: { personId: string }) => r.personId)).not.toContain(id);
    const register = await asOwner(t.db, (c) => c.query('SELECT plan_version, print_size FROM printed_packs WHERE person_id = $1 ORDER BY printed_at', [id]));
    expect(register.rows).toEqual([{ plan_version: 1, print_size: 'standard' }, { plan_version: 2, print_size: 'large' }]);
  });

  test('a care worker cannot print a pack; nothing is registered for a refused print', async () => {
    const id = await personWithPlan('Refused Print Person');
    expect((await carer.get(`/api/people/${id}/pack.pdf`)).statusCode).toBe(403);
    const register = await asOwner(t.db, (c) => c.query('SELECT count(*)::int AS n FROM printed_packs WHERE person_id = $1', [id]));
    expect(register.rows[0].n).toBe(0);
  });
});

describe('the service user guide', () => {
  test('starts from a default naming the provider; an administrator saves new versions that print in the pack', async () => {
    const first = (await carer.get('/api/service-user-guide')).json();
    expect(first.version).toBe(0);
    expect(first.sections[0].body).toContain('Riverside Test Care');
    const saved = await admin.put('/api/service-user-guide', { sections: [{ title: 'Who we are', body: 'We are a small, friendly team in Leeds.' }, { title: 'Out of hours', body: 'Call 0113 496 0999.' }] });
    expect(saved.json()).toMatchObject({ version: 1 });
    expect((await carer.put('/api/service-user-guide', { sections: [{ title: 'x', body: 'y' }] })).statusCode).toBe(403);
    const bad = await admin.put('/api/service-user-guide', { sections: [{ title: '', body: 'x' }] });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['sections.0.title']);
    const id = await personWithPlan('Guide Person');
    expect(pdfPages((await senior.get(`/api/people/${id}/pack.pdf`)).rawPayload).join('\n')).toContain('Call 0113 496 0999.');
  });
});
