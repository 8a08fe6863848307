// The emergency pack: a service's current packs printed in one step as one PDF, with progress, the cover naming who
// is in it and who is not, each pack in the register of printed packs, and the start and download audited.
import type { EmergencyPackJob, StaffRole } from '@hearth/core';
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
const agents = new Map<StaffRole, Agent>();
let otherManager: Agent;
let otherOrg: TestOrganisation;
const people: Record<'alice' | 'bob' | 'cora', string> = { alice: '', bob: '', cora: '' };
const agreement = { method: 'signed_on_screen', agreedBy: 'The person', date: '2026-11-21' };

const roles: StaffRole[] = ['care_worker', 'senior_care_worker', 'registered_manager', 'quality_lead', 'administrator'];
const agent = (role: StaffRole) => agents.get(role)!;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Emergency Test Care');
  for (const role of roles) {
    const serviceId = role === 'quality_lead' || role === 'administrator' ? null : org.homecareId;
    agents.set(role, await signInAs(t.app, await buildStaff(t.db, org, { role, serviceId, name: `Test ${role.replace(/_/g, ' ')}` })));
  }
  otherOrg = await buildOrganisation(t.db, 'Another Provider');
  otherManager = await signInAs(t.app, await buildStaff(t.db, otherOrg, { role: 'registered_manager' }));

  const senior = agent('senior_care_worker');
  const add = async (legalName: string, withPlan: boolean) => {
    const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName, preferredName: null }))).json().id as string;
    if (withPlan) {
      await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
      await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
      await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
    }
    return id;
  };
  people.alice = await add('Alice Ŵyn Ashworth', true);
  people.bob = await add('Bob Łukasz Barraclough', true);
  people.cora = await add('Cora Without-Plan', false);
});
afterAll(() => t.close());

function pdfFile(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-emergency-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

/** The PDF's text, page by page (empty pages kept, so index i is page i + 1). */
function pdfPages(pdf: Buffer): string[] {
  const pages = execFileSync('pdftotext', ['-layout', pdfFile(pdf), '-'], { encoding: 'utf8' }).split('\f');
  return pages.slice(0, pageCount(pdf));
}

function pageCount(pdf: Buffer): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' }))?.[1]);
}

/** Follows a job until it is no longer running, keeping every progress seen. */
async function followToEnd(who: Agent, jobId: string): Promise<{ last: EmergencyPackJob; seen: EmergencyPackJob[] }> {
  const seen: EmergencyPackJob[] = [];
  for (let i = 0; i < 2_000; i++) {
    const res = await who.get(`/api/emergency-packs/${jobId}`);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json<EmergencyPackJob>();
    seen.push(job);
    if (job.status !== 'running') return { last: job, seen };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the emergency pack never finished');
}

let jobId = '';

describe('the emergency pack for a service', () => {
  test('prepares the pack of everyone with a plan in use, counting up to 2 of 2, and leaves out the person with none', async () => {
    const manager = agent('registered_manager');
    const started = await manager.post(`/api/services/${org.homecareId}/emergency-packs`);
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<EmergencyPackJob>();
    jobId = job.id;
    expect(started.headers.location).toBe(`/api/emergency-packs/${jobId}`);
    expect(job).toMatchObject({ serviceId: org.homecareId, serviceName: 'Emergency Test Care Homecare', total: 2 });
    expect(job.skipped).toEqual([{ personId: people.cora, name: 'Cora Without-Plan', reason: 'no_plan_in_use' }]);

    const { last, seen } = await followToEnd(manager, jobId);
    expect(last).toMatchObject({ status: 'done', done: 2, total: 2, failure: null });
    expect(last.finishedAt).not.toBeNull();
    // Progress only goes forward and never past the total.
    const counts = seen.map((s) => s.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...counts)).toBe(2);
  });

  test('one PDF: a cover naming who is in it and where each starts, then each person\'s pack as printed alone', async () => {
    const manager = agent('registered_manager');
    const res = await manager.get(`/api/emergency-packs/${jobId}/file.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="emergency-pack-emergency-test-care-homecare-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = res.rawPayload;
    const pages = pdfPages(pdf);

    const single = async (id: string) => pageCount((await manager.get(`/api/people/${id}/pack.pdf`)).rawPayload);
    const alicePages = await single(people.alice);
    const bobPages = await single(people.bob);
    expect(pages.length).toBe(1 + alicePages + bobPages);

    const cover = pages[0]!;
    expect(cover).toContain('Emergency pack');
    expect(cover).toContain('Emergency Test Care Homecare');
    expect(cover.replace(/\s+/g, ' ')).toContain('by Test registered manager.');
    // The page the cover gives for each person is the first page of their pack.
    for (const [name, first] of [['Alice Ŵyn Ashworth', 2], ['Bob Łukasz Barraclough', 2 + alicePages]] as const) {
      const line = cover.split('\n').find((l) => l.includes(name));
      expect(line, name).toMatch(new RegExp(`Version 1\\s+${first}\\s*$`));
      expect(pages[first - 1]).toContain(name);
      expect(pages[first - 1]).toContain('Care and support pack');
      expect(pages[first - 1]).toMatch(/Page 1 of \d+/);
    }
    // The person with no plan in use is named on the cover as not in the pack, and in none of the packs.
    expect(cover.slice(cover.indexOf('Not in this pack'))).toContain('Cora Without-Plan: No care and support plan in use');
    expect(pages.slice(1).join('\n')).not.toContain('Cora');
    for (const page of pages.slice(1, 1 + alicePages)) expect(page).toContain('Alice Ŵyn Ashworth');
    for (const page of pages.slice(1 + alicePages)) expect(page).toContain('Bob Łukasz Barraclough');
  });

  test('each pack in it is in the register of printed packs, and the start and download are audited naming the people', async () => {
    const printed = await asOwner(t.db, (c) => c.query<{ resource_id: string; detail: { planVersion: number; emergencyPack: string } }>(
      "SELECT resource_id, detail FROM audit_log WHERE action = 'pack.print' AND detail->>'emergencyPack' = $1 ORDER BY resource_id", [jobId],
    ));
    expect(printed.rows.map((r) => r.resource_id).sort()).toEqual([people.alice, people.bob].sort());
    const register = await asOwner(t.db, (c) => c.query<{ person_id: string; plan_version: number; print_size: string }>(
      'SELECT person_id, plan_version, print_size FROM printed_packs WHERE person_id = ANY($1::uuid[])', [[people.alice, people.bob, people.cora]],
    ));
    for (const id of [people.alice, people.bob]) {
      expect(register.rows.filter((r) => r.person_id === id)[0]).toEqual({ person_id: id, plan_version: 1, print_size: 'standard' });
    }
    expect(register.rows.filter((r) => r.person_id === people.cora)).toEqual([]);
    // So no home is flagged as holding an older paper copy.
    const outOfDate = (await agent('registered_manager').get('/api/packs/out-of-date')).json<{ personId: string }[]>();
    expect(outOfDate.map((r) => r.personId)).not.toContain(people.alice);

    const audit = await asOwner(t.db, (c) => c.query<{ action: string; resource_id: string; detail: Record<string, unknown> }>(
      "SELECT action, resource_id, detail FROM audit_log WHERE action IN ('emergency_pack.start', 'emergency_pack.download') AND detail->>'jobId' = $1 ORDER BY id", [jobId],
    ));
    expect(audit.rows.map((r) => r.action)).toEqual(['emergency_pack.start', 'emergency_pack.download']);
    expect(audit.rows[0]).toMatchObject({ resource_id: org.homecareId, detail: { people: [people.alice, people.bob], skipped: [people.cora] } });
    expect(audit.rows[1]).toMatchObject({ resource_id: org.homecareId, detail: { people: [people.alice, people.bob] } });
  });

  test.each([
    ['care_worker', 403, 403, 403],
    ['senior_care_worker', 202, 200, 200],
    ['registered_manager', 202, 200, 200],
    ['quality_lead', 403, 403, 403],
    ['administrator', 403, 403, 403],
  ] as const)('%s: start %i, progress %i, download %i', async (role, start, progress, download) => {
    // A job started here runs on in the background (the manager's may join the senior's); closing the app stops it.
    const res = await agent(role).post(`/api/services/${org.homecareId}/emergency-packs`);
    expect(res.statusCode, res.body).toBe(start);
    expect((await agent(role).get(`/api/emergency-packs/${jobId}`)).statusCode).toBe(progress);
    expect((await agent(role).get(`/api/emergency-packs/${jobId}/file.pdf`)).statusCode).toBe(download);
  });

  test('another organisation\'s service, or job, answers 404; so does a job that does not exist', async () => {
    const start = await otherManager.post(`/api/services/${org.homecareId}/emergency-packs`);
    expect(start.statusCode).toBe(404);
    expect(start.headers['content-type']).toContain('application/problem+json');
    expect((await otherManager.get(`/api/emergency-packs/${jobId}`)).statusCode).toBe(404);
    expect((await otherManager.get(`/api/emergency-packs/${jobId}/file.pdf`)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await agent('registered_manager').get(`/api/emergency-packs/${unknown}`)).statusCode).toBe(404);
    expect((await agent('registered_manager').get(`/api/emergency-packs/not-a-job`)).statusCode).toBe(400);
  });

  test('a service where nobody has a plan in use is refused with the reason, and nothing starts', async () => {
    const res = await otherManager.post(`/api/services/${otherOrg.homecareId}/emergency-packs`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Nobody in Another Provider Homecare has a care and support plan in use, so there is no pack to print.');
    const started = await asOwner(t.db, (c) => c.query("SELECT 1 FROM audit_log WHERE action = 'emergency_pack.start' AND resource_id = $1", [otherOrg.homecareId]));
    expect(started.rowCount).toBe(0);
  });
});
