// The outbox on the phone (IndexedDB): entries written at once when a record cannot be sent, read by the sender and
// by the "Waiting to send" list, which is told of every change.
import { useEffect, useState } from 'react';
import { entriesOf, newOutboxEntry, type OutboxEntry } from './outbox';
import { offlineDb } from './offline-db';

const listeners = new Set<() => void>();
/** Other tabs of Hearth on the phone hear of changes too, so two tabs never show different lists for long. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('hearth-outbox') : null;
channel?.addEventListener('message', () => {
  notify(false);
});

function notify(toOtherTabs = true): void {
  for (const listener of listeners) listener();
  if (toOtherTabs) channel?.postMessage('changed');
}

/** Writes the entry; rejects when the phone has no store, so the caller can say the record was not kept. */
export async function putOutboxEntry(entry: OutboxEntry): Promise<void> {
  const db = await offlineDb();
  await db.put('outbox', entry);
  notify();
}

export async function removeOutboxEntry(clientId: string): Promise<void> {
  const db = await offlineDb();
  await db.delete('outbox', clientId);
  notify();
}

export async function outboxOf(staffId: string): Promise<OutboxEntry[]> {
  const db = await offlineDb();
  return entriesOf(await db.getAllFromIndex('outbox', 'staffId', staffId), staffId);
}

export type OutboxList = { kind: 'loading' } | { kind: 'ready'; entries: OutboxEntry[] } | { kind: 'unavailable' };

/** The worker's entries, kept up to date as they are added, sent or refused. */
export function useOutbox(staffId: string): OutboxList {
  const [list, setList] = useState<OutboxList>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const load = () => {
      outboxOf(staffId)
        .then((entries) => {
          if (isCurrent) setList({ kind: 'ready', entries });
        })
        .catch(() => {
          if (isCurrent) setList({ kind: 'unavailable' });
        });
    };
    listeners.add(load);
    load();
    return () => {
      isCurrent = false;
      listeners.delete(load);
    };
  }, [staffId]);
  return list;
}

/** Puts a record that could not be sent into the outbox; false when this phone cannot keep it (no store). */
export async function keepInOutbox(input: Pick<OutboxEntry, 'staffId' | 'personId' | 'personName' | 'body'>): Promise<boolean> {
  try {
    await putOutboxEntry(newOutboxEntry(input, new Date()));
    return true;
  } catch {
    return false;
  }
}
