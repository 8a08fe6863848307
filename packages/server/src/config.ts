// Configuration, from environment variables only. Documented in the README.
import os from 'node:os';
import path from 'node:path';

export interface Config {
  production: boolean;
  host: string;
  port: number;
  /** postgres://… of an existing server; absent means Hearth starts its own embedded server. */
  databaseUrl: string | null;
  /** How the application connects, as a role that owns nothing; derived from databaseUrl when absent. */
  appDatabaseUrl: string | null;
  dataDir: string;
  embeddedPort: number | null;
  sessionSecret: string;
  idleTimeoutSeconds: number;
  sessionLifetimeSeconds: number;
  invitationLifetimeSeconds: number;
  lockoutThreshold: number;
  signInRateLimitPerMinute: number;
  /** Set when Hearth is served over TLS (directly or behind a proxy): secure cookies and HSTS. */
  behindTls: boolean;
  seedDemo: boolean;
  logLevel: string;
  /** Worker threads rendering pack PDFs at once, off the event loop that answers requests; by default one per core but one. */
  packRenderThreads: number;
  /** Packs that may wait for a thread; beyond that a print is refused (503) and asked to retry. */
  packQueueLimit: number;
  /** London time ("HH:MM") of the nightly plan-quality audit; null when switched off. */
  nightlyPlanAuditAt: string | null;
}

export const defaultSessionSecret = 'hearth-development-secret-change-me';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const sessionSecret = env.SESSION_SECRET ?? defaultSessionSecret;
  if (production && (sessionSecret === defaultSessionSecret || sessionSecret.length < 32)) {
    throw new ConfigError('SESSION_SECRET must be set to a random value of at least 32 characters in production');
  }
  return {
    production,
    host: env.HOST ?? '127.0.0.1',
    port: integer(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || null,
    appDatabaseUrl: env.APP_DATABASE_URL || null,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    embeddedPort: env.EMBEDDED_PG_PORT ? integer(env.EMBEDDED_PG_PORT, 0, 'EMBEDDED_PG_PORT') : null,
    sessionSecret,
    idleTimeoutSeconds: integer(env.IDLE_TIMEOUT_MINUTES, 30, 'IDLE_TIMEOUT_MINUTES') * 60,
    sessionLifetimeSeconds: integer(env.SESSION_LIFETIME_HOURS, 12, 'SESSION_LIFETIME_HOURS') * 3600,
    invitationLifetimeSeconds: integer(env.INVITATION_LIFETIME_HOURS, 72, 'INVITATION_LIFETIME_HOURS') * 3600,
    lockoutThreshold: integer(env.LOCKOUT_THRESHOLD, 5, 'LOCKOUT_THRESHOLD'),
    signInRateLimitPerMinute: integer(env.SIGN_IN_RATE_LIMIT_PER_MINUTE, 20, 'SIGN_IN_RATE_LIMIT_PER_MINUTE'),
    behindTls: env.BEHIND_TLS === 'true',
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !production,
    logLevel: env.LOG_LEVEL ?? 'info',
    nightlyPlanAuditAt: londonTime(env.PLAN_AUDIT_NIGHTLY_AT, '02:00', 'PLAN_AUDIT_NIGHTLY_AT'),
    packRenderThreads: atLeastOne(integer(env.PACK_RENDER_THREADS, Math.max(1, os.availableParallelism() - 1), 'PACK_RENDER_THREADS'), 'PACK_RENDER_THREADS'),
    packQueueLimit: integer(env.PACK_QUEUE_LIMIT, 20, 'PACK_QUEUE_LIMIT'),
  };
}

/** "HH:MM" on the 24-hour clock, or "off". */
function londonTime(value: string | undefined, fallback: string, name: string): string | null {
  if (value === undefined || value === '') return fallback;
  if (value === 'off') return null;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new ConfigError(`${name} must be a time such as 02:00, or off, not "${value}"`);
  return value;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, not "${value}"`);
  return n;
}

function atLeastOne(n: number, name: string): number {
  if (n < 1) throw new ConfigError(`${name} must be at least 1`);
  return n;
}
