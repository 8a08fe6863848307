// The peak resident memory of a process during one scenario, from Linux's /proc: writing "5" to clear_refs resets
// the peak (VmHWM) to what the process holds now, and VmHWM read afterwards is the most it held since. Where /proc
// is missing or not writable (another system, another user's process), the peak is unknown rather than wrong.
import fs from 'node:fs';

export type ProcessRef = number | 'self';

/** VmHWM from the text of /proc/<pid>/status, in kB; null when the line is missing. */
export function vmHwmKb(statusText: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(statusText);
  return match ? Number(match[1]) : null;
}

/** Resets the process's peak to its present size; false when that cannot be done here. */
export function resetPeak(process: ProcessRef): boolean {
  try {
    fs.writeFileSync(`/proc/${String(process)}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The peak since the last reset, in MB (2^20 bytes); null when unknown. */
export function peakMb(process: ProcessRef): number | null {
  try {
    const kb = vmHwmKb(fs.readFileSync(`/proc/${String(process)}/status`, 'utf8'));
    return kb === null ? null : kb / 1024;
  } catch {
    return null;
  }
}

/** Runs `work` with the process's peak reset first, and answers the peak it reached (null when unknown). */
export async function withPeak<T>(process: ProcessRef, work: () => Promise<T>): Promise<{ value: T; peakMb: number | null }> {
  const reset = resetPeak(process);
  const value = await work();
  return { value, peakMb: reset ? peakMb(process) : null };
}
