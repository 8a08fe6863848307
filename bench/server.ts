// Hearth's server for the benchmark, in a process of its own as in use, so the measuring client does not share
// its event loop. Built like main.ts builds it, logging each request as in production (to nowhere), on a free port.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig } from '../packages/server/src/config.js';
import { buildApp } from '../packages/server/src/http/app.js';
import { appPool } from './database.js';

async function main(): Promise<void> {
  const appUrl = process.env.BENCH_APP_DATABASE_URL;
  const mode = process.env.BENCH_DATABASE_MODE === 'external' ? 'external' : 'embedded';
  if (!appUrl) throw new Error('BENCH_APP_DATABASE_URL is not set');
  // Every simulated care worker signs in from 127.0.0.1, where in use each phone has an address of its own: the
  // per-address sign-in limit is raised so signing in 40 of them is not refused. No measured request is a sign-in.
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const pool = appPool(appUrl);
  const nowhere = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  const app = await buildApp(
    { pool, config, databaseMode: mode, version: 'bench', now: () => new Date() },
    { logStream: nowhere },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  const stop = async () => {
    await app.close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The benchmark's server could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
