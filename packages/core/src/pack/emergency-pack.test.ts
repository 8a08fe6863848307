import { describe, expect, test } from 'vitest';
import { emergencyPackProgressText } from './emergency-pack.js';

describe('the emergency pack progress words', () => {
  test.each([
    [{ status: 'running', done: 0, total: 6 }, 'Prepared 0 of 6 packs'],
    [{ status: 'running', done: 3, total: 6 }, 'Prepared 3 of 6 packs'],
    [{ status: 'running', done: 1, total: 1 }, 'Prepared 1 of 1 pack. Putting them together in one PDF…'],
    [{ status: 'done', done: 2, total: 2 }, 'Prepared 2 of 2 packs. The emergency pack is ready to download.'],
    [{ status: 'failed', done: 1, total: 4 }, 'The emergency pack was not produced (prepared 1 of 4 packs).'],
  ] as const)('%o → %s', (job, words) => {
    expect(emergencyPackProgressText(job)).toBe(words);
  });
});
