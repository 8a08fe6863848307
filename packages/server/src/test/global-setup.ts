// Starts (or reaches) the PostgreSQL server for integration tests and builds a migrated template database
// that every test file copies, so a file never sees another's data.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase, withDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded.js';

export const testAppPassword = 'hearth-test-app-password';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.HEARTH_TEST_DATABASE_URL;
  const dataDir = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-test-'));
  const server = external ? { adminUrl: external, stop: async () => {} } : await startEmbeddedPostgres(dataDir!, null);
  const template = `hearth_template_${randomBytes(4).toString('hex')}`;
  await admin(server.adminUrl, `CREATE DATABASE ${template}`);
  await prepareDatabase(withDatabase(server.adminUrl, template), testAppPassword);
  await admin(server.adminUrl, `ALTER ROLE hearth_app WITH LOGIN PASSWORD '${testAppPassword}'`);
  project.provide('serverUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2", [`${template}_%`, template],
    );
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(r.datname)} WITH (FORCE)`);
    await client.end();
    await server.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}
