// Reading, for a subject access export, the people around the person and what passed between them and the
// service: their contacts, each with every decision about what the contact may see; what the person, family or
// advocates added through their own sign-in; and the requests for information from councils and professionals that
// named them, with each step taken. As the database holds them less the organisation id, with people named beside
// their ids.
import { childRows, records, staffName, type Tx } from './subject-access-sql.js';

const contactsSql = `
  SELECT to_jsonb(c) - 'organisation_id' || jsonb_build_object(
    'created_by_name', ${staffName('c.created_by')},
    'sharing_decisions', ${childRows('sharing_decisions', 'd', 'd.contact_id = c.id', { recorded_by_name: 'recorded_by' }, 'd.recorded_at, d.id')}) AS row
  FROM person_contacts c WHERE c.person_id = $1 ORDER BY c.created_at, c.id`;

const contactEntriesSql = `
  SELECT to_jsonb(e) - 'organisation_id' || jsonb_build_object(
    'account_name', (SELECT name FROM external_accounts WHERE id = e.account_id),
    'contact_name', (SELECT name FROM person_contacts WHERE id = e.contact_id)) AS row
  FROM contact_entries e WHERE e.person_id = $1 ORDER BY e.created_at, e.id`;

// The other people a request named are about someone else, so the list of them is left out.
const dataRequestsSql = `
  SELECT to_jsonb(r) - 'organisation_id' - 'person_ids' || jsonb_build_object(
    'created_by_name', ${staffName('r.created_by')},
    'updates', ${childRows('data_request_updates', 'u', 'u.request_id = r.id', { updated_by_name: 'updated_by' }, 'u.updated_at, u.id')}) AS row
  FROM data_requests r WHERE $1::uuid = ANY(r.person_ids) ORDER BY r.received_at, r.id`;

export async function sharingParts(uow: Tx, personId: string) {
  return {
    contacts: await records(uow, contactsSql, personId),
    contactEntries: await records(uow, contactEntriesSql, personId),
    dataRequests: await records(uow, dataRequestsSql, personId),
  };
}
