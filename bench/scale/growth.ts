// How a scenario's cost grows with the number of people: from the medians at the smallest and largest sizes run,
// the exponent b in cost ∝ people^b, and what that makes it. With 100 times the people, b = 0.1 is 1.6 times the
// cost, b = 0.8 is 40 times and b = 1.2 is 250 times.

export type GrowthClass = 'flat' | 'slower than the data' | 'linear' | 'worse than linear';

/** The bounds on the exponent, stated in the report as they are applied here. */
export const growthThresholds = {
  /** Below this, the cost hardly moves with the data. */
  flatBelow: 0.1,
  /** From flatBelow up to this, the cost grows, but slower than the data. */
  linearFrom: 0.8,
  /** From linearFrom up to this (inclusive), the cost grows in step with the data; above it, faster. */
  linearTo: 1.2,
} as const;

export interface SizedMedian {
  people: number;
  median: number;
}

export interface Growth {
  /** How many times the people grew. */
  peopleFactor: number;
  /** How many times the median grew. */
  costFactor: number;
  exponent: number;
  growth: GrowthClass;
}

export function classifyExponent(exponent: number): GrowthClass {
  if (exponent < growthThresholds.flatBelow) return 'flat';
  if (exponent < growthThresholds.linearFrom) return 'slower than the data';
  if (exponent <= growthThresholds.linearTo) return 'linear';
  return 'worse than linear';
}

/** The growth from `small` to `large`: more people, both medians above zero. */
export function growthBetween(small: SizedMedian, large: SizedMedian): Growth {
  if (!(large.people > small.people)) throw new Error(`growth needs more people at the larger size (${String(small.people)} → ${String(large.people)})`);
  if (!(small.median > 0 && large.median > 0)) throw new Error('growth needs medians above zero');
  const peopleFactor = large.people / small.people;
  const costFactor = large.median / small.median;
  const exponent = Math.log(costFactor) / Math.log(peopleFactor);
  return { peopleFactor, costFactor, exponent, growth: classifyExponent(exponent) };
}
