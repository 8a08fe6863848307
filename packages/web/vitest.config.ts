import { defineConfig } from 'vitest/config';

// Pure tests of the web app's helpers (form state to request bodies, and the like): no browser, no DOM.
export default defineConfig({ test: { name: 'web', include: ['src/**/*.test.ts'] } });
