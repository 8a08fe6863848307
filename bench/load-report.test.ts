import { describe, expect, test } from 'vitest';
import { loadMarkdown, loadTable, type PersonaResult } from './load-report.js';
import { summarise } from './stats.js';

const rows: PersonaResult[] = [
  { persona: 'Care worker', users: 8, requests: 4, errors: 0, summary: summarise([5, 7, 20, 400]), perSecond: 2, firstError: null },
  { persona: 'Family member', users: 3, requests: 0, errors: 1, summary: null, perSecond: 0, firstError: 'GET /api/shared/people answered 500' },
];

describe('the load report', () => {
  test('the terminal table gives each persona its percentiles and the totals, with a dash where nothing was measured', () => {
    const table = loadTable(rows).split('\n');
    expect(table[1]).toMatch(/^Care worker\s+8\s+4\s+0\s+7\.0\s+400\s+400\s+2\.0$/);
    expect(table[2]).toMatch(/^Family member\s+3\s+0\s+1\s+–\s+–\s+–\s+0\.0$/);
    expect(table[3]).toBe('All: 4 requests, 1 errors, 2.0 requests/s');
  });

  test('the markdown block is a table with a row per persona and a total', () => {
    const md = loadMarkdown(rows, {
      seconds: 60,
      elapsed: 60.4,
      machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, node: '20', os: 'Linux' },
      target: 'a throwaway Hearth',
      now: new Date('2026-12-06T12:00:00Z'),
    }).split('\n');
    expect(md[0]).toContain('Measured 2026-12-06 on Test CPU (2 cores, 24 GB)');
    expect(md).toContain('| Care worker | 8 | 4 | 0 | 7.0 | 400 | 400 | 2.0 |');
    expect(md.at(-1)).toBe('| **All** | 11 | 4 | 1 | | | | 2.0 |');
  });
});
