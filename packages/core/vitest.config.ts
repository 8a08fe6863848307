import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases each; on a busy two-core machine (two test files run at once, beside the
// server's) one can pass 5 s, so the limit is there to catch a hang, not to time anything.
// The domain is pure functions, so files share a worker's loaded modules rather than loading their own.
export default defineConfig({ test: { name: 'core', include: ['src/**/*.test.ts'], isolate: false, testTimeout: 30_000 } });
