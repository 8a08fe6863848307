import { describe, expect, test } from 'vitest';
import { percentile, summarise } from './stats.js';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile by nearest rank', () => {
  test.each([
    { samples: [7], p: 50, expected: 7 },
    { samples: [3, 1, 2], p: 50, expected: 2 },
    { samples: [4, 1, 3, 2], p: 50, expected: 2 },
    { samples: oneToHundred, p: 50, expected: 50 },
    { samples: oneToHundred, p: 95, expected: 95 },
    { samples: oneToHundred, p: 99, expected: 99 },
    { samples: oneToHundred, p: 100, expected: 100 },
    { samples: oneToHundred, p: 0.5, expected: 1 },
    { samples: [10, 20, 30, 40, 50, 60, 70, 80, 90, 1000], p: 95, expected: 1000 },
    { samples: [10, 20, 30, 40, 50, 60, 70, 80, 90, 1000], p: 90, expected: 90 },
  ])('$p th of $samples.length samples is $expected', ({ samples, p, expected }) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  test('does not reorder the samples it is given', () => {
    const samples = [5, 3, 9, 1];
    percentile(samples, 50);
    expect(samples).toEqual([5, 3, 9, 1]);
  });

  test('refuses an empty list and a percentile out of range', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1, 2], 0)).toThrow(/percentile/);
    expect(() => percentile([1, 2], 101)).toThrow(/percentile/);
  });
});

describe('summarise', () => {
  test('reports count, median, p95, p99, max and mean of known timings', () => {
    const shuffled = [...oneToHundred].reverse();
    expect(summarise(shuffled)).toEqual({ count: 100, median: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  test('one slow request in 100 shows in max, not in the median, p95 or p99', () => {
    const samples = [...Array.from({ length: 99 }, () => 2), 250];
    const s = summarise(samples);
    expect(s.median).toBe(2);
    expect(s.p95).toBe(2);
    expect(s.p99).toBe(2);
    expect(s.max).toBe(250);
  });
});
