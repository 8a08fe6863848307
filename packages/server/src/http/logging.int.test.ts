// No personal data in application logs: names, NHS numbers, notes and secrets stay in the audit log only.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../config.js';
import { buildApp } from './app.js';
import { buildOrganisation, buildStaff, personBody, signInAs } from '../test/factories.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';

let db: TestDatabase;
const lines: string[] = [];
let nhsNumber = '';

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

test('a day of requests leaves no name, NHS number, key safe code, password or token in the log', async () => {
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  const app = await buildApp(
    { pool: db.pool, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), databaseMode: 'external', version: 'test', now: () => new Date() },
    { logStream: stream },
  );
  try {
    const org = await buildOrganisation(db);
    const senior = await signInAs(app, await buildStaff(db, org, { role: 'senior_care_worker', email: 'bronwen.secret@test.example' }));
    const body = personBody(org.homecareId, { legalName: 'Perpetua Quillfeather', accessDetails: { howToGetIn: 'Under the gnome', keySafeCode: '8642' } });
    nhsNumber = body.nhsNumber as string;
    const person = (await senior.post('/api/people', body)).json();
    await senior.get(`/api/people?q=${encodeURIComponent('Quillfeather')}`);
    await senior.get(`/api/people?q=${body.nhsNumber as string}`);
    await senior.get(`/api/people/${person.id}`);
    await senior.post('/api/people', { ...body, dateOfBirth: 'not a date' });
    await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'bronwen.secret@test.example', password: 'wrong guess here' } });
  } finally {
    await app.close();
  }
  const log = lines.join('');
  expect(log.length).toBeGreaterThan(0);
  expect(log).toContain('"path":"/api/people"');
  for (const secret of ['Quillfeather', 'Perpetua', 'gnome', '8642', 'bronwen', 'wrong guess', 'hearth_session=', 'Penicillin']) {
    expect(log, secret).not.toContain(secret);
  }
  expect(log).not.toContain(nhsNumber);
});
