// Lays out the plan in easy read: large type (18 pt, never under 16), one idea per line, short lines beside an empty
// box for a picture at every heading, generous space, and the name, plan version and print date on every page.
import { easyReadPlan, type EasyReadBlock, type PlanVersion, type SectionDefinition } from '@hearth/core';
import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { pageFrame, planVersionText, printedName } from './page-frame.js';

export interface EasyReadInput {
  person: { legalName: string; preferredName: string | null };
  plan: PlanVersion | null;
  definitions: readonly SectionDefinition[];
  /** The print date as people read it, for example "23 November 2026". */
  printedOn: string;
}

const size = { body: 18, heading: 26, part: 22, frame: 16, margin: 48, lineGap: 10 } as const;
/** A picture box beside each heading: larger for a section, smaller for a part of it. */
const pictureBox = { 1: 96, 2: 72 } as const;

function pictureSpace(side: number): Column {
  return {
    width: side,
    canvas: [{ type: 'rect', x: 0, y: 0, w: side, h: side, r: 8, lineWidth: 1.5, lineColor: '#4c6272', dash: { length: 5 } }],
  };
}

function blockContent(block: EasyReadBlock, first: boolean): Content {
  const side = pictureBox[block.level];
  return {
    margin: [0, first ? 0 : size.body * (block.level === 1 ? 2 : 1), 0, 0],
    columnGap: 20,
    columns: [
      pictureSpace(side),
      {
        width: '*',
        stack: [
          { text: block.heading, style: block.level === 1 ? 'heading' : 'part' },
          ...block.lines.map((line): Content => ({ text: line, margin: [0, 0, 0, size.lineGap] })),
        ],
      },
    ],
  };
}

export function easyReadDocument(input: EasyReadInput): TDocumentDefinitions {
  const blocks = easyReadPlan({
    name: input.person.preferredName ?? input.person.legalName,
    plan: input.plan,
    definitions: input.definitions,
  });
  return easyReadLayout({
    blocks,
    title: `Care and support plan in easy read: ${input.person.legalName}`,
    name: printedName(input.person),
    versionText: planVersionText(input.plan),
    printedOn: input.printedOn,
  });
}

export interface EasyReadLayoutInput {
  blocks: readonly EasyReadBlock[];
  /** The PDF's title, for the reader's software. */
  title: string;
  /** Printed at the top of every page, with `versionText`. */
  name: string;
  versionText: string;
  printedOn: string;
}

/** Any easy-read blocks on large, spacious pages: the plan's and the shared record's alike. */
export function easyReadLayout(input: EasyReadLayoutInput): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [size.margin, size.margin + size.frame * 2, size.margin, size.margin + size.frame],
    info: { title: input.title, subject: input.versionText, creator: 'Hearth' },
    ...pageFrame({ name: input.name, versionText: input.versionText, printedOn: input.printedOn, margin: size.margin, fontSize: size.frame }),
    content: input.blocks.map((block, i) => blockContent(block, i === 0)),
    defaultStyle: { font: 'DejaVuSans', fontSize: size.body, lineHeight: 1.4 },
    styles: {
      heading: { fontSize: size.heading, bold: true, margin: [0, 0, 0, size.lineGap] },
      part: { fontSize: size.part, bold: true, margin: [0, 0, 0, size.lineGap] },
    },
  };
}
