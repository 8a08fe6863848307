// Sends the outbox, one entry at a time and oldest first, keeping each record's client id so the server stores it
// once however often it is sent, then reports what is left (if that changed) so the senior on duty can see a record
// unsent after a day. One run at a time in this tab; a trigger during a run asks for one more run after.
import { createVisitRecord } from '../api/visit-records';
import { isApiError } from '../api/client';
import { afterAttempt, isWaiting, outcomeOf, type OutboxEntry, type SendOutcome } from './outbox';
import { outboxOf, putOutboxEntry, removeOutboxEntry } from './outbox-store';
import { reportOutboxIfChanged } from './outbox-reporter';

export interface SendOptions {
  staffId: string;
  /**
   * Makes sure the session is live before sending (a session restored offline has no fresh CSRF token); false when
   * it is not (no signal yet, or signed out), and nothing is sent.
   */
  ensureSession: () => Promise<boolean>;
}

let running: Promise<void> | null = null;
let again: SendOptions | null = null;

export function sendOutbox(options: SendOptions): Promise<void> {
  if (running) {
    again = options;
    return running;
  }
  running = sendAll(options).finally(() => {
    running = null;
    const next = again;
    again = null;
    if (next) void sendOutbox(next);
  });
  return running;
}

async function sendAll({ staffId, ensureSession }: SendOptions): Promise<void> {
  await sendWaiting(staffId, ensureSession);
  await reportOutboxIfChanged(staffId, ensureSession);
}

async function sendWaiting(staffId: string, ensureSession: () => Promise<boolean>): Promise<void> {
  const waiting = (await outboxOf(staffId).catch(() => [])).filter(isWaiting);
  if (waiting.length === 0 || !(await ensureSession())) return;
  for (const entry of waiting) {
    const result = afterAttempt(entry, await attempt(entry), new Date());
    if (result.entry === null) await removeOutboxEntry(entry.clientId);
    else await putOutboxEntry(result.entry);
    if (result.stop) return;
  }
}

async function attempt(entry: OutboxEntry): Promise<SendOutcome> {
  try {
    await createVisitRecord(entry.personId, entry.body);
    return { kind: 'sent' };
  } catch (error) {
    if (!isApiError(error)) return { kind: 'try_later' };
    return outcomeOf({
      status: error.status,
      code: error.code,
      message: error.problem.detail ?? error.problem.title,
      fieldErrors: error.fieldErrors,
    });
  }
}
