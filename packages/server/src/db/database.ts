// Opens Hearth's database: embedded by default, an existing server with DATABASE_URL. Migrates as the owner,
// then serves requests through a pool that connects as hearth_app, a role that owns nothing.
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Config } from '../config.js';
import { readOrCreateSecret, startEmbeddedPostgres } from './embedded.js';

export const appRole = 'hearth_app';
const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Database {
  mode: 'embedded' | 'external';
  /** Connects as hearth_app: row-level security applies to every query it runs. */
  pool: pg.Pool;
  /** The owner's connection string, for migrations, backup and audit verification only. */
  adminUrl: string;
  close(): Promise<void>;
}

/**
 * A pool emits 'error' when the server drops an idle connection (a restart, a shutdown, a network blip);
 * with no listener that would crash the process. The next query simply takes a new connection.
 */
function survivingDroppedConnections(pool: pg.Pool): pg.Pool {
  pool.on('error', (error) => {
    process.stderr.write(`An idle database connection was closed by the server: ${error.message}\n`);
  });
  return pool;
}

export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    const adminUrl = config.databaseUrl;
    const appPassword = createHmac('sha256', config.sessionSecret).update('hearth_app database password').digest('base64url');
    await prepareDatabase(adminUrl, appPassword);
    const pool = survivingDroppedConnections(new pg.Pool({ connectionString: config.appDatabaseUrl ?? withCredentials(adminUrl, appRole, appPassword), max: 10 }));
    return { mode: 'external', pool, adminUrl, close: () => pool.end() };
  }
  const server = await startEmbeddedPostgres(path.join(config.dataDir), config.embeddedPort);
  try {
    const adminUrl = withDatabase(server.adminUrl, 'hearth');
    await createDatabaseIfMissing(server.adminUrl, 'hearth');
    const appPassword = readOrCreateSecret(path.join(config.dataDir, 'pg-app-secret'));
    await prepareDatabase(adminUrl, appPassword);
    const pool = survivingDroppedConnections(new pg.Pool({ connectionString: withCredentials(adminUrl, appRole, appPassword), max: 10 }));
    return {
      mode: 'embedded',
      pool,
      adminUrl,
      async close() {
        await pool.end();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Applies every migration and makes sure hearth_app can sign in with the password Hearth will use. */
export async function prepareDatabase(adminUrl: string, appPassword: string): Promise<void> {
  await applyMigrations(adminUrl);
  if (!(await canConnect(withCredentials(adminUrl, appRole, appPassword)))) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`ALTER ROLE ${appRole} WITH LOGIN PASSWORD ${pg.escapeLiteral(appPassword)}`);
    } finally {
      await admin.end();
    }
  }
}

/** Brings the schema up to this version of Hearth: every migration not yet applied, in order. */
export async function applyMigrations(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
