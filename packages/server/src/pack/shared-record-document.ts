// Lays out the shared record as a reader may see it now, from the shared view alone: in large print (16 pt and up,
// headings larger, the plan sections, capacity and legal authority, behaviour support, then each visit's notes, then
// what the reader added) or in easy read.
import {
  contactEntryKindLabels,
  easyReadSharedRecord,
  recordPartLabels,
  sharedBehaviourSupportBlocks,
  sharedBehaviourSupportHeading,
  sharedCapacityHeading,
  type SharedBlock,
  type SharedRecordView,
} from '@hearth/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { londonDate, longDate } from '../dates.js';
import { easyReadLayout } from './easy-read-document.js';
import { pageFrame, printedName } from './page-frame.js';

export type SharedPrintFormat = 'large_print' | 'easy_read';

export interface SharedRecordPrintInput {
  format: SharedPrintFormat;
  view: SharedRecordView;
  /** The print date as people read it, for example "23 November 2026". */
  printedOn: string;
}

const size = { body: 16, title: 28, heading: 24, subheading: 20, part: 17, margin: 48, frame: 16 } as const;

/** Every page's header: the name, and which record this is (a loose page is never anonymous). */
function frameText(view: SharedRecordView): string {
  return view.plan ? `Shared record, plan version ${view.plan.version}` : 'Shared record';
}

function blocksContent(blocks: readonly SharedBlock[]): Content[] {
  return blocks.flatMap((block): Content[] => [
    { text: block.heading, style: 'part' },
    ...block.lines.map((line): Content => ({ text: line, margin: [0, 0, 0, size.body / 3] })),
  ]);
}

function largePrintDocument(input: SharedRecordPrintInput): TDocumentDefinitions {
  const { view } = input;
  const name = printedName({ legalName: view.person.name, preferredName: view.person.preferredName });
  const shared = view.parts.length === 0 ? 'nothing beyond who this is' : view.parts.map((p) => recordPartLabels[p]).join('; ');
  const content: Content[] = [
    { text: `The shared record of ${name}`, style: 'title' },
    { text: `What is shared with you: ${shared}.` },
  ];
  const needs = view.person.communicationNeeds ?? [];
  if (needs.length > 0) content.push({ text: 'How I want information', style: 'heading' }, { ul: needs });
  if (view.parts.some((p) => p !== 'daily_records')) {
    content.push({ text: 'Care and support plan', style: 'heading' });
    content.push({
      text: view.plan
        ? `Plan version ${view.plan.version}${view.plan.agreedOn ? `, agreed on ${longDate(view.plan.agreedOn)}` : ''}. Only the sections shared with you are here.`
        : 'There is no agreed plan yet.',
    });
    for (const section of view.planSections) {
      content.push({ text: section.title, style: 'subheading' });
      content.push(...(section.blocks.length === 0 ? [{ text: 'Not written yet.' }] : blocksContent(section.blocks)));
    }
  }
  if (view.capacity !== null) {
    content.push({ text: sharedCapacityHeading, style: 'heading' });
    if (view.capacity.length === 0) content.push({ text: 'Nothing recorded.' });
    content.push(...blocksContent(view.capacity));
  }
  if (view.behaviourSupport !== null) {
    content.push({ text: sharedBehaviourSupportHeading, style: 'heading' });
    content.push(...blocksContent(sharedBehaviourSupportBlocks(view.behaviourSupport)));
  }
  if (view.dailyRecords !== null) {
    content.push({ text: 'Daily records of visits', style: 'heading', pageBreak: content.length > 2 ? 'before' : undefined });
    if (view.dailyRecords.length === 0) content.push({ text: 'No visits recorded in the last month.' });
    for (const record of view.dailyRecords) {
      content.push({ text: record.title, style: 'subheading' }, { text: `Recorded by ${record.recordedByName}.` }, ...blocksContent(record.blocks));
    }
  }
  if (view.entries.length > 0) {
    content.push({ text: 'What you have added', style: 'heading' });
    for (const entry of view.entries) {
      content.push({ text: `${contactEntryKindLabels[entry.kind]}, ${longDate(londonDate(new Date(entry.createdAt)))}`, style: 'part' }, { text: entry.text });
    }
  }
  return {
    pageSize: 'A4',
    pageMargins: [size.margin, size.margin + size.frame * 2, size.margin, size.margin + size.frame],
    info: { title: `Shared record in large print: ${view.person.name}`, subject: frameText(view), creator: 'Hearth' },
    ...pageFrame({ name, versionText: frameText(view), printedOn: input.printedOn, margin: size.margin, fontSize: size.frame }),
    content,
    defaultStyle: { font: 'DejaVuSans', fontSize: size.body, lineHeight: 1.3 },
    styles: {
      title: { fontSize: size.title, bold: true, margin: [0, 0, 0, size.body] },
      heading: { fontSize: size.heading, bold: true, margin: [0, size.body * 1.5, 0, size.body / 2] },
      subheading: { fontSize: size.subheading, bold: true, margin: [0, size.body, 0, size.body / 3] },
      part: { fontSize: size.part, bold: true, margin: [0, size.body / 2, 0, size.body / 4] },
    },
  };
}

export function sharedRecordDocument(input: SharedRecordPrintInput): TDocumentDefinitions {
  if (input.format === 'large_print') return largePrintDocument(input);
  const { view } = input;
  return easyReadLayout({
    blocks: easyReadSharedRecord(view),
    title: `Shared record in easy read: ${view.person.name}`,
    name: printedName({ legalName: view.person.name, preferredName: view.person.preferredName }),
    versionText: frameText(view),
    printedOn: input.printedOn,
  });
}
