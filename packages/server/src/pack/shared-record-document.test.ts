import type { SharedRecordView } from '@hearth/core';
import type { Content, Style } from 'pdfmake/interfaces.js';
import { describe, expect, test } from 'vitest';
import { sharedRecordDocument, type SharedPrintFormat } from './shared-record-document.js';

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
  entries: [],
};

/** Every string in the laid-out content, in order. */
function textOf(content: Content | undefined): string[] {
  if (content === undefined) return [];
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap((c) => textOf(c));
  if (typeof content !== 'object') return [];
  const c = content as unknown as Record<string, unknown>;
  return ['text', 'stack', 'columns', 'ul'].flatMap((key) => textOf(c[key] as Content | undefined));
}

const print = (format: SharedPrintFormat, v: SharedRecordView = view) => sharedRecordDocument({ format, view: v, printedOn: '5 December 2026' });

describe('the shared record printed', () => {
  test.each<SharedPrintFormat>(['large_print', 'easy_read'])('%s holds the shared plan section and the visit, never under 16 pt', (format) => {
    const doc = print(format);
    const text = textOf(doc.content).join('\n');
    expect(text).toContain('cardigan');
    expect(text).toContain('Porridge and tea');
    expect(text).toContain('Morning visit, Friday 4 December 2026');
    expect(text).toContain('DNACPR \u2014 do not attempt CPR.');
    expect(text).toContain('Original form: Purple folder on the kitchen dresser.');
    const sizes = [doc.defaultStyle?.fontSize, ...Object.values(doc.styles ?? {}).map((s: Style) => s.fontSize)].filter((n) => n !== undefined);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
  });

  test.each<SharedPrintFormat>(['large_print', 'easy_read'])('%s without daily records or health shared holds no visit and no DNACPR', (format) => {
    const text = textOf(print(format, { ...view, parts: ['plan'], dailyRecords: null, capacity: null }).content).join('\n');
    expect(text).toContain('cardigan');
    expect(text).not.toContain('Porridge');
    expect(text).not.toContain('DNACPR');
  });

  test('daily records alone print without a plan heading', () => {
    const text = textOf(print('large_print', { ...view, parts: ['daily_records'], plan: null, planSections: [] }).content).join('\n');
    expect(text).toContain('Porridge and tea');
    expect(text).not.toContain('Care and support plan');
  });
});
