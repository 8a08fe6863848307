// A service's plan-quality audit report, as the PDF an inspector reads and the CSV a spreadsheet opens: what they
// hold matches the stored runs, actions show their latest state, and only those who may read the audits get them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cqcQualityStatements, type PlanAuditHistory } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditReportCsvHeader } from '../report/audit-report-csv.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let managerStaff: TestStaff;
let carer: Agent;
let quality: Agent;
let otherManager: Agent;
const people: Record<string, string> = {};

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-report-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** RFC 4180 records, honouring quoted commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { cells.push(cell); records.push(cells); cells = []; cell = ''; i += 1; } else cell += c;
  }
  return records;
}

async function personWithPlan(legalName: string, content: Record<string, unknown>): Promise<string> {
  const id = (await manager.post('/api/people', personBody(org.homecareId, { legalName, preferredName: null }))).json().id as string;
  expect((await manager.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content })).statusCode).toBe(200);
  expect((await manager.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement })).statusCode).toBe(200);
  expect((await manager.post(`/api/people/${id}/care-plan/versions/1/start-use`)).statusCode).toBe(200);
  return id;
}

const latestFindings = async (personId: string) => (await manager.get(`/api/people/${personId}/care-plan/audits`)).json<PlanAuditHistory>().latest!;
const pdfUrl = (serviceId: string) => `/api/plan-audits/report.pdf?serviceId=${serviceId}`;
const csvUrl = (serviceId: string) => `/api/plan-audits/report.csv?serviceId=${serviceId}`;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Report Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Patel' });
  manager = await signInAs(t.app, managerStaff);
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
  people.gwen = await personWithPlan('Gwenllian Ŵyn', samplePlanContent());
  people.arthur = await personWithPlan('Arthur Pickering', samplePlanContent({ stepTime: '09:00' }));
  const ran = await manager.post('/api/plan-audits', { scope: { kind: 'service', serviceId: org.homecareId } });
  expect(ran.statusCode, ran.body).toBe(200);
});
afterAll(() => t.close());

describe('the audit report as a PDF', () => {
  test('names the service, each person, their score and findings, and maps every rule to its CQC quality statements', async () => {
    const res = await manager.get(pdfUrl(org.homecareId));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="plan-quality-audit-riverside-report-care-homecare-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);

    expect(text).toContain('Plan-quality audit report — Riverside Report Care Homecare');
    expect(text).toContain('by Maya Patel');
    expect(text).toMatch(/Plans audited 2\b/);
    for (const name of ['Gwenllian Ŵyn', 'Arthur Pickering']) expect(text).toContain(name);
    const arthur = await latestFindings(people.arthur!);
    expect(text).toContain(`Plan version 1 · score ${arthur.score} out of 100`);
    // Every finding's rule is in the plan's table; the footer names the service on each page.
    const finding = arthur.findings[0]!;
    expect(text).toContain(finding.ruleId);
    expect(text).toMatch(/Riverside Report Care Homecare · plan-quality audit report · .* Page 1 of \d+/);

    // In the part by quality statement, the failing rule sits under each statement it relates to.
    const byStatement = text.slice(text.indexOf('By CQC quality statement'), text.indexOf('Plans ', text.indexOf('By CQC quality statement') + 30));
    const present = cqcQualityStatements.filter((s) => byStatement.includes(`${s} Rule What it checks`));
    for (const statement of finding.cqc) {
      const at = byStatement.indexOf(`${statement} Rule What it checks`);
      const next = present.map((s) => byStatement.indexOf(`${s} Rule What it checks`)).filter((i) => i > at).sort((a, b) => a - b)[0] ?? byStatement.length;
      expect(at, statement).toBeGreaterThanOrEqual(0);
      expect(byStatement.slice(at, next)).toMatch(new RegExp(`\\b${finding.ruleId}\\b`));
    }
    expect(text).toContain('Actions No actions raised');
    expect(text).toContain('Actions for this plan None raised for this plan.');
  });

  test('actions raised in the service are listed with their owner, due date and newest state, overdue ones marked', async () => {
    const [gwenRun] = (await asOwner(t.db, (c) => c.query<{ id: string }>('SELECT id FROM plan_audit_runs WHERE person_id = $1 ORDER BY run_at DESC LIMIT 1', [people.gwen]))).rows;
    await asOwner(t.db, async (c) => {
      const raise = async (title: string, due: string, personId: string | null, statuses: string[]) => {
        const id = (await c.query<{ id: string }>(
          `INSERT INTO quality_actions (organisation_id, service_id, person_id, plan_audit_run_id, rule_id, title, owner_id, due_date, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7) RETURNING id`,
          [org.id, org.homecareId, personId, personId ? gwenRun!.id : null, personId ? 'B12' : null, title, managerStaff.id, due],
        )).rows[0]!.id;
        for (const [i, status] of statuses.entries()) {
          await c.query(
            `INSERT INTO quality_action_updates (organisation_id, action_id, status, updated_by, updated_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
            [org.id, id, status, managerStaff.id, i],
          );
        }
      };
      await raise('Add times to the morning steps', '2020-01-10', people.gwen!, ['open', 'in_progress']);
      await raise('Refresh plan-writing training', '2099-12-31', null, ['open', 'in_progress', 'done']);
    });
    const text = pdfText((await manager.get(pdfUrl(org.homecareId))).rawPayload);
    expect(text).not.toContain('No actions raised');
    expect(text).toMatch(/Add times to the morning steps Gwenllian Ŵyn Rule B12 Maya Patel 2020-01-10 In progress, overdue/);
    expect(text).toMatch(/Refresh plan-writing training The service Maya Patel 2099-12-31 Done/);
    expect(text).toMatch(/Actions for this plan Action From Owner Due State Add times to the morning steps Rule B12/);
  });
});

describe('manual audits in the report', () => {
  test('each manual audit of the service is listed with its template, score and answers counted; an action from one says so', async () => {
    expect(pdfText((await manager.get(pdfUrl(org.homecareId))).rawPayload)).toContain('Manual audits No plan in this service has been audited by hand yet.');
    const toolkit = (await manager.get('/api/audit-templates/toolkit')).json<{ title: string; questions: { id: string }[] }>();
    const answers = toolkit.questions.map((q, i) => (i === 0
      ? { questionId: q.id, answer: 'no', evidence: 'No times on the morning steps' }
      : { questionId: q.id, answer: i % 2 === 0 ? 'yes' : 'not_applicable', evidence: null }));
    const audit = await manager.post(`/api/people/${people.arthur}/manual-audits`, { templateKey: 'toolkit', answers });
    expect(audit.statusCode, audit.body).toBe(201);
    const { id, score } = audit.json<{ id: string; score: number }>();
    const raised = await manager.post('/api/quality-actions', {
      manualAuditId: id, questionId: toolkit.questions[0]!.id, title: 'Put times on Arthur’s morning steps', ownerId: managerStaff.id, dueDate: '2099-06-30',
    });
    expect(raised.statusCode, raised.body).toBe(201);

    const text = pdfText((await manager.get(pdfUrl(org.homecareId))).rawPayload);
    const yes = answers.filter((a) => a.answer === 'yes').length;
    const na = answers.filter((a) => a.answer === 'not_applicable').length;
    const section = text.slice(text.indexOf('Manual audits Person'), text.indexOf('Actions Action'));
    expect(section).toMatch(new RegExp(`Arthur Pickering ${toolkit.title} 1 ${score} ${yes} ?/ ?0 ?/ ?1 ?/ ?${na} Maya Patel, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`));
    expect(text).toMatch(/Put times on Arthur’s morning steps Arthur Pickering Manual audit Maya Patel 2099-06-30 Open/);
  });
});

describe('the audit report as CSV', () => {
  test('UTF-8 with a byte-order mark, a header row, and one row per finding of each plan’s latest run', async () => {
    const res = await quality.get(csvUrl(org.homecareId));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="plan-quality-audit-riverside-report-care-homecare-[\d-]+\.csv"$/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(res.rawPayload.toString('utf8').slice(1));
    expect(header).toEqual([...auditReportCsvHeader]);

    for (const [name, id] of [['Gwenllian Ŵyn', people.gwen!], ['Arthur Pickering', people.arthur!]] as const) {
      const latest = await latestFindings(id);
      const mine = rows.filter((r) => r[1] === name);
      expect(mine).toHaveLength(Math.max(1, latest.findings.length));
      expect(mine.map((r) => r[4]).sort()).toEqual(latest.findings.map((f) => f.ruleId).sort());
      for (const f of latest.findings) {
        expect(mine.find((r) => r[4] === f.ruleId && r[9] === f.explanation)?.[10]).toBe(f.cqc.join('; '));
      }
      expect(mine.every((r) => r[0] === 'Riverside Report Care Homecare' && r[2] === '1' && r[3] === String(latest.score))).toBe(true);
    }
  });

  test('each report produced is in the audit log with its counts and no names', async () => {
    await manager.get(csvUrl(org.homecareId));
    const entry = await asOwner(t.db, async (c) => (await c.query<{ resource_id: string; detail: Record<string, unknown> }>(
      "SELECT resource_id, detail FROM audit_log WHERE action = 'plan_audit.report' AND outcome = 'success' ORDER BY chain_seq DESC LIMIT 1",
    )).rows[0]);
    expect(entry?.resource_id).toBe(org.homecareId);
    expect(entry?.detail).toMatchObject({ format: 'csv', plans: 2, actions: expect.any(Number), findings: expect.any(Number) });
    expect(new Set(entry?.detail.people as string[])).toEqual(new Set([people.gwen, people.arthur]));
    expect(JSON.stringify(entry?.detail)).not.toMatch(/Gwenllian|Arthur/);
  });
});

describe('who may have the report', () => {
  test.each([
    ['a care worker', 403, () => carer],
    ['another organisation’s manager', 404, () => otherManager],
  ] as const)('%s is refused (%i) for both formats', async (_who, status, agent) => {
    for (const url of [pdfUrl(org.homecareId), csvUrl(org.homecareId)]) expect((await agent().get(url)).statusCode).toBe(status);
  });

  test('a manager of another service is refused; the service must be given and be a service id', async () => {
    expect((await manager.get(pdfUrl(org.careHomeId))).statusCode).toBe(403);
    const missing = await manager.get('/api/plan-audits/report.csv');
    expect(missing.statusCode).toBe(400);
    expect((await manager.get(csvUrl('not-a-service'))).statusCode).toBe(400);
    expect((await manager.get(csvUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});
