// The emergency pack for a round of visits: the packs of the people one care worker visits that day, in the order
// of the round, with the same progress and a cover naming the round; who is on the round without a plan in use, or
// whose support has ended, is named as left out; a round with nobody on it is refused, and printing a round needs
// the same access as printing the service's pack.
import type { EmergencyPackJob, PlannedVisitView } from '@hearth/core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate, nextDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let senior: Agent;
let carer: Agent;
let outsider: Agent;
let carla = '';
let ben = '';
let day = '';
const people: Record<'zoe' | 'adam' | 'nell' | 'edna', string> = { zoe: '', adam: '', nell: '', edna: '' };
const agreement = { method: 'signed_on_screen', agreedBy: 'The person', date: '2026-11-21' };

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Round Pack Care');
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Patel' }), t.clock.now);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Okafor' }), t.clock.now);
  const carlaStaff = await buildStaff(t.db, org, { role: 'care_worker', name: 'Carla Reid' });
  carla = carlaStaff.id;
  carer = await signInAs(t.app, carlaStaff, t.clock.now);
  ben = (await buildStaff(t.db, org, { role: 'care_worker', name: 'Ben Okoro' })).id;
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager' }), t.clock.now);

  const add = async (legalName: string, withPlan: boolean) => {
    const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName, preferredName: null }))).json<{ id: string }>().id;
    if (withPlan) {
      await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
      await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
      await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
    }
    return id;
  };
  // Named so that the order of the round differs from the order of names.
  people.zoe = await add('Zoe Yardley', true);
  people.adam = await add('Adam Ashby', true);
  people.nell = await add('Nell No-Plan', false);
  people.edna = await add('Edna Ending', true);

  day = nextDate(londonDate(t.clock.now()));
  const at = (time: string) => new Date(`${day}T${time}:00Z`).toISOString();
  const visit = async (personId: string, staffId: string, start: string, end: string) => {
    const res = await senior.post('/api/planned-visits', { personId, staffId, startsAt: at(start), endsAt: at(end), label: null });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<PlannedVisitView>();
  };
  await visit(people.zoe, carla, '07:30', '08:00');
  await visit(people.nell, carla, '09:00', '09:30');
  await visit(people.adam, carla, '12:00', '12:30');
  await visit(people.zoe, carla, '17:00', '17:30');
  await visit(people.edna, carla, '18:00', '18:30');
  const cancelled = await visit(people.adam, ben, '10:00', '10:30');
  await senior.post(`/api/planned-visits/${cancelled.id}/cancellation`, { reason: 'Adam is in hospital' });
  await visit(people.zoe, ben, '11:00', '11:30');

  // Edna's support ends after her visit was planned.
  const edna = (await senior.get(`/api/people/${people.edna}`)).json<Record<string, unknown>>();
  const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, accessDetails: _a, alerts: _al, communicationFlag: _cf, resuscitation: _rs, ...fields } = edna;
  const ended = await senior.put(`/api/people/${people.edna}`, { ...fields, status: 'ended', statusDate: londonDate(t.clock.now()), reason: 'Moved away' });
  expect(ended.statusCode, ended.body).toBe(200);
});
afterAll(() => t.close());

async function followToEnd(who: Agent, jobId: string): Promise<EmergencyPackJob> {
  for (let i = 0; i < 2_000; i++) {
    const job = (await who.get(`/api/emergency-packs/${jobId}`)).json<EmergencyPackJob>();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the emergency pack never finished');
}

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-round-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the emergency pack for a round', () => {
  test('holds the packs of the people on Carla’s round, in the order of the round, with a cover naming the round', async () => {
    const started = await manager.post(`/api/services/${org.homecareId}/emergency-packs`, { round: { staffId: carla, date: day } });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<EmergencyPackJob>();
    expect(job).toMatchObject({ round: { staffId: carla, staffName: 'Carla Reid', date: day }, total: 2 });
    expect(job.skipped).toEqual([
      { personId: people.nell, name: 'Nell No-Plan', reason: 'no_plan_in_use' },
      { personId: people.edna, name: 'Edna Ending', reason: 'support_ended' },
    ]);
    const done = await followToEnd(manager, job.id);
    expect(done).toMatchObject({ status: 'done', done: 2, total: 2 });

    const file = await manager.get(`/api/emergency-packs/${job.id}/file.pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="emergency-pack-round-pack-care-homecare-round-carla-reid-${day}.pdf"`);
    const text = pdfText(file.rawPayload);
    const cover = text.split('\f')[0]!;
    expect(cover.replace(/\s+/g, ' ')).toMatch(/Carla Reid’s round on \w+day \d{1,2} \w+ \d{4}/);
    // Zoe is visited first, so her pack comes first although Adam's name sorts before hers.
    expect(cover.indexOf('Zoe Yardley')).toBeLessThan(cover.indexOf('Adam Ashby'));
    expect(cover).toContain('Nell No-Plan: No care and support plan in use');
    expect(cover).toContain('Edna Ending: Their support with the service has ended');
    const packs = text.split('\f').slice(1).join('\n');
    expect(packs.indexOf('Zoe Yardley')).toBeLessThan(packs.indexOf('Adam Ashby'));
    expect(packs).not.toContain('Nell No-Plan');

    const audit = await asOwner(t.db, (c) => c.query<{ detail: Record<string, unknown> }>(
      "SELECT detail FROM audit_log WHERE action = 'emergency_pack.start' AND detail->>'jobId' = $1", [job.id],
    ));
    expect(audit.rows[0]?.detail).toMatchObject({ round: { staffId: carla, date: day }, people: [people.zoe, people.adam], skipped: [people.nell, people.edna] });
  });

  test('a cancelled visit takes its person off the round', async () => {
    const started = await manager.post(`/api/services/${org.homecareId}/emergency-packs`, { round: { staffId: ben, date: day } });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<EmergencyPackJob>();
    expect([job.total, job.skipped]).toEqual([1, []]);
    await followToEnd(manager, job.id);
  });

  test('a round with nobody on it is refused with the reason; a worker not in the organisation answers 404', async () => {
    const empty = await manager.post(`/api/services/${org.homecareId}/emergency-packs`, { round: { staffId: carla, date: nextDate(day) } });
    expect(empty.statusCode).toBe(409);
    expect(empty.json<{ detail: string }>().detail).toBe('Nobody is on Carla Reid’s round that day in Round Pack Care Homecare, so there is no pack to print.');
    const stranger = await manager.post(`/api/services/${org.homecareId}/emergency-packs`, { round: { staffId: '00000000-0000-4000-8000-000000000000', date: day } });
    expect(stranger.statusCode).toBe(404);
  });

  test.each<[string, number, () => Agent, () => unknown]>([
    ['the care worker', 403, () => carer, () => ({ round: { staffId: carla, date: day } })],
    ['another organisation', 404, () => outsider, () => ({ round: { staffId: carla, date: day } })],
    ['a date that is not one', 400, () => manager, () => ({ round: { staffId: carla, date: '2026-02-30' } })],
  ])('%s → %i', async (_who, status, who, body) => {
    expect((await who().post(`/api/services/${org.homecareId}/emergency-packs`, body())).statusCode).toBe(status);
  });
});
