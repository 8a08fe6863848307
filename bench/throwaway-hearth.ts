// A throwaway Hearth for measuring: its own embedded database in a temporary folder, the demo data seeded at its
// first start, on a free port of 127.0.0.1; stopped and its folder removed afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../packages/server/src/db/embedded.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function startThrowawayHearth(): Promise<{ base: string; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-measure-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000' };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (let i = 0; i < 480 && !output.includes('Press Ctrl+C to stop'); i++) {
    if (child.exitCode !== null) throw new Error(`Hearth did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!output.includes('Press Ctrl+C to stop')) {
    child.kill('SIGTERM');
    throw new Error(`Hearth did not start within two minutes:\n${output}`);
  }
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
