// Schedules the nightly plan-quality audit inside the server process: a timer to the next London time, re-armed
// after each run. The timer never keeps the process alive, and stops when the server closes.
import type pg from 'pg';
import { runNightlyPlanAudits, type NightlyOutcome } from './nightly-plan-audit.js';

/** The next moment after `now` when the clock in London reads `at` ("HH:MM"). */
export function nextRunAt(now: Date, at: string): Date {
  const [hour, minute] = at.split(':').map(Number) as [number, number];
  for (let dayOffset = 0; dayOffset <= 2; dayOffset++) {
    const day = new Date(now.getTime() + dayOffset * 86_400_000);
    const [y, m, d] = londonParts(day).slice(0, 3) as [number, number, number];
    const guess = Date.UTC(y, m - 1, d, hour, minute);
    // London is UTC or an hour ahead of it: the wall time read back at the guess gives the offset to take off.
    const [gy, gm, gd, gh, gmin] = londonParts(new Date(guess)) as [number, number, number, number, number];
    const offset = Date.UTC(gy, gm - 1, gd, gh, gmin) - guess;
    const candidate = new Date(guess - offset);
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  throw new Error(`no London time ${at} in the next two days`);
}

function londonParts(at: Date): number[] {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute')];
}

export interface NightlySchedule {
  stop(): void;
}

export function scheduleNightlyPlanAudits(options: {
  pool: pg.Pool;
  /** "HH:MM" in London. */
  at: string;
  /** Every organisation's id; see docs/ARCHITECTURE.md for why this comes from the owner connection. */
  listOrganisations: () => Promise<string[]>;
  now: () => Date;
  report: (outcomes: NightlyOutcome[] | Error) => void;
}): NightlySchedule {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = (from: Date) => {
    if (stopped) return;
    timer = setTimeout(() => void fire(), nextRunAt(from, options.at).getTime() - options.now().getTime());
    timer.unref();
  };
  const fire = async () => {
    try {
      options.report(await runNightlyPlanAudits(options.pool, options.now(), await options.listOrganisations()));
    } catch (error) {
      options.report(error instanceof Error ? error : new Error(String(error)));
    } finally {
      // A minute on, so a timer that fires a little early does not run twice for the same night.
      arm(new Date(options.now().getTime() + 60_000));
    }
  };
  arm(options.now());
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
