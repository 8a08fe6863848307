// Lays out a service's plan-quality audit report for inspection: the summary, each CQC quality statement with the
// rules related to it and how many plans fail them, each plan's findings and actions, the manual audits, and the actions raised.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { actionStatusLabels, type AuditReportAction, type AuditReportData, type AuditReportManualAudit, type AuditReportPlan } from './audit-report-model.js';

const body = 10;
const small = 8.5;
const margin = 40;

const scoreText = (score: number | null) => (score === null ? 'No score (no rule applied)' : `${score} out of 100`);
const headerRow = (cells: string[]): TableCell[] => cells.map((text) => ({ text, bold: true, fillColor: '#eeeeee' }));

export function auditReportDocument(report: AuditReportData): TDocumentDefinitions {
  const title = `Plan-quality audit report — ${report.serviceName}`;
  const { summary } = report;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: `${report.organisationName}. Generated on ${report.generatedAt} (UK time) by ${report.generatedBy}.` },
    {
      text: 'Each plan’s most recent automatic audit against the HCPA care and support plan toolkit’s audit rules. Scores are out of 100.',
      margin: [0, body / 2, 0, 0],
    },
    { text: 'Summary', style: 'heading' },
    {
      table: {
        widths: ['*', 'auto'],
        body: [
          ['Plans audited', String(summary.plansAudited)],
          ['Mean score', summary.meanScore === null ? 'No score' : `${summary.meanScore} out of 100`],
          ['Plans with a failing rule', String(summary.plansWithFailingRule)],
          ['Plans not audited yet', String(summary.plansNotAudited)],
          ['Actions raised', report.actions === null ? 'Not shown' : String(report.actions.length)],
          ['Actions overdue', report.actions === null ? 'Not shown' : String(report.actions.filter((a) => a.isOverdue).length)],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Rules most plans fail', style: 'heading' },
    report.commonestFailingRules.length === 0
      ? { text: 'No plan fails or warns on any rule.' }
      : {
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto', 'auto'],
            body: [
              headerRow(['Rule', 'What it checks', 'Plans failing', 'Plans warning']),
              ...report.commonestFailingRules.map((r) => [r.ruleId, r.title, String(r.plansFailing), String(r.plansWarning)]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    { text: 'By CQC quality statement', style: 'heading', pageBreak: 'before' },
    {
      text: 'For each quality statement, the rules that relate to it: in how many plans the rule applied, and how many of those fail or only warn.',
      margin: [0, 0, 0, body / 2],
    },
    ...report.statements.map((s): Content => ({
      unbreakable: s.rules.length <= 12,
      margin: [0, 0, 0, body],
      stack: [
        { text: s.statement, style: 'subheading' },
        {
          fontSize: small,
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto', 'auto', 'auto'],
            body: [
              headerRow(['Rule', 'What it checks', 'Applied', 'Failing', 'Warning']),
              ...s.rules.map((r) => [r.ruleId, r.title, String(r.plansChecked), { text: String(r.plansFailing), style: r.plansFailing > 0 ? 'strong' : [] }, String(r.plansWarning)]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
      ],
    })),
    { text: 'Plans', style: 'heading', pageBreak: 'before' },
    ...(report.plans.length === 0 ? [{ text: 'No plan in this service has been audited yet.' }] : report.plans.flatMap((p) => planBlock(p, report.actions))),
    { text: 'Manual audits', style: 'heading', pageBreak: 'before' },
    manualAuditsBlock(report.manualAudits),
    { text: 'Actions', style: 'heading', pageBreak: 'before' },
    actionsBlock(report.actions, true),
  ];

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [margin, margin, margin, margin + small],
    info: { title, subject: `Plan-quality audit, ${report.generatedAt}`, creator: 'Hearth' },
    footer: (page: number, pages: number) => ({
      columns: [{ text: `${report.serviceName} · plan-quality audit report · ${report.generatedAt}` }, { text: `Page ${page} of ${pages}`, alignment: 'right', width: 'auto' }],
      fontSize: small,
      margin: [margin, 0, margin, 0],
    }),
    content,
    defaultStyle: { font: 'DejaVuSans', fontSize: body, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, body] },
      heading: { fontSize: 14, bold: true, margin: [0, body * 1.5, 0, body / 2] },
      subheading: { fontSize: 11.5, bold: true, margin: [0, body / 2, 0, body / 3] },
      strong: { bold: true },
    },
  };
}

function planBlock(plan: AuditReportPlan, actions: readonly AuditReportAction[] | null): Content[] {
  const mine = actions?.filter((a) => a.personId === plan.personId) ?? null;
  const counts = `${plan.failCount} ${plan.failCount === 1 ? 'failure' : 'failures'}, ${plan.warnCount} ${plan.warnCount === 1 ? 'warning' : 'warnings'}`;
  return [
    { text: plan.personName, style: 'subheading', margin: [0, body, 0, body / 3] },
    { text: `Plan version ${plan.planVersion} · score ${scoreText(plan.score)} · ${counts} · audited ${plan.runAt}` },
    plan.findings.length === 0
      ? { text: 'No findings: the plan meets every rule that applies to it.', margin: [0, body / 3, 0, 0] }
      : {
          margin: [0, body / 3, 0, 0],
          fontSize: small,
          table: {
            headerRows: 1,
            widths: ['auto', 'auto', 'auto', '*', 'auto'],
            body: [
              headerRow(['Rule', 'Severity', 'Section', 'What is wrong', 'CQC quality statements']),
              ...plan.findings.map((f) => [
                f.ruleId,
                f.severity === 'fail' ? { text: 'Fail', style: 'strong' } : 'Warning',
                f.sectionTitle ?? 'Whole plan',
                f.explanation,
                f.cqc.join('; '),
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    ...(mine === null
      ? []
      : [{ text: 'Actions for this plan', bold: true, margin: [0, body / 2, 0, 0] } as Content, mine.length === 0 ? { text: 'None raised for this plan.' } : actionsBlock(mine, false)]),
  ];
}

function actionsBlock(actions: readonly AuditReportAction[] | null, withPerson: boolean): Content {
  if (actions === null) return { text: 'Actions are not shown: you may not see the actions raised in this service.' };
  if (actions.length === 0) return { text: 'No actions raised' };
  const heads = ['Action', ...(withPerson ? ['Person'] : []), 'From', 'Owner', 'Due', 'State'];
  return {
    fontSize: small,
    table: {
      headerRows: 1,
      widths: ['*', ...(withPerson ? ['auto'] : []), 'auto', 'auto', 'auto', 'auto'],
      body: [
        headerRow(heads),
        ...actions.map((a) => [
          a.title,
          ...(withPerson ? [a.personName ?? 'The service'] : []),
          a.source,
          a.ownerName,
          a.dueDate,
          a.isOverdue ? { text: `${actionStatusLabels[a.status]}, overdue`, style: 'strong' } : actionStatusLabels[a.status],
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

function manualAuditsBlock(audits: readonly AuditReportManualAudit[] | null): Content {
  if (audits === null) return { text: 'Manual audits are not shown: you may not see the manual audits of this service.' };
  if (audits.length === 0) return { text: 'No plan in this service has been audited by hand yet.' };
  return {
    fontSize: small,
    table: {
      headerRows: 1,
      widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
      body: [
        headerRow(['Person', 'Template', 'Version', 'Score', 'Yes / partly / no / n/a', 'Auditor, completed']),
        ...audits.map((a) => [
          a.personName,
          a.templateTitle,
          String(a.planVersion),
          a.score === null ? 'None' : String(a.score),
          `${a.answers.yes} / ${a.answers.partly} / ${a.answers.no} / ${a.answers.notApplicable}`,
          `${a.auditorName}, ${a.completedAt}`,
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}
