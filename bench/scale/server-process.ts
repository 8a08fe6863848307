// Hearth's server for one size of the scale benchmark, in a process of its own (bench/server.ts, as bench/main.ts
// starts it), so the measuring client shares neither its event loop nor its memory; its process id is kept so its
// peak memory can be read during each scenario.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchDatabase } from '../database.js';

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startServer(database: BenchDatabase): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../server.ts', import.meta.url))], {
    env: { ...process.env, BENCH_APP_DATABASE_URL: database.appUrl, BENCH_DATABASE_MODE: database.mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      reject(new Error(`the server stopped (exit ${code === null ? 'by a signal' : String(code)})`));
    }),
  );
  exited.catch(() => undefined);
  const stdout = child.stdout;
  if (!stdout || child.pid === undefined) throw new Error('the server process did not start');
  const firstLine = new Promise<string>((resolve) => {
    createInterface({ input: stdout }).once('line', resolve);
  });
  try {
    const { port } = JSON.parse(await Promise.race([firstLine, exited])) as { port: number };
    return { baseUrl: `http://127.0.0.1:${String(port)}`, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
