import { afterAll, describe, expect, test } from 'vitest';
import { createPackRenderer } from '../pack/pack-renderer.js';
import type { AuditReportData } from './audit-report-model.js';

const report: AuditReportData = {
  serviceName: 'Ŵyn Homecare',
  organisationName: 'Renderer Test Care',
  generatedAt: '23 November 2026 at 10:00',
  generatedBy: 'Maya Patel',
  summary: { plansAudited: 0, meanScore: null, plansWithFailingRule: 0, plansNotAudited: 1 },
  commonestFailingRules: [],
  statements: [],
  plans: [],
  actions: null,
  manualAudits: [{
    personName: 'Łucja Nowak', planVersion: 2, templateTitle: 'Care and support plan toolkit checklist', score: 72.5,
    answers: { yes: 12, partly: 3, no: 2, notApplicable: 2 }, auditorName: 'Maya Patel', completedAt: '2026-11-20 14:05',
  }],
};

const renderer = createPackRenderer({ threads: 1, queueLimit: 2 });
afterAll(() => renderer.close());

describe('audit reports on the pack threads', () => {
  test('render to PDF bytes in a worker thread', async () => {
    const pdf = await renderer.renderAuditReport(report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a report that cannot be laid out answers the report’s own clear error', async () => {
    const broken = { ...report, plans: null } as unknown as AuditReportData;
    await expect(renderer.renderAuditReport(broken)).rejects.toMatchObject({ code: 'internal', detail: expect.stringContaining('The report could not be produced') });
    expect((await renderer.renderAuditReport(report)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
