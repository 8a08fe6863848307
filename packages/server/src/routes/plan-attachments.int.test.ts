import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { contentDisposition } from './plan-attachments-routes.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let quality: Agent;
let manager: Agent;
let otherOrgSenior: Agent;

const sectionKey = (samplePlanContent() as { sections: { sectionKey: string }[] }).sections[0]!.sectionKey;
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }));
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  otherOrgSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const personWithPlanInUse = () => personWithPlan(senior, org.homecareId);

const files = (id: string) => `/api/people/${id}/care-plan/attachments`;

function upload(
  agent: Agent | null,
  id: string,
  body: Buffer | string,
  contentType: string | null,
  query: Record<string, string> = { fileName: 'GP letter.pdf' },
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: `${files(id)}?${new URLSearchParams(query).toString()}`,
    headers: {
      ...(agent ? { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    payload: body,
  });
}

describe('attaching files to a plan', () => {
  test('uploaded and downloaded byte for byte, with its SHA-256, who added it and when', async () => {
    const id = await personWithPlanInUse();
    const before = t.clock.now().getTime();
    const res = await upload(senior, id, pdf, 'application/pdf', { fileName: 'C:\\Scans\\Discharge letter – Ŵyn.pdf', sectionKey, description: 'From the ward' });
    expect(res.statusCode).toBe(201);
    const added = res.json();
    expect(added).toMatchObject({
      fileName: 'Discharge letter – Ŵyn.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length, sectionKey, planVersion: 1, description: 'From the ward',
      sha256: createHash('sha256').update(pdf).digest('hex'), addedBy: { name: 'Sam Senior', role: 'senior_care_worker' },
    });
    expect(Date.parse(added.addedAt)).toBeGreaterThanOrEqual(before - 1);

    const list = await carer.get(files(id));
    expect(list.json()).toEqual([added]);

    const download = await carer.get(`${files(id)}/${added.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(contentDisposition('Discharge letter – Ŵyn.pdf'));
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Discharge%20letter%20%E2%80%93%20%C5%B4yn.pdf");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
  });

  test('a plain text file downloads as UTF-8 text', async () => {
    const id = await personWithPlanInUse();
    const text = Buffer.from('Visit notes: walked to the gate 👍\n');
    const added = (await upload(manager, id, text, 'text/plain; charset=utf-8', { fileName: 'notes' })).json();
    expect(added.fileName).toBe('notes.txt');
    const download = await quality.get(`${files(id)}/${added.id}`);
    expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(download.rawPayload.equals(text)).toBe(true);
  });

  test('care workers and the quality lead read files but do not add them; other organisations see nothing', async () => {
    const id = await personWithPlanInUse();
    const added = (await upload(senior, id, png, 'image/png', { fileName: 'wound.png' })).json();
    expect((await upload(carer, id, pdf, 'application/pdf')).statusCode).toBe(403);
    expect((await upload(quality, id, pdf, 'application/pdf')).statusCode).toBe(403);
    expect((await quality.get(files(id))).json()).toHaveLength(1);
    expect((await otherOrgSenior.get(files(id))).statusCode).toBe(404);
    expect((await otherOrgSenior.get(`${files(id)}/${added.id}`)).statusCode).toBe(404);
    expect((await upload(otherOrgSenior, id, pdf, 'application/pdf')).statusCode).toBe(404);
    expect((await upload(null, id, pdf, 'application/pdf')).statusCode).toBe(401);
  });

  test('a file attached to one person cannot be fetched through another', async () => {
    const first = await personWithPlanInUse();
    const second = await personWithPlanInUse();
    const added = (await upload(senior, first, pdf, 'application/pdf')).json();
    const res = await senior.get(`${files(second)}/${added.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('There is no such file attached to this plan');
  });

  test('too large is 413, a type not accepted is 415, a mislabelled file is 400: each as problem+json, none saved', async () => {
    const id = await personWithPlanInUse();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    pdf.copy(big);
    const tooBig = await upload(senior, id, big, 'application/pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
    expect(tooBig.json()).toMatchObject({ code: 'payload_too_large', errors: [{ field: 'file', message: 'The file must be 10 MB or smaller' }] });

    const html = await upload(senior, id, '<html><script>alert(1)</script></html>', 'text/html', { fileName: 'page.html' });
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'unsupported_media_type', errors: [{ field: 'file', message: 'Choose a PDF, JPEG, PNG or plain text file' }] });
    expect((await upload(senior, id, pdf, null)).statusCode).toBe(415);
    expect((await upload(senior, id, JSON.stringify({ a: 1 }), 'application/json')).statusCode).toBe(415);

    const mislabelled = await upload(senior, id, png, 'application/pdf');
    expect(mislabelled.statusCode).toBe(400);
    expect(mislabelled.json().errors).toEqual([{ field: 'file', message: 'The file is labelled as a PDF but its contents are not: choose a PDF, JPEG, PNG or plain text file' }]);

    const empty = await upload(senior, id, Buffer.alloc(0), 'application/pdf');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'file', message: 'The file is empty: choose another file' }]);

    const badQuery = await upload(senior, id, pdf, 'application/pdf', { fileName: '...', sectionKey: 'gardening' });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().errors).toEqual([{ field: 'fileName', message: 'Give the file a name with letters or numbers in it' }]);
    const badSection = await upload(senior, id, pdf, 'application/pdf', { fileName: 'a.pdf', sectionKey: 'gardening' });
    expect(badSection.json().errors).toEqual([{ field: 'sectionKey', message: 'Choose a section from the list' }]);
    const noName = await upload(senior, id, pdf, 'application/pdf', {});
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors.map((e: { field: string }) => e.field)).toEqual(['fileName']);

    expect((await senior.get(files(id))).json()).toEqual([]);
  });

  test('with no plan yet there is nowhere to attach a file', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
    expect((await senior.get(files(id))).json()).toEqual([]);
    const res = await upload(senior, id, pdf, 'application/pdf');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('There is no plan for this person yet: files can be attached once a plan has been started');
  });

  test('every list, download and addition is audited, without the file name', async () => {
    const id = await personWithPlanInUse();
    const added = (await upload(senior, id, pdf, 'application/pdf', { fileName: 'Edith Clarke hospital letter.pdf' })).json();
    await carer.get(files(id));
    await carer.get(`${files(id)}/${added.id}`);
    await upload(carer, id, pdf, 'application/pdf');
    const audit = await asOwner(t.db, (c) => c.query(
      "SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 AND action LIKE 'care_plan_attachment.%' ORDER BY id", [id],
    ));
    expect(audit.rows).toEqual([
      { action: 'care_plan_attachment.create', outcome: 'success', detail: { attachmentId: added.id, planVersion: 1, sizeBytes: pdf.length, sha256: added.sha256 } },
      { action: 'care_plan_attachment.list', outcome: 'success', detail: { count: 1 } },
      { action: 'care_plan_attachment.read', outcome: 'success', detail: { attachmentId: added.id } },
      { action: 'care_plan_attachment.create', outcome: 'refused', detail: { policyAction: 'create' } },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('Edith');
  });

  test('a file cannot be changed or removed, not even by the application\u2019s own database role', async () => {
    const id = await personWithPlanInUse();
    const added = (await upload(senior, id, pdf, 'application/pdf')).json();
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE care_plan_attachments SET content = '\\x00'"))).rejects.toThrow(/permission denied/);
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query('DELETE FROM care_plan_attachments'))).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query("UPDATE care_plan_attachments SET file_name = 'x.pdf'"))).rejects.toThrow(/UPDATE on care_plan_attachments is not allowed/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM care_plan_attachments'))).rejects.toThrow(/DELETE on care_plan_attachments is not allowed/);
    expect((await senior.get(`${files(id)}/${added.id}`)).rawPayload.equals(pdf)).toBe(true);
  });
});

test.each([
  ['letter.pdf', `attachment; filename="letter.pdf"; filename*=UTF-8''letter.pdf`],
  ['Ŵyn "quoted" (copy).pdf', `attachment; filename="_yn _quoted_ (copy).pdf"; filename*=UTF-8''%C5%B4yn%20%22quoted%22%20%28copy%29.pdf`],
])('Content-Disposition for %j', (name, expected) => {
  expect(contentDisposition(name)).toBe(expected);
});

test('the OpenAPI document says the upload takes the file itself, as one of the accepted types', () => {
  const doc = t.app.swagger() as { paths: Record<string, { post?: { requestBody?: { content: Record<string, unknown> } } }> };
  expect(Object.keys(doc.paths['/api/people/{id}/care-plan/attachments']?.post?.requestBody?.content ?? {})).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'text/plain']);
});
