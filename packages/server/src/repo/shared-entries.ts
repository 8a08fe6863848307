// What an outside reader adds to a person's record (a comment, an update to About Me, feedback, a concern): kept
// as written, never changed, and only by readers who act as a contact (officers read only).
import type { NewSharedEntryBody, SharedEntry } from '@hearth/core';
import { randomUUID } from 'node:crypto';
import { HttpError } from '../http/http-error.js';
import type { SharedRecordRepository } from './shared-record-repository.js';

export function addSharedEntry(repo: SharedRecordRepository, personId: string, body: NewSharedEntryBody): Promise<SharedEntry> {
  return repo.run(async (uow) => {
    uow.require('create', personId, { kind: 'own_entries' }, { action: 'shared.entry.create' });
    const contact = uow.actor.access.find((a) => a.personId === personId && a.via.kind === 'contact' && !a.readOnly);
    if (!contact || contact.via.kind !== 'contact') throw new HttpError('forbidden');
    const clientId = body.clientId ?? randomUUID();
    const inserted = await uow.tx.query<{ id: string; kind: SharedEntry['kind']; body: string; created_at: Date }>(
      `INSERT INTO contact_entries (organisation_id, person_id, account_id, contact_id, kind, body, client_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (account_id, client_id) DO NOTHING RETURNING id, kind, body, created_at`,
      [uow.actor.organisationId, personId, uow.actor.accountId, contact.via.contactId, body.kind, body.text, clientId, uow.now],
    );
    // The same form sent twice answers the entry it already added.
    const row = inserted.rows[0] ?? (await uow.tx.query<{ id: string; kind: SharedEntry['kind']; body: string; created_at: Date; person_id: string }>(
      'SELECT id, kind, body, created_at, person_id FROM contact_entries WHERE account_id = $1 AND client_id = $2',
      [uow.actor.accountId, clientId],
    )).rows.find((r) => r.person_id === personId);
    if (!row) throw new HttpError('conflict', 'This form was already used for another person: reload the page and try again');
    await uow.audit({ action: 'shared.entry.create', resourceType: 'person', resourceId: personId, detail: { entryId: row.id, kind: row.kind, repeated: inserted.rows.length === 0 } });
    return { id: row.id, kind: row.kind, text: row.body, createdAt: row.created_at.toISOString(), byYou: true };
  });
}
