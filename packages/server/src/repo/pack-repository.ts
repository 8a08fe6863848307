// The pack kept in each home: the provider's service user guide, printing a person's pack, the register of
// printed packs, and which homes hold a paper copy older than the plan now in use.
import {
  defaultServiceUserGuide,
  type Person,
  type PlanVersion,
  type ServiceUserGuide,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import type { PackInput, PrintSize } from '../pack/pack-document.js';
import { currentPlanVersion } from './care-plan-repository.js';
import { communicationFlags } from './communication-needs-read.js';
import { personResuscitation } from './capacity-records-repository.js';
import { londonDate, longDate } from '../dates.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';

async function latestGuide(uow: UnitOfWork): Promise<{ version: number; content: ServiceUserGuide; updatedAt: string | null }> {
  const row = (await uow.tx.query<{ version: number; content: ServiceUserGuide; created_at: Date }>(
    'SELECT version, content, created_at FROM service_user_guides ORDER BY version DESC LIMIT 1',
  )).rows[0];
  if (row) return { version: row.version, content: row.content, updatedAt: row.created_at.toISOString() };
  const org = onlyRow(await uow.tx.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [uow.actor.organisationId]));
  return { version: 0, content: defaultServiceUserGuide(org.name), updatedAt: null };
}

export function getServiceUserGuide(repo: RequestRepository) {
  return repo.run(async (uow) => {
    uow.scope('read', 'service', { action: 'service_user_guide.read' });
    const guide = await latestGuide(uow);
    return { version: guide.version, updatedAt: guide.updatedAt, ...guide.content };
  });
}

export function saveServiceUserGuide(repo: RequestRepository, guide: ServiceUserGuide) {
  return repo.run(async (uow) => {
    uow.require('update', { kind: 'service', organisationId: uow.actor.organisationId }, { action: 'service_user_guide.update' });
    const version = (await latestGuide(uow)).version + 1;
    await uow.tx.query(
      'INSERT INTO service_user_guides (organisation_id, version, content, created_by, created_at) VALUES ($1, $2, $3, $4, $5)',
      [uow.actor.organisationId, version, JSON.stringify(guide), uow.actor.staffId, uow.now],
    );
    await uow.audit({ action: 'service_user_guide.update', resourceType: 'service_user_guide', detail: { version } });
    return { version, updatedAt: uow.now.toISOString(), ...guide };
  });
}

/**
 * Prints a person's pack. The data is read (and the read audited) first, the PDF rendered outside any
 * transaction (by `render`, in a worker thread: see pack/pack-renderer.ts), then the print is recorded: a pack
 * is in the register only if it was produced.
 */
export async function printPack(
  repo: RequestRepository,
  personId: string,
  size: PrintSize,
  render: (input: PackInput) => Promise<Buffer>,
): Promise<Buffer> {
  const prepared = await preparePack(repo, personId, size);
  const pdf = await render(prepared.input);
  await repo.run((uow) => registerPrint(uow, { personId, planVersion: prepared.planVersion, size, bytes: pdf.length }));
  return pdf;
}

export interface PreparedPack {
  input: PackInput;
  /** The plan version the pack holds, for the register; null when there is no agreed plan. */
  planVersion: number | null;
}

/** Reads what a person's pack holds, for an actor who may print it, auditing the read (`pack.prepare`). */
export function preparePack(repo: RequestRepository, personId: string, size: PrintSize): Promise<PreparedPack> {
  return repo.run(async (uow) => {
    const person = (await uow.tx.query<{ organisation_id: string; service_id: string; legal_name: string; preferred_name: string | null; date_of_birth: string; nhs_number: string | null; alerts: Person['alerts'] }>(
      `SELECT organisation_id, service_id, legal_name, preferred_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, nhs_number, alerts
       FROM people WHERE id = $1`,
      [personId],
    )).rows[0];
    if (!person) return uow.notFound({ action: 'pack.print', resourceType: 'person', resourceId: personId });
    uow.require('update', { kind: 'care_plan', organisationId: person.organisation_id, serviceId: person.service_id }, { action: 'pack.print', resourceId: personId });
    const plan: PlanVersion | null = await currentPlanVersion(uow, personId);
    const guide = await latestGuide(uow);
    const org = onlyRow(await uow.tx.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [person.organisation_id]));
    await uow.audit({ action: 'pack.prepare', resourceType: 'person', resourceId: personId, detail: { planVersion: plan?.version ?? null, size } });
    const definitions = await effectiveSectionDefinitions(uow);
    const communicationFlag = (await communicationFlags(uow, [{ id: personId, organisation_id: person.organisation_id, service_id: person.service_id }])).get(personId);
    const resuscitation = await personResuscitation(uow, { id: personId, organisation_id: person.organisation_id, service_id: person.service_id });
    const input: PackInput = {
      person: { legalName: person.legal_name, preferredName: person.preferred_name, dateOfBirth: person.date_of_birth, nhsNumber: person.nhs_number, alerts: person.alerts },
      providerName: org.name,
      guide: guide.content,
      plan,
      definitions,
      printedOn: longDate(londonDate(uow.now)),
      size,
      ...(communicationFlag === undefined ? {} : { communicationFlag }),
      resuscitation,
    };
    return { input, planVersion: plan?.version ?? null };
  });
}

/**
 * Records a produced pack in the register of printed packs (so a paper copy older than the plan in use is
 * flagged) and audits the print. `detail` adds to the audit entry, for example the emergency pack it was part of.
 */
export async function registerPrint(
  uow: UnitOfWork,
  print: { personId: string; planVersion: number | null; size: PrintSize; bytes: number; detail?: Record<string, unknown> },
): Promise<void> {
  await uow.tx.query(
    'INSERT INTO printed_packs (organisation_id, person_id, plan_version, print_size, printed_by, printed_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [uow.actor.organisationId, print.personId, print.planVersion, print.size, uow.actor.staffId, uow.now],
  );
  await uow.audit({ action: 'pack.print', resourceType: 'person', resourceId: print.personId, detail: { planVersion: print.planVersion, size: print.size, bytes: print.bytes, ...print.detail } });
}

export interface OutOfDatePack {
  personId: string;
  legalName: string;
  preferredName: string | null;
  printedAt: string;
  printedVersion: number | null;
  currentVersion: number;
}

/** People whose most recent paper pack holds an older plan than the one care now follows. */
export function packsOutOfDate(repo: RequestRepository): Promise<OutOfDatePack[]> {
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'care_plan', { action: 'pack.out_of_date' });
    const params: unknown[] = [];
    const serviceFilter = scope.kind === 'services' ? `AND p.service_id = ANY($${params.push(scope.serviceIds)}::uuid[])` : '';
    const { rows } = await uow.tx.query<{ id: string; legal_name: string; preferred_name: string | null; printed_at: Date; printed_version: number | null; current_version: number }>(
      `SELECT p.id, p.legal_name, p.preferred_name, last.printed_at, last.plan_version AS printed_version, cur.version AS current_version
       FROM people p
       JOIN LATERAL (SELECT pp.printed_at, pp.plan_version FROM printed_packs pp WHERE pp.person_id = p.id ORDER BY pp.printed_at DESC LIMIT 1) last ON true
       JOIN LATERAL (
         SELECT v.version FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id
         WHERE cp.person_id = p.id AND v.status IN ('agreed', 'in_use', 'under_review')
         ORDER BY (v.status <> 'agreed') DESC, v.version DESC LIMIT 1
       ) cur ON true
       WHERE p.status IN ('active', 'in_hospital') AND last.plan_version IS DISTINCT FROM cur.version ${serviceFilter}
       ORDER BY last.printed_at`,
      params,
    );
    await uow.audit({ action: 'pack.out_of_date', resourceType: 'care_plan', detail: { results: rows.length } });
    return rows.map((r) => ({
      personId: r.id, legalName: r.legal_name, preferredName: r.preferred_name, printedAt: r.printed_at.toISOString(),
      printedVersion: r.printed_version, currentVersion: r.current_version,
    }));
  });
}
