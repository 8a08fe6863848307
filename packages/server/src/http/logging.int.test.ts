// No personal data in application logs: names, NHS numbers, notes and secrets stay in the audit log only.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../config.js';
import { buildApp } from './app.js';
import { recordParts } from '@hearth/core';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs } from '../test/factories.js';
import { lacksCapacityBody } from '../test/capacity-fixtures.js';
import { buildContact, buildExternalAccount, decideSharing, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { personWithVisits, visitBody, yesterdayOf } from '../test/visit-fixtures.js';

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

test('a care day of notes, decisions and comments, good and refused, leaves none of their words in the log', async () => {
  const journey: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { journey.push(String(chunk)); done(); } });
  const app = await buildApp(
    { pool: db.pool, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), databaseMode: 'external', version: 'test', now: () => new Date() },
    { logStream: stream },
  );
  // Each word is found in one place of the record only, so a leak names its source.
  const words = {
    name: 'Marigold Featherstonehaugh', task: 'Quokkatask', concern: 'Wombatbruise', correction: 'Platypusfix', comment: 'Narwhalnote',
    decision: 'Axolotlchoice', evidence: 'Capybaraproof', contactEntry: 'Pangolinsong', refusedNote: 'Tapirsecret', reader: 'Ocelot Reader',
  };
  try {
    const org = await buildOrganisation(db);
    const senior = await signInAs(app, await buildStaff(db, org, { role: 'senior_care_worker' }));
    const carer = await signInAs(app, await buildStaff(db, org, { role: 'care_worker' }));
    const personId = await personWithVisits(senior, org.homecareId, words.name);
    const day = yesterdayOf(londonDate(new Date()));
    const visit = visitBody(day);
    const content = visit.content as { tasks: { note: string }[]; concerns: { text: string }[] };
    content.tasks[0]!.note = `She said ${words.task}`;
    content.concerns[0]!.text = `A ${words.concern} on her arm`;
    const recorded = await carer.post(`/api/people/${personId}/visit-records`, visit);
    expect(recorded.statusCode, recorded.body).toBe(201);
    await carer.post(`/api/visit-records/${recorded.json().id as string}/addenda`, { body: `Correction: ${words.correction}` });
    await carer.post(`/api/people/${personId}/care-plan/comments`, { sectionKey: null, body: `Progress: ${words.comment}` });
    const assessed = await senior.post(`/api/people/${personId}/capacity-assessments`, lacksCapacityBody(day, { decision: `Whether ${words.decision}`, decisionKey: null, personsWords: words.evidence }));
    expect(assessed.statusCode, assessed.body).toBe(201);
    // Refused and invalid attempts carry words too: a care worker may not assess capacity; a visit with no kind is invalid.
    expect((await carer.post(`/api/people/${personId}/capacity-assessments`, lacksCapacityBody(day, { decision: words.refusedNote, decisionKey: null }))).statusCode).toBe(403);
    expect((await carer.post(`/api/people/${personId}/visit-records`, { ...visitBody(day), kind: undefined, visitLabel: words.refusedNote })).statusCode).toBe(400);
    // An outside reader adds a comment and searches for it.
    const recorder = (await buildStaff(db, org)).id;
    const contact = await buildContact(db, org, { personId, createdBy: recorder, name: words.reader });
    await decideSharing(db, org, { personId, contactId: contact.id, recordedBy: recorder, parts: recordParts });
    const email = uniqueEmail('ocelot');
    await buildExternalAccount(db, org, { email, name: words.reader, createdBy: recorder, target: { contactId: contact.id } });
    const reader = await signInShared(app, email);
    expect((await reader.post(`/api/shared/people/${personId}/entries`, { kind: 'about_me', text: `Loves ${words.contactEntry}` })).statusCode).toBe(201);
    await reader.get(`/api/shared/people/${personId}/search?q=${words.contactEntry}`);
    await senior.get(`/api/people?q=${encodeURIComponent(words.name)}`);
    // An address crafted to forge a log line stays inside its own entry.
    await senior.get('/api/people/%0A%7B%22level%22%3A60%2C%22msg%22%3A%22forged%22%7D');
  } finally {
    await app.close();
  }
  const log = journey.join('');
  expect(log).toContain('/visit-records');
  for (const [what, word] of Object.entries(words)) {
    for (const part of word.split(' ')) expect(log, `${what}: ${part}`).not.toContain(part);
  }
  expect(log).not.toContain('hearth_shared_session=');
  // One JSON object per line, so no value can start a line of its own.
  const entries = log.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as { msg?: string });
  expect(entries.some((e) => e.msg === 'forged')).toBe(false);
});
