// Lays out the pack kept in the home: service user guide, one-page profile, the current plan, the medication
// record and alerts, in standard or large print, with name, plan version and print date on every page.
import {
  formatNhsNumber,
  inDayOrder,
  medicationSupportLevelLabels,
  planStatusLabels,
  supportLevelLabels,
  type Person,
  type ResuscitationSummary,
  type PlanVersion,
  type SectionContent,
  type SectionDefinition,
  type ServiceUserGuide,
} from '@hearth/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { pageFrame, planVersionText, printedName } from './page-frame.js';
import { riskAssessmentsBlock } from './pack-risk.js';
import { longDate } from '../dates.js';

export type PrintSize = 'standard' | 'large';

export interface PackInput {
  person: Pick<Person, 'legalName' | 'preferredName' | 'dateOfBirth' | 'nhsNumber' | 'alerts'>;
  providerName: string;
  guide: ServiceUserGuide;
  plan: PlanVersion | null;
  definitions: readonly SectionDefinition[];
  /** The print date as people read it, for example "23 November 2026". */
  printedOn: string;
  size: PrintSize;
  /** The person's information and communication needs as flagged (null: never recorded), shared with whoever reads the pack. */
  communicationFlag?: string[] | null;
  /** The ReSPECT form or DNACPR decision in force and where the original is kept; null or absent when none is recorded. */
  resuscitation?: ResuscitationSummary | null;
}

/** Clear-print sizes: large print is at least 16 pt throughout. */
const sizes = {
  standard: { body: 11, heading: 16, subheading: 13, margin: 40, header: 9 },
  large: { body: 16, heading: 24, subheading: 19, margin: 48, header: 16 },
} as const;


export function packDocument(input: PackInput): TDocumentDefinitions {
  const s = sizes[input.size];
  const name = printedName(input.person);
  const versionText = planVersionText(input.plan);
  const byKey = new Map(input.definitions.map((d) => [d.key, d]));
  const sections = input.plan?.content.sections ?? [];
  const profile = sections.find((x) => x.sectionKey === 'one_page_profile');
  const medication = sections.find((x) => x.sectionKey === 'medication');

  const content: Content[] = [
    { text: `Care and support pack`, style: 'title' },
    { text: name, style: 'heading' },
    { text: `Date of birth ${input.person.dateOfBirth}${input.person.nhsNumber ? `   NHS number ${formatNhsNumber(input.person.nhsNumber)}` : ''}` },
    { text: `Provided by ${input.providerName}. Keep this pack in the home for visiting staff, paramedics and GPs.`, margin: [0, s.body / 2, 0, 0] },
    alertsBlock(input, s.body),
    ...resuscitationBlock(input, s.body),
    ...communicationBlock(input, s.body),
    pageBreak(),
    { text: 'Service user guide', style: 'heading' },
    ...input.guide.sections.flatMap((g): Content[] => [{ text: g.title, style: 'subheading' }, { text: g.body, margin: [0, 0, 0, s.body / 2] }]),
    pageBreak(),
    { text: 'One-page profile: about me', style: 'heading' },
    ...(profile ? sectionBody(profile, byKey.get(profile.sectionKey)) : [{ text: 'Not written yet.' }]),
    pageBreak(),
    { text: 'My care and support plan', style: 'heading' },
    ...(input.plan
      ? [
          { text: `Version ${input.plan.version}, ${planStatusLabels[input.plan.status].toLowerCase()}${input.plan.agreement ? `, agreed on ${input.plan.agreement.date} by ${input.plan.agreement.agreedBy}` : ''}.` },
          ...sections
            .filter((x) => x.sectionKey !== 'one_page_profile' && x.sectionKey !== 'medication')
            .flatMap((x): Content[] => [{ text: byKey.get(x.sectionKey)?.title ?? x.sectionKey, style: 'subheading' }, ...sectionBody(x, byKey.get(x.sectionKey))]),
        ]
      : [{ text: 'There is no agreed plan yet. Ask the office for the current plan.' }]),
    pageBreak(),
    { text: 'Medication record', style: 'heading' },
    ...(medication
      ? [
          ...(medication.medicationSupportLevel ? [{ text: medicationSupportLevelLabels[medication.medicationSupportLevel], bold: true } as Content] : []),
          ...sectionBody(medication, byKey.get('medication')),
        ]
      : [{ text: 'No medication support is recorded in the plan.' }]),
    { text: 'The medication administration record (MAR) is kept with the medicines.', margin: [0, s.body / 2, 0, 0] },
  ];

  return {
    pageSize: 'A4',
    pageMargins: [s.margin, s.margin + s.header * 2, s.margin, s.margin + s.header],
    info: { title: `Care and support pack: ${input.person.legalName}`, subject: versionText, creator: 'Hearth' },
    ...pageFrame({ name, versionText, printedOn: input.printedOn, margin: s.margin, fontSize: s.header }),
    content,
    defaultStyle: { font: 'DejaVuSans', fontSize: s.body, lineHeight: 1.25 },
    styles: {
      title: { fontSize: s.heading + 4, bold: true, margin: [0, 0, 0, s.body] },
      heading: { fontSize: s.heading, bold: true, margin: [0, 0, 0, s.body / 2] },
      subheading: { fontSize: s.subheading, bold: true, margin: [0, s.body, 0, s.body / 3] },
      label: { bold: true },
    },
  };
}

function pageBreak(): Content {
  return { text: '', pageBreak: 'after' };
}

function alertsBlock(input: PackInput, body: number): Content {
  const alerts = input.person.alerts;
  return {
    margin: [0, body, 0, 0],
    table: {
      widths: ['*'],
      body: [[{
        stack: [
          { text: 'Allergies and alerts', bold: true },
          ...(alerts.length === 0
            ? [{ text: 'No known allergies or alerts recorded.' }]
            : alerts.map((a) => ({ text: `${a.kind === 'allergy' ? 'Allergy' : 'Alert'}: ${a.description}` }))),
        ],
        margin: [body / 2, body / 2, body / 2, body / 2],
      }]],
    },
  };
}

/**
 * Beside the allergies: whether CPR should be attempted and where the original form is, for a paramedic or GP at the
 * door. Paper goes out of date, so it sends the reader to the original. A "do not attempt CPR" box has a heavier border.
 */
function resuscitationBlock(input: PackInput, body: number): Content[] {
  const r = input.resuscitation;
  if (!r) return [];
  const border = r.cprNotToBeAttempted ? 3 : 1;
  return [{
    margin: [0, body, 0, 0],
    layout: { hLineWidth: () => border, vLineWidth: () => border },
    table: {
      widths: ['*'],
      body: [[{
        stack: [
          { text: 'ReSPECT and DNACPR', bold: true },
          { text: r.label, bold: r.cprNotToBeAttempted, fontSize: r.cprNotToBeAttempted ? body + 2 : body },
          ...(r.formLocation ? [{ text: `Original form: ${r.formLocation}` }] : []),
          ...(r.decidedOn ? [{ text: `Made on ${longDate(r.decidedOn)}.${r.reviewOn ? ` Review date ${longDate(r.reviewOn)}${r.reviewDue ? ': review due' : ''}.` : ''}` }] : []),
          ...(r.status === 'none' ? [] : [{ text: 'Always check the original form: it may have changed since this pack was printed.' }]),
        ],
        margin: [body / 2, body / 2, body / 2, body / 2],
      }]],
    },
  }];
}

/** Step 4 of the Accessible Information Standard, share: visiting professionals see how to communicate with the person. */
function communicationBlock(input: PackInput, body: number): Content[] {
  if (input.communicationFlag === undefined) return [];
  const flag = input.communicationFlag;
  return [{
    margin: [0, body, 0, 0],
    table: {
      widths: ['*'],
      body: [[{
        stack: [
          { text: 'Information and communication needs', bold: true },
          { text: flag === null ? 'Not yet recorded: ask the person how they would like information and how to communicate with them.' : flag.length === 0 ? 'No information or communication needs.' : `${flag.join('. ')}.` },
        ],
        margin: [body / 2, body / 2, body / 2, body / 2],
      }]],
    },
  }];
}

function sectionBody(section: SectionContent, definition: SectionDefinition | undefined): Content[] {
  if (section.notApplicable) return [{ text: `Does not apply: ${section.notApplicable.reason}` }];
  const out: Content[] = [];
  const promptLabel = (key: string) => definition?.prompts.find((p) => p.key === key)?.label ?? key;
  const asLabel = (label: string) => (/[?:]$/.test(label) ? `${label} ` : `${label}: `);
  for (const a of section.answers) out.push({ text: [{ text: asLabel(promptLabel(a.promptKey)), style: 'label' }, a.text] });
  if (section.strengths) out.push({ text: [{ text: 'What I can do: ', style: 'label' }, section.strengths] });
  if (section.needs) out.push({ text: [{ text: 'What I need: ', style: 'label' }, section.needs] });
  for (const c of section.checklist) {
    const checklist = definition?.checklists.find((x) => x.key === c.checklistKey);
    const item = checklist?.items.find((x) => x.key === c.itemKey)?.label ?? c.itemKey;
    out.push({ text: `${item}: ${supportLevelLabels[c.level]}${c.note ? ` (${c.note})` : ''}` });
  }
  if (section.steps.length > 0) {
    out.push({
      margin: [0, 4, 0, 4],
      table: {
        headerRows: 1,
        widths: ['auto', 'auto', '*', 'auto'],
        body: [
          [{ text: 'When', bold: true }, { text: 'Time', bold: true }, { text: 'What to do', bold: true }, { text: 'Who', bold: true }],
          ...inDayOrder(section.steps, (st) => st).map((st) => [st.when, st.time ?? '', st.what, st.who]),
        ],
      },
    });
  }
  for (const o of section.outcomes) out.push({ text: [{ text: 'My goal: ', style: 'label' }, `${o.goal} How: ${o.howMet} Who: ${o.whoInvolved}.${o.targetDate ? ` By ${o.targetDate}.` : ''}`] });
  for (const r of section.risks) out.push({ text: [{ text: 'Risk: ', style: 'label' }, `${r.risk} How it is managed: ${r.howManaged}`] });
  out.push(...riskAssessmentsBlock(section.riskAssessments));
  for (const e of section.equipment) out.push({ text: [{ text: 'Equipment: ', style: 'label' }, `${e.item}${e.notes ? ` (${e.notes})` : ''}`] });
  if (out.length === 0) out.push({ text: 'Not written yet.' });
  return out;
}
