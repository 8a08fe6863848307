import { describe, expect, test } from 'vitest';
import { classifyExponent, growthBetween, growthThresholds } from './growth.js';

describe('growthBetween', () => {
  test('the same cost at 100 times the people is flat', () => {
    const g = growthBetween({ people: 100, median: 8 }, { people: 10_000, median: 8 });
    expect(g).toEqual({ peopleFactor: 100, costFactor: 1, exponent: 0, growth: 'flat' });
  });

  test('a cost 100 times higher at 100 times the people is linear, with exponent 1', () => {
    const g = growthBetween({ people: 100, median: 2 }, { people: 10_000, median: 200 });
    expect(g.exponent).toBeCloseTo(1, 10);
    expect(g.growth).toBe('linear');
  });

  test('ten times the cost for 100 times the people grows slower than the data', () => {
    const g = growthBetween({ people: 100, median: 5 }, { people: 10_000, median: 50 });
    expect(g.exponent).toBeCloseTo(0.5, 10);
    expect(g.growth).toBe('slower than the data');
  });

  test('a cost that grows with the square of the people is worse than linear', () => {
    const g = growthBetween({ people: 100, median: 1 }, { people: 1_000, median: 100 });
    expect(g.exponent).toBeCloseTo(2, 10);
    expect(g.growth).toBe('worse than linear');
  });

  test('a cost that falls is flat', () => {
    expect(growthBetween({ people: 100, median: 10 }, { people: 1_000, median: 7 }).growth).toBe('flat');
  });

  test('refuses sizes that do not grow and medians of zero', () => {
    expect(() => growthBetween({ people: 1_000, median: 1 }, { people: 100, median: 1 })).toThrow(/more people/);
    expect(() => growthBetween({ people: 100, median: 0 }, { people: 1_000, median: 1 })).toThrow(/above zero/);
  });
});

describe('classifyExponent at the thresholds', () => {
  test.each([
    [growthThresholds.flatBelow - 0.001, 'flat'],
    [growthThresholds.flatBelow, 'slower than the data'],
    [growthThresholds.linearFrom - 0.001, 'slower than the data'],
    [growthThresholds.linearFrom, 'linear'],
    [growthThresholds.linearTo, 'linear'],
    [growthThresholds.linearTo + 0.001, 'worse than linear'],
  ])('exponent %f is %s', (exponent, expected) => {
    expect(classifyExponent(exponent)).toBe(expected);
  });
});
