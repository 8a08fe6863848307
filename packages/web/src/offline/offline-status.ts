// Whether Hearth could be reached at the last request, and which kept copies the pages are showing: what the offline
// notice tells the worker. The transitions are pure; the store around them lets React pages subscribe.
import { useSyncExternalStore } from 'react';

export interface OfflineStatus {
  isReachable: boolean;
  /** Path → when its copy was saved (ISO), for each answer served from the phone's copy and not since refreshed. */
  copiesInUse: ReadonlyMap<string, string>;
}

export type OfflineEvent =
  | { kind: 'reached'; isReachable: boolean; path: string }
  | { kind: 'copy_served'; path: string; savedAt: string }
  /** The worker moved to another page: once Hearth answers again, the copies the last page showed no longer matter. */
  | { kind: 'page_changed' }
  | { kind: 'reset' };

export const initialStatus: OfflineStatus = { isReachable: true, copiesInUse: new Map() };

export function statusAfter(status: OfflineStatus, event: OfflineEvent): OfflineStatus {
  switch (event.kind) {
    case 'reached': {
      if (!event.isReachable) return status.isReachable ? { ...status, isReachable: false } : status;
      if (status.isReachable && !status.copiesInUse.has(event.path)) return status;
      const copiesInUse = new Map(status.copiesInUse);
      copiesInUse.delete(event.path);
      return { isReachable: true, copiesInUse };
    }
    case 'copy_served': {
      const copiesInUse = new Map(status.copiesInUse);
      copiesInUse.set(event.path, event.savedAt);
      return { isReachable: false, copiesInUse };
    }
    case 'page_changed':
      return status.isReachable && status.copiesInUse.size > 0 ? { isReachable: true, copiesInUse: new Map() } : status;
    case 'reset':
      return initialStatus;
  }
}

/** The oldest copy on show: the notice gives its time, the worst case for how out of date the page may be. */
export function oldestCopy(status: OfflineStatus): Date | null {
  let oldest: string | null = null;
  for (const savedAt of status.copiesInUse.values()) if (oldest === null || savedAt < oldest) oldest = savedAt;
  return oldest === null ? null : new Date(oldest);
}

let current = initialStatus;
const listeners = new Set<() => void>();

export function noteOffline(event: OfflineEvent): void {
  const next = statusAfter(current, event);
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

export function isServerReachable(): boolean {
  return current.isReachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(subscribe, () => current);
}
