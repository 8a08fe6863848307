// Summary statistics for timings: percentiles by the nearest-rank method, so every figure reported is a
// time that was actually measured, never one interpolated between two.

export interface Summary {
  count: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile (0 < p ≤ 100) by nearest rank: the smallest sample with at least p% of samples at or below it.
 * The median is percentile(samples, 50); with an even count that is the lower of the two middle samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples to take a percentile of');
  if (!(p > 0 && p <= 100)) throw new Error(`a percentile is over 0 and at most 100, not ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    mean: samples.reduce((sum, x) => sum + x, 0) / samples.length,
  };
}
