// The outbox of visit records made without signal: each entry is kept on the phone until Hearth has stored it. An
// entry is only ever removed once the server has it (or the worker removes it on purpose); a refusal keeps it,
// marked as needing attention. Pure rules: what a send attempt's answer means, and what becomes of the entry.
import type { CreateVisitRecordBody, FieldError } from '@hearth/core';

export type OutboxEntryState = 'waiting' | 'needs_attention';

export interface OutboxRefusal {
  status: number;
  code: string;
  message: string;
  fieldErrors: FieldError[];
}

export interface OutboxEntry {
  /** The record's client-made id: the server stores a record once however often it is sent. */
  clientId: string;
  /** Who made it: only they send it, since the server records the signed-in worker as its author. */
  staffId: string;
  personId: string;
  personName: string;
  /** The visit as the worker chose it, for example "Tea visit". */
  label: string;
  body: CreateVisitRecordBody;
  savedAt: string;
  state: OutboxEntryState;
  attempts: number;
  lastTriedAt: string | null;
  refusal: OutboxRefusal | null;
}

export function newOutboxEntry(
  input: Pick<OutboxEntry, 'staffId' | 'personId' | 'personName' | 'body'>,
  now: Date,
): OutboxEntry {
  return {
    clientId: input.body.clientId,
    staffId: input.staffId,
    personId: input.personId,
    personName: input.personName,
    label: input.body.visitLabel ?? (input.body.kind === 'shift' ? 'Shift record' : 'Visit record'),
    body: input.body,
    savedAt: now.toISOString(),
    state: 'waiting',
    attempts: 0,
    lastTriedAt: null,
    refusal: null,
  };
}

/** What one try at sending an entry came to. */
export type SendOutcome =
  | { kind: 'sent' }
  /** No signal, or Hearth is down: try again later. */
  | { kind: 'unreachable' }
  /** The session ended or its CSRF token is stale: the worker must sign in (or the session be refreshed) first. */
  | { kind: 'signed_out' }
  /** Busy or failing on the server's side: nothing wrong with the entry. */
  | { kind: 'try_later' }
  | { kind: 'refused'; refusal: OutboxRefusal };

/** Reads an answer (status 0: no answer at all) as an outcome. A repeat of a stored record answers 200: sent. */
export function outcomeOf(answer: { status: number; code?: string; message?: string; fieldErrors?: FieldError[] }): SendOutcome {
  const { status } = answer;
  if (status === 0 || status === 502 || status === 503 || status === 504) return { kind: 'unreachable' };
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 401 || answer.code === 'csrf') return { kind: 'signed_out' };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'try_later' };
  if (status >= 400 && status < 500) {
    return {
      kind: 'refused',
      refusal: { status, code: answer.code ?? 'refused', message: answer.message ?? 'Hearth refused this record.', fieldErrors: answer.fieldErrors ?? [] },
    };
  }
  return { kind: 'try_later' };
}

/**
 * The entry after a try (null: the server has it, so it leaves the phone), and whether to stop sending the rest:
 * no signal or no session stops the run; a refusal is about this entry only, so the next one is tried.
 */
export function afterAttempt(entry: OutboxEntry, outcome: SendOutcome, now: Date): { entry: OutboxEntry | null; stop: boolean } {
  const tried = { ...entry, attempts: entry.attempts + 1, lastTriedAt: now.toISOString() };
  switch (outcome.kind) {
    case 'sent':
      return { entry: null, stop: false };
    case 'refused':
      return { entry: { ...tried, state: 'needs_attention', refusal: outcome.refusal }, stop: false };
    case 'unreachable':
    case 'signed_out':
    case 'try_later':
      return { entry: tried, stop: true };
  }
}

/** The worker asks to send a refused entry again (after the cause was put right). */
export function retryEntry(entry: OutboxEntry): OutboxEntry {
  return { ...entry, state: 'waiting', refusal: null };
}

/** A worker's entries, oldest first (the order they are sent in), optionally for one person. */
export function entriesOf(entries: readonly OutboxEntry[], staffId: string, personId?: string): OutboxEntry[] {
  return entries
    .filter((e) => e.staffId === staffId && (personId === undefined || e.personId === personId))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.clientId.localeCompare(b.clientId));
}

export const isWaiting = (entry: OutboxEntry) => entry.state === 'waiting';
