// What every route can reach: the database pool, configuration and the clock.
import type pg from 'pg';
import type { Config } from '../config.js';

export interface AppContext {
  pool: pg.Pool;
  config: Config;
  databaseMode: 'embedded' | 'external';
  version: string;
  /** Injected so tests can move time (idle timeout, expiry) without waiting. */
  now: () => Date;
}
