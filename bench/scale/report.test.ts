import { describe, expect, test } from 'vitest';
import { summarise } from '../stats.js';
import { blockName, formatMs, growthOf, markdownBlock, ratioOf, terminalLines, type ScaleReport, type ScenarioFigures, type SizeRun } from './report.js';

const side = (timings: number[], peakMb: number | null) => ({
  n: timings.length,
  summary: summarise(timings),
  perSecond: 50,
  wallMs: 1000,
  peakMb,
});

const scenario = (key: string, hearth: number[], sql: number[]): ScenarioFigures => ({
  key,
  label: `Scenario ${key}`,
  baseline: `the SQL of ${key}`,
  hearth: side(hearth, 180.4),
  sql: side(sql, null),
});

const size = (people: number, scale: number): SizeRun => ({
  people,
  seedSeconds: 4.2,
  runSeconds: 61,
  tables: [{ table: 'visit_records', rows: people * 365, bytes: 3 * 1024 ** 2 }],
  scenarios: [scenario('plan', [8, 9, 10], [1, 2, 3]), scenario('audit', [100 * scale, 110 * scale, 120 * scale], [50 * scale, 60 * scale, 70 * scale])],
  load: [1.25, 2],
});

const report = (sizes: SizeRun[]): ScaleReport => ({
  mode: 'embedded',
  serverVersion: '18.4',
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, os: 'Linux 6', node: 'v20.0.0' },
  date: new Date('2026-12-08T10:00:00Z'),
  setup: 'Each size: a year of daily records.',
  sizes,
});

describe('the scale report', () => {
  test('names its block by the kind of database', () => {
    expect(blockName('embedded')).toBe('scale:embedded');
    expect(blockName('external')).toBe('scale:external');
  });

  test('formats times by size', () => {
    expect(formatMs(1.234)).toBe('1.23');
    expect(formatMs(45.67)).toBe('45.7');
    expect(formatMs(12_345.6)).toBe('12,346');
  });

  test('the ratio is Hearth’s median over the SQL median', () => {
    expect(ratioOf(scenario('x', [8, 9, 10], [1, 2, 3]))).toBeCloseTo(4.5, 10);
  });

  test('the block has the machine, the date, a table per size in order and the growth of each scenario', () => {
    const block = markdownBlock(report([size(1000, 100), size(100, 1)]));
    expect(block).toMatch(/^Measured 2026-12-08 on embedded PostgreSQL 18\.4: Test CPU, 2 cores, 24 GB memory/);
    expect(block).toContain('\nEach size: a year of daily records.\n');
    expect(block.indexOf('#### 100 people')).toBeGreaterThan(0);
    expect(block.indexOf('#### 1,000 people')).toBeGreaterThan(block.indexOf('#### 100 people'));
    expect(block).toContain('| Scenario | n | Median (ms) | p95 (ms) | p99 (ms) | Per second | Peak MB | SQL median (ms) | Ratio |');
    expect(block).toContain('| Scenario plan | 3 | 9.00 | 10.0 | 10.0 | 50 | 180 | 2.00 | 4.5× |');
    expect(block).toContain('| Scenario plan | 3 | 2.00 | 3.00 | 3.00 | 50 | n/a |');
    expect(block).toContain('visit_records 36,500 rows (3 MB)');
    expect(block).toContain('- Scenario plan: the SQL of plan.');
    expect(block).toContain('Growth from 100 to 1,000 people (×10)');
    expect(block).toContain('- Scenario plan: Hearth ×1.0 (b = 0.00): flat; SQL ×1.0 (b = 0.00): flat.');
    expect(block).toContain('- Scenario audit: Hearth ×100.0 (b = 2.00): worse than linear; SQL ×100.0 (b = 2.00): worse than linear.');
    expect(block).toContain('flat below 0.1, slower than the data below 0.8, linear from 0.8 to 1.2, worse than linear above 1.2');
  });

  test('with one size there is no growth to tell', () => {
    expect(growthOf([size(100, 1)])).toEqual([]);
    expect(markdownBlock(report([size(100, 1)]))).toContain('Growth: needs two sizes or more.');
  });

  test('a failed scenario is shown as failed, with why, and left out of the growth', () => {
    const failed = { key: 'audit', label: 'Scenario audit', baseline: 'the SQL of audit', failure: 'the server stopped (exit by a signal)' };
    const large = { ...size(1000, 100), scenarios: [scenario('plan', [8, 9, 10], [1, 2, 3]), failed] };
    const block = markdownBlock(report([size(100, 1), large]));
    expect(block).toContain('| Scenario audit | failed |  |  |  |  |  |  |  |');
    expect(block).toContain('Failed: Scenario audit: the server stopped (exit by a signal)');
    expect(growthOf([size(100, 1), large]).map((g) => g.label)).toEqual(['Scenario plan']);
  });

  test('the terminal table lines up its columns', () => {
    const lines = terminalLines(size(100, 1)).split('\n');
    expect(lines[0]).toBe('100 people (times in ms; ratio = Hearth median / SQL median)');
    const [header, first] = [lines[1] ?? '', lines[2] ?? ''];
    expect(first.length).toBe(header.length);
    expect(first).toMatch(/^Scenario plan\s+3\s+9\.00\s+10\.0\s+10\.0\s+50\s+180\s+2\.00\s+4\.5×$/);
  });
});
