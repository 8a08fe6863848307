// Runs one operation many times, some at once, and keeps what the report needs: each operation's own time, how many
// completed a second over the run's wall time, and the peak memory of the process doing the work.
import { summarise, type Summary } from '../stats.js';
import { withPeak, type ProcessRef } from './peak-memory.js';

/**
 * One operation: does the work, checks its answer (throwing if it is wrong), and answers the milliseconds it took.
 * `slot` is which of the concurrent clients does it (0 … concurrency-1), so each client can act as someone else.
 */
export type TimedOperation = (index: number, slot: number) => Promise<number>;

export interface SideResult {
  n: number;
  summary: Summary;
  /** Operations completed a second over the wall time of the whole run. */
  perSecond: number;
  wallMs: number;
  /** The peak resident memory of the process doing the work during the run, in MB; null when unknown. */
  peakMb: number | null;
}

/** Runs `operation` for indexes 0 … count-1, `concurrency` at a time, each slot taking the next index as it frees. */
export async function runConcurrently(count: number, concurrency: number, operation: TimedOperation): Promise<{ timings: number[]; wallMs: number }> {
  const timings: number[] = [];
  let next = 0;
  const client = async (slot: number) => {
    while (next < count) {
      const index = next++;
      timings.push(await operation(index, slot));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, (_, slot) => client(slot)));
  return { timings, wallMs: performance.now() - started };
}

export interface RunPlan {
  count: number;
  warmUp: number;
  concurrency: number;
}

/**
 * Warms up (indexes after the measured ones, so the measured run does the same work whichever side runs it), then
 * measures with the peak memory of `worker` reset at the start.
 */
export async function measure(plan: RunPlan, worker: ProcessRef, operation: TimedOperation): Promise<SideResult> {
  if (plan.warmUp > 0) await runConcurrently(plan.warmUp, plan.concurrency, (i, slot) => operation(plan.count + i, slot));
  const { value, peakMb } = await withPeak(worker, () => runConcurrently(plan.count, plan.concurrency, operation));
  return {
    n: value.timings.length,
    summary: summarise(value.timings),
    perSecond: (value.timings.length / value.wallMs) * 1000,
    wallMs: value.wallMs,
    peakMb,
  };
}

/** Times one promise, from the call to its settling. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
