// The benchmark's organisation, its staff and 10,000 people, written in bulk as the database owner.
import { randomUUID } from 'node:crypto';
import { withNhsCheckDigit } from '@hearth/core';
import type pg from 'pg';
import { hashPassword } from '../packages/server/src/auth/passwords.js';
import { seededRandom } from './plan-content.js';

export const benchPassword = 'bench lantern orchard 2026';

export interface SeededOrganisation {
  organisationId: string;
  serviceIds: string[];
  /** Signs in without a second factor and may read plans and print packs in every service. */
  senior: { id: string; email: string };
  manager: { id: string };
  /** The hash of benchPassword, made once (it is slow on purpose) and given to every staff member seeded. */
  passwordHash: string;
}

export async function seedOrganisation(client: pg.Client): Promise<SeededOrganisation> {
  const one = async (sql: string, params: unknown[]) => {
    const id = (await client.query<{ id: string }>(sql, params)).rows[0]?.id;
    if (!id) throw new Error(`nothing returned by ${sql}`);
    return id;
  };
  const organisationId = await one('INSERT INTO organisations (name) VALUES ($1) RETURNING id', ['Benchmark Care Partnership']);
  const serviceIds: string[] = [];
  for (const [name, kind] of [
    ['Benchmark Homecare North', 'homecare'],
    ['Benchmark Homecare South', 'homecare'],
    ['Benchmark House', 'care_home'],
  ]) {
    serviceIds.push(
      await one('INSERT INTO services (organisation_id, name, kind) VALUES ($1, $2, $3) RETURNING id', [
        organisationId,
        name,
        kind,
      ]),
    );
  }
  const hash = await hashPassword(benchPassword);
  const staff = async (email: string, name: string, role: string) => {
    const id = await one('INSERT INTO staff (organisation_id, email, name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id', [
      organisationId,
      email,
      name,
      hash,
    ]);
    for (const serviceId of serviceIds) {
      await client.query('INSERT INTO staff_grants (organisation_id, staff_id, role, service_id) VALUES ($1, $2, $3, $4)', [
        organisationId,
        id,
        role,
        serviceId,
      ]);
    }
    return id;
  };
  const seniorEmail = 'senior@bench.example';
  const senior = await staff(seniorEmail, 'Sam Okafor', 'senior_care_worker');
  // The manager writes the plans; a manager would sign in with a second factor, so the benchmark does not sign in as one.
  const manager = await staff('manager@bench.example', 'Priya Shah', 'registered_manager');
  return { organisationId, serviceIds, senior: { id: senior, email: seniorEmail }, manager: { id: manager }, passwordHash: hash };
}

const firstNames = [
  'Margaret',
  'Arthur',
  'Edith',
  'Winifred',
  'George',
  'Doreen',
  'Harold',
  'Joan',
  'Kenneth',
  'Sheila',
  'Dilip',
  'Gwen',
  'Tadeusz',
  'Bronwen',
  'Patrick',
  'Nasreen',
];
const lastNames = [
  'Thompson',
  'Pickering',
  'Clarke',
  'Evans',
  'Kowalski',
  'Begum',
  'O\u2019Neill',
  'Hughes',
  'Patel',
  'Walker',
  'Ŵyn-Jones',
  'Łukasik',
  'Robinson',
  'Ahmed',
];
const streets = ['Mill Street', 'Church Lane', 'Station Road', 'Victoria Terrace', 'Park View', 'Hawthorn Close'];
const towns = [
  ['Leeds', 'LS6 2AB'],
  ['Bradford', 'BD7 1DP'],
  ['Wakefield', 'WF1 3JT'],
  ['Harrogate', 'HG1 5LQ'],
] as const;

/** Inserts the people in batches with unnest, one statement per batch; returns their ids in order. */
export async function seedPeople(client: pg.Client, org: SeededOrganisation, count: number): Promise<string[]> {
  const random = seededRandom(20_261_123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ids: string[] = [];
  let nhsStem = 400_000_000;
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, i) => {
      let nhs: string | null = null;
      while (nhs === null) nhs = withNhsCheckDigit(String(nhsStem++));
      const first = pick(firstNames);
      const last = pick(lastNames);
      const [town, postcode] = pick(towns);
      return {
        id: randomUUID(),
        serviceId: org.serviceIds[(start + i) % org.serviceIds.length] as string,
        legalName: `${first} ${pick(firstNames)} ${last}`,
        preferredName: random() < 0.4 ? first.slice(0, 4) : null,
        dateOfBirth: `19${30 + Math.floor(random() * 40)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
        nhs,
        address: JSON.stringify({ line1: `${1 + Math.floor(random() * 120)} ${pick(streets)}`, line2: null, town, postcode }),
        contacts: JSON.stringify([
          {
            name: `${pick(firstNames)} ${last}`,
            relationship: pick(['Daughter', 'Son', 'Niece', 'Friend']),
            phone: '0113 496 0000',
            email: null,
            isNextOfKin: true,
          },
        ]),
        gp: JSON.stringify({ practice: `${pick(streets)} Surgery`, name: null, phone: null }),
        alerts: JSON.stringify(
          random() < 0.3 ? [{ kind: 'allergy', description: pick(['Penicillin', 'Latex', 'Peanuts']) }] : [],
        ),
      };
    });
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.query(
      `INSERT INTO people (id, organisation_id, service_id, legal_name, preferred_name, pronouns, date_of_birth, nhs_number, address, contacts, gp,
         service_start_date, status, alerts, access_how_to_get_in, access_key_safe_code, created_by, updated_by)
       SELECT r.id, $1, r.service_id, r.legal_name, r.preferred_name, NULL, r.date_of_birth, r.nhs, r.address, r.contacts, r.gp,
         DATE '2022-01-10', 'active', r.alerts, 'Key safe by the back door', '1234', $2, $2
       FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::text[], $9::jsonb[], $10::jsonb[], $11::jsonb[], $12::jsonb[])
         AS r(id, service_id, legal_name, preferred_name, date_of_birth, nhs, address, contacts, gp, alerts)`,
      [
        org.organisationId,
        org.manager.id,
        column('id'),
        column('serviceId'),
        column('legalName'),
        column('preferredName'),
        column('dateOfBirth'),
        column('nhs'),
        column('address'),
        column('contacts'),
        column('gp'),
        column('alerts'),
      ],
    );
    ids.push(...column('id'));
  }
  return ids;
}
