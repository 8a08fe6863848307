import { defineConfig } from 'vitest/config';

// Integration tests need a PostgreSQL server: the embedded one by default, or the server at
// HEARTH_TEST_DATABASE_URL (CI sets it to the machine's PostgreSQL 15). Each test file gets its own database.
export default defineConfig({
  test: {
    name: process.env.HEARTH_TEST_DATABASE_URL ? 'server (external PostgreSQL)' : 'server (embedded PostgreSQL)',
    include: ['src/**/*.test.ts'],
    // Files share a worker's loaded modules instead of each loading the server afresh (which took more time than
    // the tests): each file builds its own app on its own database, and no test replaces a module.
    isolate: false,
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
