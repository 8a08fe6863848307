import { defineConfig } from 'vitest/config';

// Pure tests of the web app's helpers (form state to request bodies, and the like): no browser, no DOM. Pure
// functions need no fresh module copies per file, so files share a worker's (much faster to load).
export default defineConfig({ test: { name: 'web', include: ['src/**/*.test.ts'], isolate: false } });
