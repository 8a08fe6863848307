// The audit report as CSV (RFC 4180): one row per finding of each plan's latest run, and one row for a plan with
// none, so every plan audited appears. UTF-8 with a byte-order mark, so Excel reads names such as Ŵyn correctly.
import type { AuditReportData } from './audit-report-model.js';

export const auditReportCsvHeader = [
  'Service',
  'Person',
  'Plan version',
  'Score',
  'Rule',
  'Rule title',
  'Severity',
  'Section',
  'Field',
  'Explanation',
  'CQC quality statements',
  'Run at (UK time)',
] as const;

const byteOrderMark = '\uFEFF';

/**
 * One cell, quoted when it holds a comma, quote or line break. A cell a spreadsheet would read as a formula
 * (starting = + - @, or a tab or carriage return that some read past) is prefixed with a single quote, so text typed
 * into a plan can never run as a formula when the file is opened.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

export function auditReportCsv(report: AuditReportData): string {
  const rows: string[] = [csvRow(auditReportCsvHeader)];
  for (const plan of report.plans) {
    const start = [report.serviceName, plan.personName, plan.planVersion, plan.score];
    if (plan.findings.length === 0) {
      rows.push(csvRow([...start, null, null, null, null, null, 'No findings', null, plan.runAt]));
      continue;
    }
    for (const f of plan.findings) {
      rows.push(csvRow([...start, f.ruleId, f.ruleTitle, f.severity, f.sectionTitle, f.field, f.explanation, f.cqc.join('; '), plan.runAt]));
    }
  }
  // CRLF between records and after the last, as RFC 4180 writes them.
  return `${byteOrderMark}${rows.join('\r\n')}\r\n`;
}
