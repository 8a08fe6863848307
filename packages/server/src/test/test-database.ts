// A database of its own for one test file, copied from the migrated template.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { appRole, withCredentials, withDatabase } from '../db/database.js';
import { testAppPassword } from './global-setup.js';

export interface TestDatabase {
  name: string;
  /** As the owner: for setting up data and inspecting what a request left behind. */
  adminUrl: string;
  /** As hearth_app, the role requests use. */
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('serverUrl');
  const template = inject('templateDatabase');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // Two files copying the template at the same moment can collide; the copy is retried, never skipped.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  } finally {
    await client.end();
  }
  const adminUrl = withDatabase(serverUrl, name);
  const pool = new pg.Pool({ connectionString: withCredentials(adminUrl, appRole, testAppPassword), max: 5 });
  let closing = false;
  // A client still connected when the database is dropped (work the test left running) is cut by the server; that
  // is expected while closing, and anything else is reported rather than left to crash the run as unhandled.
  pool.on('error', (error) => {
    if (!closing) process.stderr.write(`A test database connection failed while idle: ${error.message}\n`);
  });
  return {
    name,
    adminUrl,
    pool,
    async close() {
      closing = true;
      await pool.end();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Runs SQL as the owner (bypassing row-level security), for test set-up and inspection only. */
export async function asOwner<T>(db: TestDatabase, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: db.adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
