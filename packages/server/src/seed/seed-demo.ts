// Creates the demo organisation on a first start (an empty database): its staff and people as the database owner,
// then their care and support plans through the repositories, as the staff who would have written them.
import pg from 'pg';
import { hashPassword } from '../auth/passwords.js';
import { onlyRow } from '../db/rows.js';
import { demoOrganisation, demoPassword, demoPeople, demoStaff } from './demo-data.js';
import { seedDemoPlans } from './demo-plans/seed-demo-plans.js';
import { seedDemoPersonalisation } from './demo-personalisation.js';
import { seedDemoVisits } from './demo-visits.js';
import { seedDemoCommunicationNeeds } from './demo-communication-needs.js';
import { seedDemoInformationChoices } from './demo-information-choices.js';
import { seedDemoCapacity } from './demo-capacity.js';
import { seedDemoSharing } from './demo-sharing.js';
import { seedDemoSharedSignIns } from './demo-shared-sign-ins.js';
import { seedDemoBehaviourSupportPlan } from './demo-behaviour-support-plan.js';
import { seedDemoAbcRecords } from './demo-abc-records.js';
import { seedDemoScatterPlot } from './demo-scatter-plot.js';
import { seedDemoPal } from './demo-pal.js';
import { seedDemoRestrictiveInterventions } from './demo-restrictive-interventions.js';
import { seedDemoStaffTraining } from './demo-staff-training.js';
import { seedDemoPlannedVisits } from './demo-planned-visits.js';

/** `pool` connects as the role requests use, so the plans pass the same access checks and row-level security. */
export async function seedDemoIfEmpty(adminUrl: string, pool: pg.Pool, now = new Date()): Promise<boolean> {
  const organisationId = await seedOrganisationIfEmpty(adminUrl, now);
  if (organisationId === null) return false;
  await seedDemoPlans(pool, organisationId, now);
  await seedDemoPersonalisation(pool, organisationId, now);
  await seedDemoVisits(pool, organisationId, now);
  await seedDemoCommunicationNeeds(pool, organisationId, now);
  await seedDemoInformationChoices(pool, organisationId, now);
  await seedDemoCapacity(pool, organisationId, now);
  await seedDemoSharing(pool, organisationId, now);
  await seedDemoSharedSignIns(pool, organisationId, now);
  await seedDemoBehaviourSupportPlan(pool, organisationId, now);
  await seedDemoAbcRecords(pool, organisationId, now);
  await seedDemoScatterPlot(pool, organisationId, now);
  await seedDemoPal(pool, organisationId, now);
  await seedDemoRestrictiveInterventions(pool, organisationId, now);
  await seedDemoStaffTraining(pool, organisationId, now);
  await seedDemoPlannedVisits(pool, organisationId, now);
  return true;
}

async function seedOrganisationIfEmpty(adminUrl: string, now: Date): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    const existing = await client.query('SELECT 1 FROM organisations LIMIT 1');
    if (existing.rowCount !== 0) {
      await client.query('ROLLBACK');
      return null;
    }
    const org = onlyRow(await client.query<{ id: string }>('INSERT INTO organisations (name) VALUES ($1) RETURNING id', [demoOrganisation.name])).id;
    await client.query("SELECT set_config('hearth.org_id', $1, true)", [org]);
    const serviceIds: Record<'homecare' | 'care_home', string> = { homecare: '', care_home: '' };
    for (const kind of ['homecare', 'care_home'] as const) {
      serviceIds[kind] = onlyRow(await client.query<{ id: string }>(
        'INSERT INTO services (organisation_id, name, kind) VALUES ($1, $2, $3) RETURNING id', [org, demoOrganisation.services[kind], kind],
      )).id;
    }
    const passwordHash = await hashPassword(demoPassword);
    const staffIds: string[] = [];
    for (const s of demoStaff) {
      const id = onlyRow(await client.query<{ id: string }>(
        'INSERT INTO staff (organisation_id, email, name, password_hash, totp_secret) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [org, s.email, s.name, passwordHash, s.totpSecret],
      )).id;
      staffIds.push(id);
      await client.query('INSERT INTO staff_grants (organisation_id, staff_id, role, service_id) VALUES ($1, $2, $3, $4)', [
        org, id, s.role, s.service === null ? null : serviceIds[s.service],
      ]);
    }
    const author = staffIds[demoStaff.findIndex((s) => s.role === 'registered_manager')];
    if (author === undefined) throw new Error('the demo needs a registered manager');
    for (const p of demoPeople) {
      const { service, accessDetails, emergencyStart = false, ...fields } = p;
      const serviceId = serviceIds[service];
      const row = onlyRow(await client.query<{ id: string }>(
        `INSERT INTO people (organisation_id, service_id, legal_name, preferred_name, pronouns, date_of_birth, nhs_number, address, contacts, gp,
           service_start_date, status, status_date, alerts, access_how_to_get_in, access_key_safe_code, created_by, updated_by, emergency_start)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18) RETURNING id`,
        [org, serviceId, fields.legalName, fields.preferredName, fields.pronouns, fields.dateOfBirth, fields.nhsNumber, JSON.stringify(fields.address),
          JSON.stringify(fields.contacts), fields.gp ? JSON.stringify(fields.gp) : null, fields.serviceStartDate, fields.status, fields.statusDate,
          JSON.stringify(fields.alerts), accessDetails?.howToGetIn ?? null, accessDetails?.keySafeCode ?? null, author, emergencyStart],
      ));
      const snapshot = { serviceId, ...fields, emergencyStart, accessDetails: { howToGetIn: accessDetails?.howToGetIn ?? null, keySafeCode: accessDetails?.keySafeCode ?? null } };
      await client.query(
        "INSERT INTO person_versions (person_id, version, organisation_id, snapshot, reason, changed_by, changed_at) VALUES ($1, 1, $2, $3, 'Demo data', $4, $5)",
        [row.id, org, JSON.stringify(snapshot), author, now],
      );
    }
    await client.query("SELECT hearth_audit_append($1, NULL, 'demo.seed', 'organisation', $2, 'success', '{}'::jsonb)", [org, org]);
    await client.query('COMMIT');
    return org;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
