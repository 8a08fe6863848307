import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommunicationNeedsResponse, PersonSummary } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { longDate, londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let admin: Agent;
let outsider: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const today = () => londonDate(t.clock.now());

function needs(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    askedBy: 'Sam Senior',
    answeredBy: 'person',
    askedOn: today(),
    askedHow: 'in_person',
    outcome: 'has_needs',
    formats: ['easy_read', 'bsl_interpreter'],
    ownWords: 'Short words please, and pictures.',
    reviewOn: '2099-01-01',
    ...overrides,
  };
}

async function newPerson(name = 'Stanley Whitaker'): Promise<string> {
  const res = await senior.post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const put = (agent: Agent, id: string, body: Record<string, unknown>) => agent.put(`/api/people/${id}/communication-needs`, body);

function pdfText(pdf: Buffer, ...args: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-easy-read-')), 'plan.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

describe('recording a person\u2019s information and communication needs', () => {
  test('not yet asked, then recorded, changed with a reason, each a version; a stale save is refused', async () => {
    const id = await newPerson();
    const first = (await senior.get(`/api/people/${id}/communication-needs`)).json<CommunicationNeedsResponse>();
    expect(first).toMatchObject({
      current: null,
      history: [],
      flag: ['Communication needs not yet recorded'],
      preferredOutput: 'standard',
      reviewDue: false,
    });

    const saved = await put(senior, id, { needs: needs(), reason: null, latestVersion: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<CommunicationNeedsResponse>()).toMatchObject({
      current: {
        version: 1,
        recordedBy: { name: 'Sam Senior' },
        reason: null,
        needs: { formats: ['easy_read', 'bsl_interpreter'], ownWords: 'Short words please, and pictures.' },
      },
      flag: ['Easy read', 'BSL interpreter'],
      preferredOutput: 'easy_read',
    });

    const stale = await put(senior, id, {
      needs: needs({ formats: ['large_print'] }),
      reason: 'Prefers large print now',
      latestVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict_stale_version' });

    const noReason = await put(senior, id, { needs: needs({ formats: ['large_print'] }), reason: '', latestVersion: 1 });
    expect(noReason.json()).toMatchObject({
      code: 'validation',
      errors: [{ field: 'reason', message: 'Say why the needs are changing' }],
    });

    const changed = (
      await put(admin, id, { needs: needs({ formats: ['large_print'] }), reason: 'Prefers large print now', latestVersion: 1 })
    ).json<CommunicationNeedsResponse>();
    expect(changed.history.map((v) => [v.version, v.reason])).toEqual([
      [2, 'Prefers large print now'],
      [1, null],
    ]);
    expect(changed).toMatchObject({ flag: ['Large print'], preferredOutput: 'large_print' });
    expect((await senior.get(`/api/people/${id}/communication-needs`)).json<CommunicationNeedsResponse>().current?.version).toBe(
      2,
    );
  });

  test('"no needs" is an answer, different from never asked', async () => {
    const id = await newPerson('Nora Noneeds');
    const res = (
      await put(senior, id, { needs: needs({ outcome: 'no_needs', formats: [] }), latestVersion: 0 })
    ).json<CommunicationNeedsResponse>();
    expect(res).toMatchObject({ current: { version: 1, needs: { outcome: 'no_needs' } }, flag: [], preferredOutput: 'standard' });
    const row = (await senior.get('/api/people?q=Nora')).json<PersonSummary[]>().find((p) => p.id === id);
    expect(row?.communicationFlag).toEqual([]);
  });

  test.each([
    ['an interpreter with no language', { formats: ['spoken_language_interpreter'] }, ['needs.interpreterLanguage']],
    ['has needs but none chosen', { formats: [] }, ['needs.formats']],
    ['asked on a day still to come', { askedOn: '2099-01-01', reviewOn: '2099-06-01' }, ['needs.askedOn']],
    [
      'someone answered, unnamed, and another format unnamed',
      { answeredBy: 'someone_else', formats: ['other'] },
      ['needs.answeredByName', 'needs.otherFormat'],
    ],
    ['no review date', { reviewOn: undefined }, ['needs.reviewOn']],
  ])('field errors: %s', async (_name, overrides, fields) => {
    const id = await newPerson('Field Errors');
    const res = await put(senior, id, { needs: needs(overrides), latestVersion: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(fields);
  });

  test('the record of someone whose support has ended is kept as it was', async () => {
    const id = await newPerson('Ended Person');
    const person = (await senior.get(`/api/people/${id}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, communicationFlag: _f, ...fields } = person;
    expect(
      (await senior.put(`/api/people/${id}`, { ...fields, status: 'ended', statusDate: today(), reason: 'Moved away' }))
        .statusCode,
    ).toBe(200);
    expect((await put(senior, id, { needs: needs(), latestVersion: 0 })).json()).toMatchObject({ code: 'record_read_only' });
  });
});

describe('the flag wherever the person appears', () => {
  test('in the people list and the person\u2019s record; null until asked', async () => {
    const asked = await newPerson('Flagged Person');
    const notAsked = await newPerson('Flagged Notasked');
    await put(senior, asked, {
      needs: needs({ formats: ['spoken_language_interpreter'], interpreterLanguage: 'Polish', contactMethod: 'text_message' }),
      latestVersion: 0,
    });
    const list = (await carer.get('/api/people?q=Flagged')).json<PersonSummary[]>();
    expect(list.find((p) => p.id === asked)?.communicationFlag).toEqual(['Polish interpreter', 'Contact by text message']);
    expect(list.find((p) => p.id === notAsked)?.communicationFlag).toBeNull();
    expect((await carer.get(`/api/people/${asked}`)).json()).toMatchObject({
      communicationFlag: ['Polish interpreter', 'Contact by text message'],
    });
    expect((await admin.get(`/api/people/${notAsked}`)).json()).toMatchObject({ communicationFlag: null });
  });
});

describe('the plan in the person\u2019s format', () => {
  test('easy read: at least 16 point, short lines, the person\u2019s words, name, version and print date on every page', async () => {
    const id = await personWithPlan(senior, org.homecareId, { legalName: 'Easy Read Person' });
    const res = await carer.get(`/api/people/${id}/care-plan/easy-read.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pages = pdfText(res.rawPayload)
      .split('\f')
      .filter((p) => p.trim() !== '');
    const printed = `Printed ${longDate(today())}`;
    for (const page of pages) {
      expect(page).toContain('Edie (Easy Read Person)');
      expect(page).toContain('Plan version 1');
      expect(page).toContain(printed);
    }
    const all = pages.join('\n');
    for (const text of [
      'My care and support plan',
      'This plan is about Edie.',
      'I like to take my time in the morning.',
      'What I can do',
      'I can choose my own clothes.',
      'What I need help with',
    ]) {
      expect(all).toContain(text);
    }
    // One idea per line in a narrow column beside the picture space: no line of the body runs long.
    const bodyLines = all
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('Edie (') && !l.startsWith('Printed') && !/^Page \d/.test(l));
    expect(Math.max(...bodyLines.map((l) => l.length))).toBeLessThanOrEqual(45);
    const heights = [...pdfText(res.rawPayload, '-bbox').matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
      (m) => Number(m[2]) - Number(m[1]),
    );
    // A word box's height is about 1.16 times the font size for this font; 16 pt text is at least 18 pt tall.
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(18);
  });

  test('plain text for a screen reader: headings as lines, lists as sentences, the needs included', async () => {
    const id = await personWithPlan(senior, org.homecareId, { legalName: 'Plain Text Person' });
    await put(senior, id, { needs: needs({ formats: ['plain_text'] }), latestVersion: 0 });
    const res = await carer.get(`/api/people/${id}/care-plan.txt`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('Care and support plan for Edie (Plain Text Person)');
    expect(lines).toContain('Plan version 1, in use. Agreed on 21 November 2026 by Edith Clarke.');
    expect(lines).toContain('Plain text (screen reader).');
    expect(lines).toContain('Morning visit, at 08:00: Lay out two outfits so I can choose. Who does it: Care worker.');
    expect(lines).toContain('I like to take my time in the morning.');
    expect(res.body).not.toContain('|');
  });

  test('the pack kept in the home shares the needs with visiting staff, paramedics and GPs', async () => {
    const id = await personWithPlan(senior, org.homecareId, { legalName: 'Pack Share Person' });
    expect(pdfText((await senior.get(`/api/people/${id}/pack.pdf`)).rawPayload)).toContain('Not yet recorded: ask the person');
    await put(senior, id, {
      needs: needs({ formats: ['large_print'], contactMethod: 'through_contact', contactName: 'Susan (daughter)' }),
      latestVersion: 0,
    });
    const pack = pdfText((await senior.get(`/api/people/${id}/pack.pdf?size=large`)).rawPayload).replace(/\s+/g, ' ');
    expect(pack).toContain('Information and communication needs Large print. Contact through Susan (daughter).');
  });

  test('a person with no plan yet gets a page that says so', async () => {
    const id = await newPerson('No Plan Person');
    expect((await senior.get(`/api/people/${id}/care-plan.txt`)).body).toContain('There is no agreed plan yet.');
    const pdf = await senior.get(`/api/people/${id}/care-plan/easy-read.pdf`);
    expect(pdfText(pdf.rawPayload)).toContain('There is no agreed plan yet.');
  });
});

describe('who may read and record needs', () => {
  test('a care worker reads but cannot record; an administrator records but does not read the plan; another organisation gets 404', async () => {
    const id = await newPerson('Access Person');
    expect((await carer.get(`/api/people/${id}/communication-needs`)).statusCode).toBe(200);
    const refused = await put(carer, id, { needs: needs(), latestVersion: 0 });
    expect(refused.statusCode).toBe(403);
    expect((await put(admin, id, { needs: needs(), latestVersion: 0 })).statusCode).toBe(200);
    expect((await admin.get(`/api/people/${id}/care-plan.txt`)).statusCode).toBe(403);
    expect((await admin.get(`/api/people/${id}/care-plan/easy-read.pdf`)).statusCode).toBe(403);
    for (const res of [
      await outsider.get(`/api/people/${id}/communication-needs`),
      await put(outsider, id, { needs: needs(), reason: 'Trying', latestVersion: 1 }),
      await outsider.get(`/api/people/${id}/care-plan.txt`),
      await outsider.get(`/api/people/${id}/care-plan/easy-read.pdf`),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  test('reads, changes, refusals and outputs are audited, with codes and no free text', async () => {
    const id = await personWithPlan(senior, org.homecareId, { legalName: 'Audited Person' });
    await put(senior, id, { needs: needs(), latestVersion: 0 });
    await carer.get(`/api/people/${id}/communication-needs`);
    expect((await put(carer, id, { needs: needs(), reason: 'Trying', latestVersion: 1 })).statusCode).toBe(403);
    await carer.get(`/api/people/${id}/care-plan.txt`);
    await carer.get(`/api/people/${id}/care-plan/easy-read.pdf`);
    const log = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
            "SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 AND (action LIKE 'communication_needs.%' OR action LIKE 'care_plan.easy_read' OR action LIKE 'care_plan.plain_text') ORDER BY chain_seq",
            [id],
          )
        ).rows,
    );
    expect(log.map((l) => [l.action, l.outcome])).toEqual([
      ['communication_needs.update', 'success'],
      ['communication_needs.read', 'success'],
      ['communication_needs.update', 'refused'],
      ['care_plan.plain_text', 'success'],
      ['care_plan.easy_read', 'success'],
    ]);
    expect(log[0]?.detail).toEqual({
      version: 1,
      outcome: 'has_needs',
      formats: ['easy_read', 'bsl_interpreter'],
      supports: [],
      contactMethod: null,
    });
    expect(JSON.stringify(log)).not.toContain('Short words please');
  });
});
