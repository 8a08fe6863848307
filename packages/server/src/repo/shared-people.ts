// The people an outside reader may reach now, with how far: the list the shared record portal opens on.
import { accessInForce, type SharedPersonLink } from '@hearth/core';
import type { SharedRecordRepository } from './shared-record-repository.js';

export function reachablePeople(repo: SharedRecordRepository, action: string): Promise<SharedPersonLink[]> {
  return repo.run(async (uow) => {
    const personIds = [...new Set(uow.actor.access.map((a) => a.personId))].filter((id) => accessInForce(uow.actor, id, uow.now).length > 0);
    if (personIds.length === 0) {
      await uow.audit({ action, detail: { people: 0 } });
      return [];
    }
    const { rows } = await uow.tx.query<{ id: string; legal_name: string; preferred_name: string | null }>(
      'SELECT id, legal_name, preferred_name FROM people WHERE id = ANY($1::uuid[]) ORDER BY legal_name, id',
      [personIds],
    );
    await uow.audit({ action, detail: { people: rows.length } });
    return rows.map((p) => {
      const access = accessInForce(uow.actor, p.id, uow.now);
      const self = access.find((a) => a.relationship === 'self');
      const endings = access.map((a) => a.endsAt);
      return {
        personId: p.id,
        name: p.legal_name,
        preferredName: p.preferred_name,
        relationship: (self ?? access[0])?.relationship ?? 'family',
        parts: uow.parts(p.id),
        readOnly: access.every((a) => a.readOnly),
        endsAt: endings.includes(null) ? null : (endings.filter((e): e is string => e !== null).sort().at(-1) ?? null),
      };
    });
  });
}
