// The phone's own store (IndexedDB, so it survives a reload and the browser being closed): the copies of answers a
// worker fetched, the session they were signed in with, and the outbox of records not yet sent.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Me } from '@hearth/core';
import type { OutboxEntry } from './outbox';

export interface KeptCopy {
  staffId: string;
  /** The API path with its query, exactly as the app asks for it. */
  path: string;
  body: unknown;
  savedAt: string;
}

/** The signed-in worker as the server last described them, without the CSRF token (that stays in the tab). */
export interface KeptSession {
  me: Omit<Me, 'csrfToken'>;
  savedAt: string;
}

interface HearthOfflineDb extends DBSchema {
  copies: { key: [string, string]; value: KeptCopy };
  session: { key: 'current'; value: KeptSession };
  outbox: { key: string; value: OutboxEntry; indexes: { staffId: string } };
}

const dbName = 'hearth-offline';
let opened: Promise<IDBPDatabase<HearthOfflineDb>> | null = null;

/** The store, opened once; rejects where the browser has none (storage switched off): callers then go on without it. */
export function offlineDb(): Promise<IDBPDatabase<HearthOfflineDb>> {
  opened ??= openDB<HearthOfflineDb>(dbName, 1, {
    upgrade(db) {
      db.createObjectStore('copies', { keyPath: ['staffId', 'path'] });
      db.createObjectStore('session');
      db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('staffId', 'staffId');
    },
    blocking() {
      // A newer version of Hearth in another tab needs the store: let it have it, and open again when next asked.
      void opened?.then((db) => {
        db.close();
      });
      opened = null;
    },
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}
