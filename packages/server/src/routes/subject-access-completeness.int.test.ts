// The subject access export must hold everything Hearth holds about a person. Every table the database's catalogue
// shows to be about a person (a person_id or person_ids column, a reference to people, or a reference to a table
// about a person) must be read by the export or be named, with the reason, in the list of tables left out.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, type TestOrganisation } from '../test/factories.js';
import {
  leftOutOfExport,
  namingPeopleInsideValues,
  publicTables,
  tablesAboutPeople,
  tablesReadByExport,
} from '../test/subject-access-tables.js';
import { asOwner, createTestDatabase, type TestDatabase } from '../test/test-database.js';

let db: TestDatabase;
let org: TestOrganisation;
let about: Map<string, string>;
let read: Set<string>;
let tables: Set<string>;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await buildOrganisation(db, 'Completeness Care');
  ({ about, tables } = await asOwner(db, async (c) => ({ about: await tablesAboutPeople(c), tables: await publicTables(c) })));
  // No such person is needed: the plans name the tables whether or not any row matches.
  read = await tablesReadByExport(db, org.id, '00000000-0000-4000-8000-000000000001');
});
afterAll(() => db.close());

describe('the subject access export reads every table about a person', () => {
  test('the catalogue finds tables about people, directly and through references, and the plans find what is read', () => {
    // Guards against a search that finds nothing, which would pass everything.
    expect(about.get('visit_records')).toBe('has person_id');
    expect(about.get('data_requests')).toBe('has person_ids');
    expect(about.get('visit_record_addenda')).toBe('refers to visit_records');
    expect(about.has('staff')).toBe(false);
    expect(read.has('people')).toBe(true);
  });

  test('each table about a person is read by the export or left out with a reason', () => {
    const forgotten = [...about]
      .filter(([table]) => !read.has(table) && !(table in leftOutOfExport))
      .map(([table, why]) => `${table} (${why})`)
      .sort();
    expect(forgotten).toEqual([]);
  });

  test('the list of tables left out names only tables about a person that the export does not read', () => {
    expect(Object.keys(leftOutOfExport).filter((table) => !about.has(table))).toEqual([]);
    expect(Object.keys(leftOutOfExport).filter((table) => read.has(table))).toEqual([]);
  });

  test('the tables said to name people inside text or JSON still exist', () => {
    expect(Object.keys(namingPeopleInsideValues).filter((table) => !tables.has(table))).toEqual([]);
  });
});
