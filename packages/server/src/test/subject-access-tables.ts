// Which tables hold something about a person, found from the database's own catalogue, and which of them the
// subject access export reads, found by asking PostgreSQL to plan each query the export sends. The completeness
// tests compare the two, so a table added later about people cannot be left out of the export unnoticed.
import type pg from 'pg';
import { inTransaction, type Tx } from '../db/transaction.js';
import { readWholeRecord } from '../repo/subject-access-read.js';
import type { TestDatabase } from './test-database.js';

/**
 * Tables that name a person where the catalogue cannot see it, inside text or JSON. Listed by hand; the tests check
 * each still exists, and the search of every row for a person's id (in the export's integration test) finds any
 * table missing from here.
 */
export const namingPeopleInsideValues: Readonly<Record<string, string>> = {
  audit_log: 'resource_id (text) and detail (JSON) name the person an entry is about',
  outbox_reports: 'body.entries[].personId: the people a phone holds unsent visit records for',
};

/**
 * Tables about a person that the export deliberately does not read, each with the reason. Anything else about a
 * person must be in the export.
 */
export const leftOutOfExport: Readonly<Record<string, string>> = {
  // The zip files themselves: earlier copies of this same record. Making and downloading each is in the
  // disclosure log, which is read from the audit log.
  record_exports: 'earlier copies of the record itself; each one made or downloaded is in the disclosure log',
  // About a contact's own sign-in, not the person: a one-time token's hash and the contact's email address. The
  // contact is in contacts.json, and sending the invitation is in the disclosure log (person_contact.invite).
  external_invitations: 'a contact\u2019s invitation to their own sign-in (token hash, the contact\u2019s email)',
  // Which sign-in acts for which contact or grant: the contact's account, not the person. What was read or added
  // through it is in the disclosure log and contact-entries.json.
  external_account_links: 'which outside sign-in acts for which contact or grant',
  // A phone's report of visit records not yet sent: ids and times only, never the record, which is in
  // visit-records.json once it arrives.
  outbox_reports: 'a phone\u2019s count of unsent visit records (ids and times only)',
};

/** Every table about a person, with why: it names one, or refers to a table that does. As the database owner. */
export async function tablesAboutPeople(owner: pg.Client): Promise<Map<string, string>> {
  const tables = new Set(
    (
      await owner.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
      )
    ).rows.map((r) => r.name),
  );
  const about = new Map<string, string>([['people', 'the person themselves']]);
  const columns = await owner.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('person_id', 'person_ids') ORDER BY table_name`,
  );
  for (const c of columns.rows) if (!about.has(c.table_name)) about.set(c.table_name, `has ${c.column_name}`);
  for (const [table, why] of Object.entries(namingPeopleInsideValues))
    if (tables.has(table) && !about.has(table)) about.set(table, why);
  // A table referring to one about a person is about that person too (a plan's versions, a visit's addenda).
  const references = (
    await owner.query<{ from_table: string; to_table: string }>(
      `SELECT f.relname AS from_table, t.relname AS to_table
       FROM pg_constraint k JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = f.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2`,
    )
  ).rows;
  for (let grew = true; grew;) {
    grew = false;
    for (const r of references) {
      if (about.has(r.to_table) && !about.has(r.from_table)) {
        about.set(r.from_table, `refers to ${r.to_table}`);
        grew = true;
      }
    }
  }
  return about;
}

/** Tables of the public schema, as the owner: to check that hand-kept lists name tables that exist. */
export async function publicTables(owner: pg.Client): Promise<Set<string>> {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return new Set(rows.map((r) => r.name));
}

interface PlanNode {
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function relationsIn(node: PlanNode, into: Set<string>): void {
  if (node['Relation Name'] !== undefined) into.add(node['Relation Name']);
  for (const child of node.Plans ?? []) relationsIn(child, into);
}

/** Wraps a transaction's client so each query sent through it is noted (text and values) before it runs. */
function noting(tx: Tx, sent: { text: string; values: unknown[] }[]): Tx {
  return new Proxy(tx, {
    get(target, key, receiver) {
      if (key !== 'query') return Reflect.get(target, key, receiver) as unknown;
      return (text: unknown, values?: unknown[]) => {
        if (typeof text !== 'string') throw new Error('The export sent a query this test cannot read; send SQL text and values');
        sent.push({ text, values: values ?? [] });
        return target.query(text, values);
      };
    },
  });
}

/**
 * The tables the export reads for a person: every query `readWholeRecord` sends, planned by PostgreSQL (EXPLAIN),
 * and the tables in each plan. The plan names a table whether or not it holds rows, so no data is needed.
 */
export async function tablesReadByExport(db: TestDatabase, organisationId: string, personId: string): Promise<Set<string>> {
  return inTransaction(db.pool, organisationId, async (tx) => {
    const sent: { text: string; values: unknown[] }[] = [];
    await readWholeRecord({ tx: noting(tx, sent) }, personId, true);
    const read = new Set<string>();
    for (const query of sent) {
      const { rows } = await tx.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
        `EXPLAIN (FORMAT JSON) ${query.text}`,
        query.values,
      );
      for (const plan of rows[0]!['QUERY PLAN']) relationsIn(plan.Plan, read);
    }
    return read;
  });
}

/** The tables holding any row that names the person's id anywhere (a column, an array, text or JSON). As the owner. */
export async function tablesNaming(owner: pg.Client, personId: string): Promise<string[]> {
  const naming: string[] = [];
  for (const table of [...(await publicTables(owner))].sort()) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    const { rows } = await owner.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${quoted} x WHERE strpos(to_jsonb(x)::text, $1) > 0) AS found`,
      [personId],
    );
    if (rows[0]!.found) naming.push(table);
  }
  return naming;
}

/**
 * Copies every row an organisation holds in the given tables into another organisation, each with a new id, as a
 * fault or an attack might leave rows naming one organisation's people under another's. Only tables with a uuid
 * `id`; a copy that would break a unique rule (one plan per person, a replaced record replaced once) is skipped.
 * Answers the new ids. As the owner.
 */
export async function copyRowsToOrganisation(
  owner: pg.Client,
  tables: Iterable<string>,
  from: string,
  to: string,
): Promise<string[]> {
  const withIds = new Set(
    (
      await owner.query<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.columns o
           ON o.table_schema = c.table_schema AND o.table_name = c.table_name AND o.column_name = 'organisation_id'
         WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'`,
      )
    ).rows.map((r) => r.table_name),
  );
  const copied: string[] = [];
  for (const table of [...tables].filter((name) => withIds.has(name)).sort()) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO ${quoted}
       SELECT (jsonb_populate_record(NULL::${quoted}, to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'organisation_id', $2::uuid))).*
       FROM ${quoted} x WHERE x.organisation_id = $1
       ON CONFLICT DO NOTHING RETURNING id`,
      [from, to],
    );
    copied.push(...rows.map((r) => r.id));
  }
  return copied;
}
