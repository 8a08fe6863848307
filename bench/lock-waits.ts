// Samples, while a run goes on, how many of the benchmark database's sessions are running a statement and how many
// of those are waiting for a lock (in the visit runs, mostly the organisation's audit chain head): it tells
// whether records queue for the chain or for something else (CPU, the connection pool).
import type pg from 'pg';

export interface LockWaits {
  samples: number;
  /** Mean sessions running a statement, waiting or not. */
  meanActive: number;
  /** Mean sessions waiting for a lock held by another transaction. */
  meanWaiting: number;
}

export function sampleLockWaits(client: pg.Client, everyMs = 50): { stop(): Promise<LockWaits> } {
  const state = { running: true, samples: 0, active: 0, waiting: 0 };
  const loop = (async () => {
    while (state.running) {
      const row = (
        await client.query<{ active: string; waiting: string }>(
          `SELECT count(*) FILTER (WHERE state = 'active') AS active, count(*) FILTER (WHERE wait_event_type = 'Lock') AS waiting
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
      ).rows[0];
      state.samples++;
      state.active += Number(row?.active ?? 0);
      state.waiting += Number(row?.waiting ?? 0);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      const n = Math.max(1, state.samples);
      return { samples: state.samples, meanActive: state.active / n, meanWaiting: state.waiting / n };
    },
  };
}
