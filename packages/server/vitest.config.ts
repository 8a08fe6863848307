import { defineConfig } from 'vitest/config';

// Integration tests need a PostgreSQL server: the embedded one by default, or the server at
// HEARTH_TEST_DATABASE_URL (CI sets it to the machine's PostgreSQL 15). Each test file gets its own database.
export default defineConfig({
  test: {
    name: process.env.HEARTH_TEST_DATABASE_URL ? 'server (external PostgreSQL)' : 'server (embedded PostgreSQL)',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
