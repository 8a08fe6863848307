import { describe, expect, test } from 'vitest';
import { peakMb, resetPeak, vmHwmKb, withPeak } from './peak-memory.js';

describe('peak memory from /proc', () => {
  test('reads VmHWM from a status text', () => {
    expect(vmHwmKb('Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  190000 kB\n')).toBe(204800);
    expect(vmHwmKb('Name:\tnode\nVmRSS:\t  190000 kB\n')).toBeNull();
  });

  test('is unknown, not zero, for a process that does not exist', () => {
    expect(resetPeak(2 ** 30)).toBe(false);
    expect(peakMb(2 ** 30)).toBeNull();
  });

  test.runIf(process.platform === 'linux')('sees this process grow while holding memory', async () => {
    const before = peakMb('self');
    const { value, peakMb: peak } = await withPeak('self', () => Promise.resolve(Buffer.alloc(64 * 1024 ** 2, 1)));
    expect(value.length).toBe(64 * 1024 ** 2);
    expect(before).not.toBeNull();
    expect(peak).toBeGreaterThanOrEqual(64);
  });
});
