// A running Hearth app on a database of its own, with a clock the test can move.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import { buildApp } from '../http/app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestClock {
  now: () => Date;
  advance: (ms: number) => void;
}

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  config: Config;
  clock: TestClock;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000', ...env });
  let offset = 0;
  const clock: TestClock = { now: () => new Date(Date.now() + offset), advance: (ms) => (offset += ms) };
  const app = await buildApp({ pool: db.pool, config, databaseMode: 'external', version: 'test', now: clock.now }, { logger: process.env.HEARTH_TEST_LOG === '1' });
  return {
    app, db, config, clock,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A signed-in browser as far as the API can tell: the session cookie and the CSRF token. */
export interface Agent {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export function agentFor(app: FastifyInstance, cookie: string, csrfToken: string): Agent {
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method, url,
      headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  return {
    cookie, csrfToken,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body),
    put: (url, body) => send('PUT', url, body),
  };
}

export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'hearth_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `hearth_session=${cookie.value}`;
}
