// What a scenario is: the same piece of work done over HTTP against Hearth and directly in SQL on the same database,
// each with how many times to do it (after a warm-up) and how many at once, and what both sides need to do it.
import type { Session } from '../measure.js';
import { seededRandom } from '../plan-content.js';
import type { AppSql } from './app-sql.js';
import type { ScaleData, ScalePerson } from './seed-scale.js';
import type { RunPlan, TimedOperation } from './timed-run.js';

export interface Side extends RunPlan {
  operation: TimedOperation;
}

export interface Scenario {
  key: string;
  label: string;
  /** What the direct-SQL side does, for the report. */
  baseline: string;
  hearth: Side;
  sql: Side;
}

export interface ScenarioContext {
  baseUrl: string;
  data: ScaleData;
  password: string;
  senior: Session;
  manager: Session;
  /** One session per care worker, in the order of data.carers. */
  carers: Session[];
  sql: AppSql;
}

/** The person an operation is about: chosen at random (seeded by scenario and index, so both sides and every run agree). */
export function personFor(people: readonly ScalePerson[], seed: number, index: number): ScalePerson {
  const random = seededRandom(seed * 1_000_003 + index);
  const person = people[Math.floor(random() * people.length)];
  if (!person) throw new Error('there are no people to choose from');
  return person;
}

/** Same plan for both sides. */
export const both = (plan: RunPlan) => ({ count: plan.count, warmUp: plan.warmUp, concurrency: plan.concurrency });
