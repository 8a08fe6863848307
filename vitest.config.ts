import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/core', 'packages/server', 'packages/web', 'bench'],
    // Vitest's default is one worker fewer than the cores, which on a two-core machine runs every file one after
    // another; the integration tests spend much of their time waiting on PostgreSQL, so two workers overlap that.
    maxWorkers: 2,
  },
});
