// What a rendering worker thread does for an audit report (see pack/render-worker.js): lay it out from plain data
// and render it to PDF bytes with the same embedded font as the packs.
import { renderPdf } from '../pack/render-pdf.js';
import { auditReportDocument } from './audit-report-document.js';
import type { AuditReportData } from './audit-report-model.js';

export async function renderAuditReport(input: AuditReportData): Promise<Uint8Array> {
  return renderPdf(auditReportDocument(input));
}
