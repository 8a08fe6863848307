// Starts ONE Hearth server for the run: a free port, a fresh temporary DATA_DIR (so an embedded PostgreSQL with
// only the demo organisation), output to e2e/artifacts/server.log. Stopped with SIGTERM at the end, even if tests fail.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { artifactsDir, serverDir, webDist } from './paths.js';

const readyTimeoutMs = 120_000;
const stopTimeoutMs = 30_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`The web app is not built (${webDist}/index.html is missing): run \`npm run test:e2e\` from the repository root, which builds it first.`);
  }
  fs.mkdirSync(artifactsDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(artifactsDir, 'server.log');
  const log = fs.createWriteStream(logFile, { flags: 'w' });
  log.write(`# Hearth e2e server, ${new Date().toISOString()}, port ${port}, DATA_DIR ${dataDir}\n`);

  // One node process (tsx as a loader, not the tsx CLI, which would add a parent process between us and the server).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    // Every test signs in from 127.0.0.1: the per-minute sign-in limit is meant for people, not a test run.
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  delete env.DATABASE_URL;
  delete env.APP_DATABASE_URL;
  delete env.EMBEDDED_PG_PORT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a last-resort kill reaches the embedded PostgreSQL too
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < 200_000) output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => { resolve(code ?? (signal ? -1 : null)); }));
  // If this process dies without running the teardown (Ctrl+C, a crash), do not leave the server behind.
  const killOnExit = () => { killGroup(child, 'SIGKILL'); };
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const code = await Promise.race([exited, delay(stopTimeoutMs).then(() => 'timeout' as const)]);
      if (code === 'timeout') {
        log.write(`\n# server did not stop within ${stopTimeoutMs} ms of SIGTERM: killing its process group\n`);
        killGroup(child, 'SIGKILL');
        await Promise.race([exited, delay(5_000)]);
      } else {
        log.write(`\n# server exited with ${String(code)} after SIGTERM\n`);
      }
    }
    process.removeListener('exit', killOnExit);
    await new Promise<void>((resolve) => log.end(resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('totpLedger', path.join(dataDir, 'e2e-totp-ledger.json'));
  project.provide('sessionStore', path.join(dataDir, 'e2e-sessions.json'));
  process.stdout.write(`Hearth e2e server at ${baseUrl} (log: ${path.relative(process.cwd(), logFile)})\n`);
  return stop;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The Hearth server exited before it was ready (code ${String(child.exitCode ?? child.signalCode)}):\n${output().slice(-4000)}`);
    }
    if (output().includes('is running at')) {
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        const body = (await response.json()) as { status?: string };
        if (response.ok && body.status === 'ok') return;
      } catch {
        // not yet
      }
    }
    await delay(250);
  }
  throw new Error(`The Hearth server was not ready within ${readyTimeoutMs} ms:\n${output().slice(-4000)}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => { resolve(port); });
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:PORT of the Hearth server for this run. */
    baseUrl: string;
    /** A JSON file recording, per account, the last authenticator step used, shared by every test file. */
    totpLedger: string;
    /** A JSON file of the session cookies of accounts with a second factor, so later tests can resume them. */
    sessionStore: string;
  }
}
