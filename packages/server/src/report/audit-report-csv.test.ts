import { describe, expect, test } from 'vitest';
import { auditReportCsv, auditReportCsvHeader, csvCell } from './audit-report-csv.js';
import type { AuditReportData, AuditReportPlan } from './audit-report-model.js';

/** Splits RFC 4180 text into records of cells, honouring quotes; the reverse of what the builder writes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { cells.push(cell); records.push(cells); cells = []; cell = ''; i += 1; }
    else cell += c;
  }
  if (cell !== '' || cells.length > 0) { cells.push(cell); records.push(cells); }
  return records;
}

const plan = (overrides: Partial<AuditReportPlan> = {}): AuditReportPlan => ({
  personId: '00000000-0000-4000-8000-000000000001',
  personName: 'Gwenllian Ŵyn',
  planVersion: 3,
  score: 87,
  failCount: 1,
  warnCount: 0,
  runAt: '2026-11-23 09:15',
  findings: [{
    ruleId: 'B12',
    ruleTitle: 'Steps say when',
    severity: 'fail',
    sectionKey: 'personal_care',
    sectionTitle: 'Personal care',
    field: 'sections.3.steps.1.when',
    explanation: 'The step "help me wash",\nhas no time',
    cqc: ['Person-centred care', 'Assessing needs'],
  }],
  ...overrides,
});

const report = (plans: AuditReportPlan[]): AuditReportData => ({
  serviceName: 'Riverside Homecare – Leeds',
  organisationName: 'Riverside',
  generatedAt: '23 November 2026 at 10:00',
  generatedBy: 'Maya Patel',
  summary: { plansAudited: plans.length, meanScore: null, plansWithFailingRule: 0, plansNotAudited: 0 },
  commonestFailingRules: [],
  statements: [],
  plans,
  actions: [],
  manualAudits: null,
});

describe('CSV cells', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('%j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  test.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+44 113 496 0000', "'+44 113 496 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('text a spreadsheet would run as a formula, %j, is prefixed with a quote', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  test('numbers and empty cells are left as they are', () => {
    expect(csvCell(87.5)).toBe('87.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a = b')).toBe('a = b');
  });
});

describe('the audit report as CSV', () => {
  test('starts with a UTF-8 byte-order mark and the header, ends each record with CRLF', () => {
    const csv = auditReportCsv(report([plan()]));
    expect(csv.startsWith('\uFEFFService,Person,Plan version,')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('one row per finding, one for a plan with none; fields survive commas, quotes and line breaks', () => {
    const second = plan({ personName: 'Arthur Pickering', score: 100, failCount: 0, findings: [] });
    const third = plan({ personName: '=cmd|x', findings: [plan().findings[0]!, { ...plan().findings[0]!, ruleId: 'C20', severity: 'warn', sectionTitle: null, field: null, cqc: [] }] });
    const records = parseCsv(auditReportCsv(report([plan(), second, third])).slice(1));
    expect(records[0]).toEqual([...auditReportCsvHeader]);
    expect(records).toHaveLength(1 + 1 + 1 + 2);
    expect(records.every((r) => r.length === auditReportCsvHeader.length)).toBe(true);
    expect(records[1]).toEqual([
      'Riverside Homecare – Leeds', 'Gwenllian Ŵyn', '3', '87', 'B12', 'Steps say when', 'fail', 'Personal care',
      'sections.3.steps.1.when', 'The step "help me wash",\nhas no time', 'Person-centred care; Assessing needs', '2026-11-23 09:15',
    ]);
    expect(records[2]).toEqual(['Riverside Homecare – Leeds', 'Arthur Pickering', '3', '100', '', '', '', '', '', 'No findings', '', '2026-11-23 09:15']);
    expect(records[3]?.[1]).toBe("'=cmd|x");
    expect(records[4]?.slice(4, 11)).toEqual(['C20', 'Steps say when', 'warn', '', '', 'The step "help me wash",\nhas no time', '']);
  });

  test('a service with no plan audited has the header alone', () => {
    expect(parseCsv(auditReportCsv(report([])).slice(1))).toEqual([[...auditReportCsvHeader]]);
  });
});
