// A service's plan-quality audit report over HTTP, as a PDF for inspection and as CSV for a spreadsheet.
import { problemSchema } from '@hearth/core';
import { z } from 'zod';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import type { PackRenderer } from '../pack/pack-renderer.js';
import { auditReportCsv } from '../report/audit-report-csv.js';
import { readAuditReport } from '../report/audit-report-data.js';
import { londonDate } from '../dates.js';

const reportQuerySchema = z.object({ serviceId: z.uuid({ error: 'Choose a service from the list' }) });

/** A file name from the service's name: letters, digits and hyphens only, so no header can be broken by it. */
export function reportFileName(serviceName: string, on: Date, extension: 'pdf' | 'csv'): string {
  const slug = serviceName.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60);
  return `plan-quality-audit-${slug || 'service'}-${londonDate(on)}.${extension}`;
}

export function planAuditReportRoutes(app: RouteApp, renderer: PackRenderer): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.get('/api/plan-audits/report.pdf', {
    schema: {
      tags,
      summary: 'A service’s plan-quality audit report for inspection: scores, findings by CQC quality statement, and actions, as a PDF',
      querystring: reportQuerySchema,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('A PDF document'),
        ...problemResponses,
        503: problemSchema.describe('Too many documents are being produced: try again after Retry-After seconds'),
      },
    },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const report = await readAuditReport(repo, request.query.serviceId, 'pdf');
    const pdf = await renderer.renderAuditReport(report, request.log);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${reportFileName(report.serviceName, ctx.now(), 'pdf')}"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/api/plan-audits/report.csv', {
    schema: {
      tags,
      summary: 'A service’s plan-quality audit findings as CSV: one row per finding of each plan’s latest run',
      querystring: reportQuerySchema,
      produces: ['text/csv'],
      response: { 200: z.any().describe('A CSV file, UTF-8 with a byte-order mark'), ...problemResponses },
    },
  }, async (request, reply) => {
    const { repo } = await authenticate(ctx, request);
    const report = await readAuditReport(repo, request.query.serviceId, 'csv');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${reportFileName(report.serviceName, ctx.now(), 'csv')}"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(auditReportCsv(report), 'utf8'));
  });
}
