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
    // One server; two files at a time, each with its own browser, tests within a file in order. A browser test
    // spends much of its time waiting on the page, so two keep a two-core machine busy where one left it half idle.
    // Tests make their own people and records, so files running side by side do not see each other's changes.
    fileParallelism: true,
    maxWorkers: Number(process.env.HEARTH_E2E_WORKERS ?? 2),
    // Signing in as a manager may wait up to 30 s for a fresh authenticator code.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
    retry: 0,
  },
});
