import type { SharedRecordView } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { searchSharedRecord, sharedRecordPlainText } from './shared-record-text.js';

const view: SharedRecordView = {
  person: { id: '5d1c1e0e-6a4b-4a57-9a38-0ac5b8f0b1a1', name: 'Margaret Thompson', preferredName: 'Peggy', communicationNeeds: ['Large print'] },
  formats: { order: ['large_print', 'easy_read', 'plain_text'], preferred: 'large_print' },
  relationship: 'family',
  parts: ['plan', 'daily_records', 'health'],
  readOnly: false,
  canSeeRecordViews: false,
  endsAt: null,
  plan: { version: 3, agreedOn: '2026-11-20' },
  planSections: [{ key: 'personal_care', title: 'Personal care', part: 'plan', blocks: [{ heading: 'What I can do', lines: ['I choose my own cardigan.'] }] }],
  dailyRecords: [{
    id: 'a0c2c1c4-9e0e-4e77-8a6b-2d9b0f5a1c11', title: 'Morning visit, Friday 4 December 2026, 08:05 to 08:40', arrivedAt: '2026-12-04T08:05:00Z', leftAt: '2026-12-04T08:40:00Z',
    recordedByName: 'Cara Carer', blocks: [{ heading: 'Food and drink', lines: ['Porridge and tea'] }],
  }],
  capacity: [{
    kind: 'resuscitation', part: 'health', heading: 'ReSPECT form or DNACPR decision',
    lines: ['DNACPR \u2014 do not attempt CPR.', 'Original form: Purple folder on the kitchen dresser.'],
  }],
  behaviourSupport: null,
  entries: [{ id: '6f0c8a8e-5b7a-4c1d-9a53-1f7a3b2c4d5e', kind: 'comment', text: 'She loves the radio', createdAt: '2026-12-05T10:00:00Z', byYou: true }],
};

describe('searching the shared view', () => {
  test.each([
    ['cardigan', ['Personal care: What I can do']],
    ['PORRIDGE tea', ['Morning visit, Friday 4 December 2026, 08:05 to 08:40: Food and drink']],
    ['radio', ['What you added on 5 December 2026: A comment']],
    ['large print', ['How I want information']],
    ['medicines', []],
    ['purple folder', ['ReSPECT form or DNACPR decision']],
    ['   ', []],
  ])('%j finds %j', (query, where) => {
    expect(searchSharedRecord(view, query).results.map((r) => r.where)).toEqual(where);
  });

  test('a heading word counts: "food" finds the line under "Food and drink"', () => {
    expect(searchSharedRecord(view, 'food').results.map((r) => r.text)).toEqual(['Porridge and tea']);
  });
});

describe('the shared view as plain text', () => {
  test('headings on lines of their own, every shared part, the reader\u2019s own entries, nothing else', () => {
    const text = sharedRecordPlainText(view, '6 December 2026');
    expect(text.startsWith('The shared record of Peggy (Margaret Thompson)\n')).toBe(true);
    expect(text).toContain('\nPersonal care\n\nWhat I can do\n\nI choose my own cardigan.\n');
    expect(text).toContain('Plan version 3, agreed on 20 November 2026.');
    expect(text).toContain('\nDaily records of visits\n');
    expect(text).toContain('Recorded by Cara Carer.');
    expect(text).toContain('\nMental capacity, legal authority and advance care planning\n\nReSPECT form or DNACPR decision\n\nDNACPR \u2014 do not attempt CPR.\nOriginal form: Purple folder on the kitchen dresser.\n');
    expect(text).toContain('She loves the radio');
    expect(text).not.toMatch(/\n{3,}/);
    expect(text.trimEnd().endsWith('End of the shared record of Peggy (Margaret Thompson).')).toBe(true);
  });

  test('daily records and capacity records are left out entirely when not shared', () => {
    const text = sharedRecordPlainText({ ...view, parts: ['plan'], dailyRecords: null, capacity: null, entries: [] }, '6 December 2026');
    expect(text).not.toContain('Daily records');
    expect(text).not.toContain('Porridge');
    expect(text).not.toContain('What you have added');
    expect(text).not.toContain('DNACPR');
  });
});
