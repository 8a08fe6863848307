// A lock shared by the test files running at once (each in its own worker): a file created exclusively, removed after.
import fs from 'node:fs';

const staleAfterMs = 30_000;

/** Runs `work` while holding the lock at `lockFile`; a lock left by a worker that died is taken over after 30 s. */
export async function withFileLock<T>(lockFile: string, work: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - fs.statSync(lockFile).mtimeMs > staleAfterMs) fs.rmSync(lockFile, { force: true });
      } catch {
        // removed by its holder meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}
