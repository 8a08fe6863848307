// The people register: every read and change of a person goes through here, checked and audited.
import {
  diffRecords,
  isClosedStatus,
  parsePeopleSearch,
  type CreatePersonBody,
  type Person,
  type PersonHistoryEntry,
  type PersonSummary,
  type UpdatePersonBody,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { personResuscitation } from './capacity-records-repository.js';
import { communicationFlags } from './communication-needs-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface PersonRow {
  id: string;
  organisation_id: string;
  service_id: string;
  version: number;
  legal_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string;
  nhs_number: string | null;
  address: Person['address'];
  contacts: Person['contacts'];
  gp: Person['gp'];
  service_start_date: string | null;
  emergency_start: boolean;
  status: Person['status'];
  status_date: string | null;
  alerts: Person['alerts'];
  access_how_to_get_in: string | null;
  access_key_safe_code: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The full record as kept in each version, access details included; what a reader sees is cut down from it. */
type Snapshot = Omit<Person, 'id' | 'version' | 'isReadOnly' | 'createdAt' | 'updatedAt'>;
const accessDetailFields = ['accessDetails'];

function snapshotOf(row: PersonRow): Snapshot {
  return {
    serviceId: row.service_id,
    legalName: row.legal_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    nhsNumber: row.nhs_number,
    address: row.address,
    contacts: row.contacts,
    gp: row.gp,
    serviceStartDate: row.service_start_date,
    emergencyStart: row.emergency_start,
    status: row.status,
    statusDate: row.status_date,
    alerts: row.alerts,
    accessDetails: { howToGetIn: row.access_how_to_get_in, keySafeCode: row.access_key_safe_code },
  };
}

function personFor(uow: UnitOfWork, row: PersonRow): Person {
  const { accessDetails, ...rest } = snapshotOf(row);
  const mayReadAccess = uow.allows('read', { kind: 'person_access_details', organisationId: row.organisation_id, serviceId: row.service_id });
  return {
    id: row.id,
    version: row.version,
    ...rest,
    ...(mayReadAccess ? { accessDetails } : {}),
    isReadOnly: isClosedStatus(row.status),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The person with their communication needs flag, where the reader may see it, and their ReSPECT / DNACPR status
 * (null where none is recorded or the reader may not see it), as every answer about one person carries.
 */
async function withCommunicationFlag(uow: UnitOfWork, row: PersonRow): Promise<Person> {
  const flag = (await communicationFlags(uow, [row])).get(row.id);
  const resuscitation = await personResuscitation(uow, row);
  return { ...personFor(uow, row), ...(flag === undefined ? {} : { communicationFlag: flag }), resuscitation };
}

const columns = `id, organisation_id, service_id, version, legal_name, preferred_name, pronouns,
  to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, nhs_number, address, contacts, gp,
  to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, emergency_start, status, to_char(status_date, 'YYYY-MM-DD') AS status_date,
  alerts, access_how_to_get_in, access_key_safe_code, created_at, updated_at`;

export function listPeople(repo: RequestRepository, query: { q?: string | undefined; status?: Person['status'] | undefined }): Promise<PersonSummary[]> {
  return repo.run(async (uow) => {
    const scope = uow.scope('list', 'person', { action: 'person.search' });
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (scope.kind === 'services') where.push(`service_id = ANY(${param(scope.serviceIds)}::uuid[])`);
    if (query.status) where.push(`status = ${param(query.status)}`);
    const search = parsePeopleSearch(query.q);
    switch (search.kind) {
      case 'nhs_number':
        where.push(`nhs_number = ${param(search.value)}`);
        break;
      case 'date_of_birth':
        where.push(`date_of_birth = ${param(search.value)}::date`);
        break;
      case 'name': {
        const like = `%${search.value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const p = param(like);
        where.push(`(legal_name ILIKE ${p} OR preferred_name ILIKE ${p})`);
        break;
      }
      case 'all':
        break;
    }
    const sql = `SELECT ${columns} FROM people ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY legal_name, id LIMIT 200`;
    const rows = (await uow.tx.query<PersonRow>(sql, params)).rows;
    const flags = await communicationFlags(uow, rows);
    await uow.audit({ action: 'person.search', resourceType: 'person', detail: { search: search.kind, status: query.status ?? null, results: rows.length } });
    return rows.map((row) => {
      const p = personFor(uow, row);
      return {
        id: p.id, serviceId: p.serviceId, legalName: p.legalName, preferredName: p.preferredName, dateOfBirth: p.dateOfBirth, nhsNumber: p.nhsNumber, status: p.status, alerts: p.alerts,
        ...(flags.has(row.id) ? { communicationFlag: flags.get(row.id) ?? null } : {}),
      };
    });
  });
}

async function loadRow(uow: UnitOfWork, id: string, action: string, forUpdate = false): Promise<PersonRow> {
  const { rows } = await uow.tx.query<PersonRow>(`SELECT ${columns} FROM people WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  const row = rows[0];
  if (!row) uow.notFound({ action, resourceType: 'person', resourceId: id });
  return row;
}

export function getPerson(repo: RequestRepository, id: string): Promise<Person> {
  return repo.run(async (uow) => {
    const row = await loadRow(uow, id, 'person.read');
    uow.require('read', { kind: 'person', organisationId: row.organisation_id, serviceId: row.service_id }, { action: 'person.read', resourceId: id });
    const person = await withCommunicationFlag(uow, row);
    await uow.audit({ action: 'person.read', resourceType: 'person', resourceId: id, detail: { version: row.version, accessDetailsShown: person.accessDetails !== undefined, resuscitationShown: person.resuscitation != null } });
    return person;
  });
}

async function requireServiceInOrganisation(uow: UnitOfWork, serviceId: string): Promise<void> {
  const found = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
  if (found.rowCount === 0) throw new HttpError('validation', 'Some details need correcting', [{ field: 'serviceId', message: 'Choose a service' }]);
}

function requireAccessDetailsPermission(uow: UnitOfWork, body: CreatePersonBody, serviceId: string, personId: string | null): void {
  if (body.accessDetails === undefined) return;
  uow.require('update', { kind: 'person_access_details', organisationId: uow.actor.organisationId, serviceId }, { action: personId ? 'person.update' : 'person.create', resourceId: personId });
}

export function createPerson(repo: RequestRepository, body: CreatePersonBody): Promise<Person> {
  return repo.run(async (uow) => {
    const org = uow.actor.organisationId;
    uow.require('create', { kind: 'person', organisationId: org, serviceId: body.serviceId }, { action: 'person.create' });
    requireAccessDetailsPermission(uow, body, body.serviceId, null);
    await requireServiceInOrganisation(uow, body.serviceId);
    const { rows } = await uow.tx.query<PersonRow>(
      `INSERT INTO people (organisation_id, service_id, legal_name, preferred_name, pronouns, date_of_birth, nhs_number, address, contacts, gp,
         service_start_date, status, status_date, alerts, access_how_to_get_in, access_key_safe_code, created_by, updated_by, created_at, updated_at, emergency_start)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, $18, $19)
       RETURNING ${columns}`,
      [org, body.serviceId, body.legalName, body.preferredName, body.pronouns, body.dateOfBirth, body.nhsNumber, JSON.stringify(body.address),
        JSON.stringify(body.contacts), body.gp === null ? null : JSON.stringify(body.gp), body.serviceStartDate, body.status, body.statusDate,
        JSON.stringify(body.alerts), body.accessDetails?.howToGetIn ?? null, body.accessDetails?.keySafeCode ?? null, uow.actor.staffId, uow.now, body.emergencyStart],
    );
    const row = onlyRow({ rows });
    await recordVersion(uow, row, null);
    await uow.audit({ action: 'person.create', resourceType: 'person', resourceId: row.id, detail: { version: 1 } });
    return withCommunicationFlag(uow, row);
  });
}

export function updatePerson(repo: RequestRepository, id: string, body: UpdatePersonBody): Promise<Person> {
  return repo.run(async (uow) => {
    const current = await loadRow(uow, id, 'person.update', true);
    uow.require('update', { kind: 'person', organisationId: current.organisation_id, serviceId: current.service_id }, { action: 'person.update', resourceId: id });
    if (body.serviceId !== current.service_id) {
      uow.require('create', { kind: 'person', organisationId: current.organisation_id, serviceId: body.serviceId }, { action: 'person.update', resourceId: id });
      await requireServiceInOrganisation(uow, body.serviceId);
    }
    requireAccessDetailsPermission(uow, body, current.service_id, id);
    if (isClosedStatus(current.status)) throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their record is kept as it was.');
    if (body.version !== current.version) {
      throw new HttpError('conflict_stale_version', `This record is now at version ${current.version}; you started from version ${body.version}. Reload it to see the changes, then make yours again.`);
    }
    const access = body.accessDetails ?? { howToGetIn: current.access_how_to_get_in, keySafeCode: current.access_key_safe_code };
    const { rows } = await uow.tx.query<PersonRow>(
      `UPDATE people SET service_id = $2, legal_name = $3, preferred_name = $4, pronouns = $5, date_of_birth = $6, nhs_number = $7, address = $8,
         contacts = $9, gp = $10, service_start_date = $11, status = $12, status_date = $13, alerts = $14, access_how_to_get_in = $15,
         access_key_safe_code = $16, updated_by = $17, updated_at = $18, emergency_start = $20, version = version + 1
       WHERE id = $1 AND version = $19
       RETURNING ${columns}`,
      [id, body.serviceId, body.legalName, body.preferredName, body.pronouns, body.dateOfBirth, body.nhsNumber, JSON.stringify(body.address),
        JSON.stringify(body.contacts), body.gp === null ? null : JSON.stringify(body.gp), body.serviceStartDate, body.status, body.statusDate,
        JSON.stringify(body.alerts), access.howToGetIn, access.keySafeCode, uow.actor.staffId, uow.now, body.version, body.emergencyStart],
    );
    const row = rows[0];
    if (!row) throw new HttpError('conflict_stale_version');
    await recordVersion(uow, row, body.reason);
    const changed = diffRecords(snapshotOf(current) as unknown as Record<string, unknown>, snapshotOf(row) as unknown as Record<string, unknown>).map((c) => c.field);
    await uow.audit({ action: 'person.update', resourceType: 'person', resourceId: id, detail: { version: row.version, changed } });
    return withCommunicationFlag(uow, row);
  });
}

async function recordVersion(uow: UnitOfWork, row: PersonRow, reason: string | null): Promise<void> {
  await uow.tx.query(
    'INSERT INTO person_versions (person_id, version, organisation_id, snapshot, reason, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [row.id, row.version, row.organisation_id, JSON.stringify(snapshotOf(row)), reason, uow.actor.staffId, uow.now],
  );
}

export function personHistory(repo: RequestRepository, id: string): Promise<PersonHistoryEntry[]> {
  return repo.run(async (uow) => {
    const current = await loadRow(uow, id, 'person.history');
    const resource = { organisationId: current.organisation_id, serviceId: current.service_id };
    uow.require('read', { kind: 'person_history', ...resource }, { action: 'person.history', resourceId: id });
    const mayReadAccess = uow.allows('read', { kind: 'person_access_details', ...resource });
    const { rows } = await uow.tx.query<{ version: number; snapshot: Record<string, unknown>; reason: string | null; changed_by: string; changed_at: Date; name: string }>(
      `SELECT v.version, v.snapshot, v.reason, v.changed_by, v.changed_at, s.name
       FROM person_versions v JOIN staff s ON s.id = v.changed_by WHERE v.person_id = $1 ORDER BY v.version DESC`,
      [id],
    );
    await uow.audit({ action: 'person.history', resourceType: 'person', resourceId: id, detail: { versions: rows.length } });
    return rows.map((r, i) => {
      const previous = rows[i + 1]?.snapshot ?? null;
      const changes = diffRecords(previous, r.snapshot).map((c) =>
        !mayReadAccess && accessDetailFields.includes(c.field) ? { field: c.field, from: '(hidden)', to: '(hidden)' } : c,
      );
      return { version: r.version, changedAt: r.changed_at.toISOString(), changedBy: { id: r.changed_by, name: r.name }, reason: r.reason, changes };
    });
  });
}
