import { describe, expect, test } from 'vitest';
import { lighthouseMarkdown, lighthouseTable, medianRun, readLighthouseRun, type LighthouseRun } from './lighthouse-report.js';

const report = (performance: number | null, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    categories: { performance: { score: performance }, pwa: { score: 0.86 } },
    audits: {
      'installable-manifest': { score: 1 },
      'first-contentful-paint': { score: 0.9, numericValue: 1834.2 },
      'largest-contentful-paint': { score: 0.8, numericValue: 2450.7 },
      'total-blocking-time': { score: 1, numericValue: 120.4 },
      'cumulative-layout-shift': { score: 1, numericValue: 0.0123 },
      'speed-index': { score: 0.9, numericValue: 2010 },
      interactive: { score: 0.9, numericValue: 3120 },
    },
    ...extra,
  });

const run = (performance: number | null, fcpMs = 1000): LighthouseRun => ({ ...readLighthouseRun(report(performance === null ? null : performance / 100)), fcpMs });

describe('the Lighthouse figures', () => {
  test('a run’s scores are read as 0–100 and its metrics in ms; installability from its own check', () => {
    expect(readLighthouseRun(report(0.93))).toEqual({
      performance: 93,
      pwa: 86,
      installable: true,
      fcpMs: 1834.2,
      lcpMs: 2450.7,
      tbtMs: 120.4,
      cls: 0.0123,
      speedIndexMs: 2010,
      interactiveMs: 3120,
      runtimeError: null,
    });
  });

  test('a run Lighthouse could not finish says why, and never speaks for the page', () => {
    const failed = readLighthouseRun(report(null, { runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } }));
    expect(failed.runtimeError).toBe('NO_FCP: The page did not paint');
    expect(medianRun([failed])).toBeNull();
  });

  test.each([
    [[90, 70, 80], 80],
    [[90, 70, 80, 60], 70],
    [[55], 55],
  ])('the median run by performance of %j has %i', (scores, median) => {
    expect(medianRun(scores.map((s) => run(s)))?.performance).toBe(median);
  });

  test('the table gives each page its median run and the range of scores', () => {
    const rows = [{ page: 'My visits', path: '/my-visits', runs: [run(88, 1500), run(92, 1400), run(90, 1450)] }];
    const table = lighthouseTable(rows).split('\n');
    expect(table[1]).toMatch(/^My visits\s+3\s+90 \(88–92\)\s+1\.4\s+2\.5\s+120\s+0\.012\s+2\.0\s+3\.1\s+86\s+yes$/);
    const md = lighthouseMarkdown(rows, {
      version: '11.7.1',
      chromium: 'Chromium 156',
      machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, node: 'v20' },
      now: new Date('2026-12-07T10:00:00Z'),
      loadBefore: 1.2,
      loadAfter: 1.9,
    }).split('\n');
    expect(md[0]).toContain('Measured 2026-12-07 with Lighthouse 11.7.1 and Chromium 156');
    expect(md).toContain('| My visits | 3 | 90 (88–92) | 1.4 | 2.5 | 120 | 0.012 | 2.0 | 3.1 | 86 | yes |');
  });
});
