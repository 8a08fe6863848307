// Configuration, from environment variables only. Documented in the README.
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
  };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, not "${value}"`);
  return n;
}
