import { describe, expect, test } from 'vitest';
import type { SharedRecordView } from './shared-api.js';
import { easyReadSharedRecord } from './shared-easy-read.js';

const view = (overrides: Partial<SharedRecordView> = {}): SharedRecordView => ({
  person: { id: '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e6f', name: 'Edith Clarke', preferredName: 'Edie', communicationNeeds: null },
  formats: { order: ['large_print', 'easy_read', 'plain_text'], preferred: null },
  relationship: 'family',
  parts: ['plan', 'daily_records'],
  readOnly: false,
  canSeeRecordViews: false,
  endsAt: null,
  plan: { version: 2, agreedOn: '2026-11-02' },
  planSections: [
    { key: 'personal_care', title: 'Personal care', part: 'plan', blocks: [{ heading: 'What I can do', lines: ['I can choose my clothes; I like help with buttons, and with my shoes.'] }] },
  ],
  dailyRecords: [
    {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      title: 'Morning visit, Monday 23 November 2026, 08:00 to 08:45',
      arrivedAt: '2026-11-23T08:00:00Z',
      leftAt: '2026-11-23T08:45:00Z',
      recordedByName: 'Cara Carer',
      blocks: [{ heading: 'Personal care', lines: ['Washed at the sink. Chose the blue cardigan.'] }],
    },
  ],
  capacity: null,
  behaviourSupport: null,
  entries: [],
  ...overrides,
});

const headings = (v: SharedRecordView) => easyReadSharedRecord(v).map((b) => `${b.level} ${b.heading}`);

describe('the shared record in easy read', () => {
  test('the shared plan sections with easy-read headings, then each visit, one sentence a line', () => {
    const blocks = easyReadSharedRecord(view());
    expect(headings(view())).toEqual([
      '1 About this record',
      '1 My care and support plan',
      '1 Washing and dressing',
      '2 What I can do',
      '1 Notes from my visits',
      '2 Morning visit, Monday 23 November 2026, 08:00 to 08:45',
    ]);
    expect(blocks[0]?.lines[0]).toBe('This is the record of Edie.');
    expect(blocks[1]?.lines).toContain('I agreed this plan on 2 November 2026.');
    expect(blocks[3]?.lines).toEqual(['I can choose my clothes', 'I like help with buttons, and with my shoes.']);
    expect(blocks[5]?.lines).toEqual(['Written by Cara Carer.', 'Personal care:', 'Washed at the sink.', 'Chose the blue cardigan.']);
  });

  test.each<[string, Partial<SharedRecordView>, boolean, boolean]>([
    ['daily records only: no plan heading at all', { parts: ['daily_records'], planSections: [], plan: null }, false, true],
    ['the plan only: no visits', { parts: ['health'], dailyRecords: null }, true, false],
    ['nothing but who this is', { parts: [], planSections: [], plan: null, dailyRecords: null }, false, false],
  ])('%s', (_label, overrides, hasPlan, hasVisits) => {
    const v = view(overrides);
    expect(headings(v).includes('1 My care and support plan')).toBe(hasPlan);
    expect(headings(v).includes('1 Notes from my visits')).toBe(hasVisits);
  });

  test('the person themselves is spoken to; no visits in the month says so', () => {
    const blocks = easyReadSharedRecord(view({ relationship: 'self', dailyRecords: [] }));
    expect(blocks[0]?.lines[0]).toBe('This is your record.');
    expect(blocks.find((b) => b.heading === 'Notes from my visits')?.lines).toEqual(['No visits were written down in the last month.']);
  });

  test('a plan shared but not yet agreed says so', () => {
    const blocks = easyReadSharedRecord(view({ plan: null, planSections: [] }));
    expect(blocks.find((b) => b.heading === 'My care and support plan')?.lines).toEqual(['There is no agreed plan yet.']);
  });

  test('capacity, wishes and legal papers come after the visits, one sentence a line; none shared, none shown', () => {
    const capacity = [{ kind: 'resuscitation' as const, part: 'health' as const, heading: 'ReSPECT form or DNACPR decision', lines: ['DNACPR \u2014 do not attempt CPR.', 'Original form: purple folder. Ask the office.'] }];
    const blocks = easyReadSharedRecord(view({ capacity }));
    expect(blocks.slice(-2).map((b) => b.heading)).toEqual(['Decisions, my wishes and legal papers', 'ReSPECT form or DNACPR decision']);
    expect(blocks.at(-1)?.lines).toEqual(['DNACPR \u2014 do not attempt CPR.', 'Original form: purple folder.', 'Ask the office.']);
    expect(headings(view()).some((h) => h.includes('legal papers'))).toBe(false);
  });

  test('what the reader added comes last, each under its kind', () => {
    const blocks = easyReadSharedRecord(view({ entries: [{ id: '2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', kind: 'comment', text: 'Mum loved the garden.', createdAt: '2026-11-23T10:00:00Z', byYou: true }] }));
    expect(blocks.slice(-2).map((b) => b.heading)).toEqual(['What you added', 'A comment']);
  });
});
