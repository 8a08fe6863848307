// The benchmark's own database, removed afterwards: on a throwaway embedded PostgreSQL by default, or as a fresh
// database on the server at DATABASE_URL. Requests connect as a role acting as hearth_app, as the app's do.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { appRole, withCredentials, withDatabase } from '../packages/server/src/db/database.js';
import { startEmbeddedPostgres } from '../packages/server/src/db/embedded.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../packages/server/src/db/migrations');

export interface BenchDatabase {
  mode: 'embedded' | 'external';
  /** The owner: migrations and seeding only. */
  adminUrl: string;
  /** A login role that is a member of hearth_app; the server's sessions set their role to hearth_app. */
  appUrl: string;
  serverVersion: string;
  close(): Promise<void>;
}

/**
 * The server's own hearth_app password is left alone: on a shared server other runs (tests, a real Hearth) sign in
 * with it. The benchmark signs in as a short-lived member of hearth_app instead and acts as hearth_app.
 */
export async function openBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  const suffix = randomBytes(4).toString('hex');
  const dataDir = databaseUrl ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
  const server = databaseUrl
    ? { adminUrl: databaseUrl, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres(dataDir ?? '', null);
  const removeDataDir = () => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const name = `hearth_bench_${suffix}`;
  const login = `hearth_bench_${suffix}`;
  const password = randomBytes(18).toString('base64url');
  try {
    await asAdmin(server.adminUrl, async (c) => {
      await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    });
    const adminUrl = withDatabase(server.adminUrl, name);
    const serverVersion = await asAdmin(adminUrl, async (c) => {
      await migrate(drizzle(c), { migrationsFolder });
      await c.query(
        `CREATE ROLE ${pg.escapeIdentifier(login)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${pg.escapeLiteral(password)} IN ROLE ${appRole}`,
      );
      return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown';
    });
    let closed = false;
    return {
      mode: databaseUrl ? 'external' : 'embedded',
      adminUrl,
      appUrl: withCredentials(adminUrl, login, password),
      serverVersion,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await asAdmin(server.adminUrl, async (c) => {
            await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
            await c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(login)}`);
          });
        } finally {
          await server.stop();
          removeDataDir();
        }
      },
    };
  } catch (error) {
    await asAdmin(server.adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(login)}`);
    }).catch(() => undefined);
    await server.stop();
    removeDataDir();
    throw error;
  }
}

async function asAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The app's pool, as Hearth builds it (ten connections), each session acting as hearth_app from its start. */
export function appPool(appUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: appUrl, max: 10, options: `-c role=${appRole}` });
  pool.on('error', (error) => {
    process.stderr.write(`An idle database connection was closed by the server: ${error.message}\n`);
  });
  return pool;
}
