// Tells Hearth what this phone's outbox holds, after a send, whenever that has changed since Hearth last heard it:
// from one phone, under a random id it keeps (not a personal one), one worker at a time.
import { reportOutbox } from '../api/planned-visits';
import { outboxOf } from './outbox-store';
import { emptyOutboxSignature, outboxReportOf, outboxReportSignature } from './outbox-report';

const deviceKey = 'hearth.device-id';
const reportedKey = (staffId: string) => `hearth.outbox-reported.${staffId}`;

/** The phone's id, made once: a random value, so Hearth can tell one phone's reports from another's. */
export function deviceId(): string {
  try {
    const kept = localStorage.getItem(deviceKey);
    if (kept) return kept;
    const made = crypto.randomUUID();
    localStorage.setItem(deviceKey, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

function lastReported(staffId: string): string {
  try {
    return localStorage.getItem(reportedKey(staffId)) ?? emptyOutboxSignature;
  } catch {
    return emptyOutboxSignature;
  }
}

/**
 * Reports the worker's outbox if it changed since the last report Hearth accepted. `ensureSession` is asked first
 * (only when there is something new to say); a failed report is tried again after the next send.
 */
export async function reportOutboxIfChanged(staffId: string, ensureSession: () => Promise<boolean>): Promise<void> {
  const entries = await outboxOf(staffId).catch(() => null);
  if (entries === null) return;
  const report = outboxReportOf(deviceId(), entries);
  const signature = outboxReportSignature(report);
  if (signature === lastReported(staffId) || !(await ensureSession())) return;
  try {
    await reportOutbox(report);
    localStorage.setItem(reportedKey(staffId), signature);
  } catch {
    // No signal, or Hearth busy: the next send tries again.
  }
}
