// Browser tests: one Hearth server for the whole run (fresh embedded database), driven by Chromium through playwright-core.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // One browser and one server: files run one after another, tests within a file in order.
    fileParallelism: false,
    maxWorkers: 1,
    // Signing in as a manager may wait up to 30 s for a fresh authenticator code.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    retry: 0,
  },
});
