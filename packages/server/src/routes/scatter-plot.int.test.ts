import { addDays, londonInstant, londonMinuteOfDay, type ScatterEntriesResponse, type ScatterPlotResponse } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let recorder: TestStaff;
const agents = new Map<Who, Agent>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_manager' | 'outsider';

const behaviour = 'Trying to leave the building';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: TestStaff) => agents.set(who, await signInAs(t.app, staff, t.clock.now));
  recorder = await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' });
  await sign('carer', recorder);
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
/** A day relative to today in England. */
const day = (offset: number) => addDays(londonDate(t.clock.now()), offset);
const plotUrl = (id: string, query = '') => `/api/people/${id}/scatter-plot${query}`;
const entriesUrl = (id: string) => `/api/people/${id}/scatter-plot/entries`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);
const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

async function newPerson(name: string): Promise<string> {
  const res = await as('senior').post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** An ABC record written straight into the table, as the ABC form would store it. */
async function insertAbc(
  personId: string,
  on: string,
  time: string,
  options: { behaviour?: string; intensity?: number; supersedes?: string } = {},
): Promise<string> {
  return asOwner(t.db, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO abc_records (organisation_id, service_id, person_id, client_id, occurred_at, behaviour, intensity, duration_minutes,
         restrictive_intervention_used, body, supersedes, supersede_reason, recorded_by)
       VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6, 10, false, '{}', $7, $8, $9) RETURNING id`,
      [
        org.id,
        org.homecareId,
        personId,
        londonInstant(on, minute(time)),
        options.behaviour ?? behaviour,
        options.intensity ?? 3,
        options.supersedes ?? null,
        options.supersedes ? 'Wrong time written down' : null,
        recorder.id,
      ],
    );
    return rows[0]!.id;
  });
}

async function plot(personId: string, query: Record<string, string | number>, who: Who = 'senior'): Promise<ScatterPlotResponse> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await as(who).get(plotUrl(personId, `?${qs}`));
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ScatterPlotResponse>();
}

const cell = (p: ScatterPlotResponse, date: string, time: string) => {
  const row = p.rows.find((r) => r.startMinute === minute(time));
  const found = row?.cells.find((c) => c.date === date);
  if (!found) throw new Error(`no cell ${date} ${time} among rows ${p.rows.map((r) => r.label).join(', ')}`);
  return found;
};

const dayBody = (
  observedOn: string,
  cells: { at: string; grade: string; activity?: string }[],
  overrides: Record<string, unknown> = {},
) => ({
  behaviour,
  observedOn,
  slotMinutes: 30,
  cells: cells.map((c) => ({ slotStartMinute: minute(c.at), grade: c.grade, activity: c.activity ?? null })),
  ...overrides,
});

async function auditFor(personId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
          [personId],
        )
      ).rows,
  );
}

const entryCount = (personId: string) =>
  asOwner(
    t.db,
    async (c) =>
      (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM scatter_plot_entries WHERE person_id = $1', [personId]))
        .rows[0]!.n,
  );

describe('who may read and fill in a scatter plot', () => {
  test.each<[Who, number, number]>([
    // who, read, fill in
    ['carer', 200, 201],
    ['senior', 200, 201],
    ['manager', 200, 201],
    ['quality', 200, 403],
    ['admin', 403, 403],
    ['home_manager', 403, 403],
    ['outsider', 404, 404],
  ])('%s: read %i, fill in %i', async (who, read, write) => {
    const personId = await newPerson(`Access ${who}`);
    expect((await as(who).get(plotUrl(personId))).statusCode).toBe(read);
    const res = await as(who).post(entriesUrl(personId), dayBody(day(-1), [{ at: '16:00', grade: 'some' }]));
    expect(res.statusCode, res.body).toBe(write);
    expect(await entryCount(personId)).toBe(write === 201 ? 1 : 0);
    const audited = await auditFor(personId);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    expect(audited.filter((a) => a.action === 'scatter_plot.read').map((a) => a.outcome)).toEqual([outcome(read)]);
    expect(audited.filter((a) => a.action === 'scatter_plot_entries.record').map((a) => a.outcome)).toEqual([outcome(write)]);
  });
});

describe('the grid from ABC records', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Stella Records');
  });

  test('each record counts in the slot it started in, shaded by how often or how intense', async () => {
    await insertAbc(personId, day(-3), '16:05', { intensity: 2 });
    await insertAbc(personId, day(-3), '16:29', { intensity: 5 });
    await insertAbc(personId, day(-3), '16:30', { intensity: 1 }); // on the boundary: the next slot
    await insertAbc(personId, day(-2), '09:10', { behaviour: 'Shouting' });
    const often = await plot(personId, { behaviour, from: day(-6), days: 7, slotMinutes: 30, measure: 'frequency' });
    expect(often.behaviour).toBe(behaviour);
    expect(cell(often, day(-3), '16:00')).toMatchObject({
      abcCount: 2,
      highestIntensity: 5,
      level: 2,
      text: '2 ABC records, highest intensity 5',
    });
    expect(cell(often, day(-3), '16:30')).toMatchObject({ abcCount: 1, level: 1 });
    expect(often.rows.map((r) => r.label)).toEqual(['16:00 to 16:30', '16:30 to 17:00']);
    expect(often.summary.abcRecords).toBe(3);

    const intense = await plot(personId, { behaviour, from: day(-6), days: 7, slotMinutes: 60, measure: 'intensity' });
    expect(cell(intense, day(-3), '16:00')).toMatchObject({ abcCount: 3, highestIntensity: 5, level: 3 });
  });

  test('the behaviours to choose from come from both kinds of record; the most recorded shows first', async () => {
    const p = await plot(personId, {});
    expect(p.behaviours.map((b) => b.name)).toEqual([behaviour, 'Shouting']);
    expect(p.behaviour).toBe(behaviour);
    expect(p.days).toBe(14);
    expect(p.to).toBe(day(0));
  });

  test('a record replaced by a correction no longer counts; the correction does', async () => {
    const wrong = await insertAbc(personId, day(-4), '11:00');
    await insertAbc(personId, day(-4), '14:10', { supersedes: wrong });
    const p = await plot(personId, { behaviour, from: day(-6), days: 7, slotMinutes: 60 });
    expect(p.summary.abcRecords).toBe(4);
    expect(p.rows.some((r) => r.startMinute === minute('11:00'))).toBe(false);
    expect(cell(p, day(-4), '14:00').abcCount).toBe(1);
  });
});

describe('cells filled in directly', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Dora Direct');
  });

  test('a day is stored cell by cell and shows on the grid: none is observed, blank is not', async () => {
    const res = await as('carer').post(
      entriesUrl(personId),
      dayBody(day(-2), [
        { at: '15:00', grade: 'none', activity: 'Lunch cleared' },
        { at: '15:30', grade: 'some', activity: 'Visitors leaving' },
        { at: '16:00', grade: 'high' },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json<ScatterEntriesResponse>().entries;
    expect(stored.map((e) => [e.slotStartMinute, e.grade, e.activity])).toEqual([
      [900, 'none', 'Lunch cleared'],
      [930, 'some', 'Visitors leaving'],
      [960, 'high', null],
    ]);
    expect(stored[0]?.recordedBy.name).toBe('Cara Carer');
    const p = await plot(personId, { behaviour, from: day(-6), days: 7 });
    expect(cell(p, day(-2), '15:00')).toMatchObject({ grade: 'none', level: 0, text: 'None seen' });
    expect(cell(p, day(-2), '15:30')).toMatchObject({ grade: 'some', level: 2, activity: 'Visitors leaving' });
    expect(cell(p, day(-3), '15:00')).toMatchObject({ grade: null, level: null, text: 'Not observed' });
    expect(p.rows.find((r) => r.startMinute === 930)?.activities).toEqual(['Visitors leaving']);
  });

  test('filling a cell in again: the latest counts, the earlier is kept', async () => {
    const res = await as('senior').post(entriesUrl(personId), dayBody(day(-2), [{ at: '16:00', grade: 'none' }]));
    expect(res.statusCode, res.body).toBe(201);
    const p = await plot(personId, { behaviour, from: day(-6), days: 7 });
    expect(cell(p, day(-2), '16:00')).toMatchObject({ grade: 'none', level: 0 });
    expect(await entryCount(personId)).toBe(4);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'a slot off its boundary',
      dayBody('2026-01-05', [
        { at: '16:00', grade: 'none' },
        { at: '16:15', grade: 'high' },
      ]),
      ['cells.1.slotStartMinute'],
    ],
    ['a grade not offered', dayBody('2026-01-05', [{ at: '16:00', grade: 'lots' }]), ['cells.0.grade']],
    ['no cells', dayBody('2026-01-05', []), ['cells']],
    ['no behaviour', dayBody('2026-01-05', [{ at: '16:00', grade: 'none' }], { behaviour: ' ' }), ['behaviour']],
  ])('%s is refused with the field named, and nothing is stored', async (_what, body, fields) => {
    const before = await entryCount(personId);
    const res = await as('senior').post(entriesUrl(personId), body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
    expect(await entryCount(personId)).toBe(before);
  });

  test('a day to come, or a slot today not yet started, is refused and nothing of the day is stored', async () => {
    const before = await entryCount(personId);
    const future = await as('senior').post(entriesUrl(personId), dayBody(day(1), [{ at: '10:00', grade: 'none' }]));
    expect([future.statusCode, fieldsOf(future)]).toEqual([400, ['observedOn']]);
    // 23:30 today has not begun, unless the test runs in the last half hour of the day.
    if (londonMinuteOfDay(t.clock.now()) < minute('23:30')) {
      const later = await as('senior').post(
        entriesUrl(personId),
        dayBody(day(0), [
          { at: '00:00', grade: 'none' },
          { at: '23:30', grade: 'none' },
        ]),
      );
      expect([later.statusCode, fieldsOf(later)]).toEqual([400, ['cells.1.slotStartMinute']]);
    }
    expect(await entryCount(personId)).toBe(before);
  });

  test.each([
    ['?days=3', 'days'],
    ['?slotMinutes=20', 'slotMinutes'],
    ['?from=2026-02-30', 'from'],
    ['?measure=loudness', 'measure'],
  ])('the grid refuses %s, naming %s', async (query, field) => {
    const res = await as('senior').get(plotUrl(personId, query));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  test('once their support has ended, the scatter plot is read but not filled in', async () => {
    const ended = await newPerson('Ended Support');
    const person = (await as('senior').get(`/api/people/${ended}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    const put = await as('senior').put(`/api/people/${ended}`, {
      ...fields,
      status: 'ended',
      statusDate: day(0),
      reason: 'Moved away',
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await as('senior').post(entriesUrl(ended), dayBody(day(-1), [{ at: '16:00', grade: 'none' }]));
    expect(res.json()).toMatchObject({ code: 'record_read_only' });
    expect((await as('senior').get(plotUrl(ended))).statusCode).toBe(200);
  });

  test('the audit log keeps choices and counts, never the behaviour or the activities', async () => {
    const entries = await auditFor(personId);
    expect(entries.find((a) => a.action === 'scatter_plot_entries.record')).toMatchObject({
      outcome: 'success',
      detail: { observedOn: day(-2), slotMinutes: 30, cells: 3, grades: { none: 1, some: 1, high: 1 } },
    });
    expect(entries.find((a) => a.action === 'scatter_plot.read')).toMatchObject({
      outcome: 'success',
      detail: { days: 7, slotMinutes: 30, measure: 'frequency' },
    });
    expect(JSON.stringify(entries)).not.toMatch(/leave the building|Visitors leaving|Lunch cleared/);
  });

  test('entries cannot be changed or removed in the database', async () => {
    await expect(
      asOwner(t.db, (c) => c.query("UPDATE scatter_plot_entries SET grade = 'high' WHERE person_id = $1", [personId])),
    ).rejects.toThrow();
    await expect(
      asOwner(t.db, (c) => c.query('DELETE FROM scatter_plot_entries WHERE person_id = $1', [personId])),
    ).rejects.toThrow();
  });
});
