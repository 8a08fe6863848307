// Lays out the emergency pack's cover: which service, when and by whom it was printed, who is in it and on
// which page each person's pack starts, and who is not in it and why, so a reader in a hurry finds the right
// pages and knows whose information must be found elsewhere.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { longDate } from '../dates.js';

export interface EmergencyCoverPerson {
  /** As printed on the person's own pages, for example "Eddie (Edith Clarke)". */
  name: string;
  dateOfBirth: string;
  planVersion: number | null;
}

export interface EmergencyCoverInput {
  serviceName: string;
  /** For a round's pack, whose round and which day, for example "Carla Reid's round on Thursday 5 March 2026". */
  round?: string | null;
  providerName: string;
  /** When it was printed, as people read it: "23 November 2026 at 14:05". */
  printedAt: string;
  printedBy: string;
  people: EmergencyCoverPerson[];
  skipped: { name: string; reason: string }[];
}

const size = { body: 11, heading: 16, title: 22, margin: 40, frame: 9 } as const;

/** `firstPages[i]` is the page of the whole PDF on which person i's pack starts. */
export function emergencyCoverDocument(input: EmergencyCoverInput, firstPages: readonly number[]): TDocumentDefinitions {
  const count = input.people.length === 1 ? '1 person' : `${input.people.length} people`;
  const content: Content[] = [
    { text: 'Emergency pack', style: 'title' },
    { text: input.serviceName, style: 'heading' },
    ...(input.round ? [{ text: input.round, style: 'heading' }] : []),
    { text: `Provided by ${input.providerName}. Printed ${input.printedAt} by ${input.printedBy}.` },
    {
      text: `This pack holds the care and support pack of ${count}, in the order below. Each person's pages carry their name at the top. It holds the plans in use when it was printed: print a new one when a plan changes.`,
      margin: [0, size.body / 2, 0, size.body / 2],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 'auto', 'auto', 'auto'],
        body: [
          [{ text: 'Person', bold: true }, { text: 'Date of birth', bold: true }, { text: 'Plan', bold: true }, { text: 'Starts on page', bold: true }],
          ...input.people.map((p, i) => [
            p.name,
            longDate(p.dateOfBirth),
            p.planVersion === null ? 'No agreed plan' : `Version ${p.planVersion}`,
            String(firstPages[i] ?? ''),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
  if (input.skipped.length > 0) {
    content.push(
      { text: 'Not in this pack', style: 'heading', margin: [0, size.body, 0, size.body / 2] },
      { text: 'There is no pack to print for these people. Ask the office for what is known about their care.' },
      { ul: input.skipped.map((s) => `${s.name}: ${s.reason}`), margin: [0, size.body / 2, 0, 0] },
    );
  }
  return {
    info: { title: `Emergency pack: ${input.serviceName}${input.round ? ` (${input.round})` : ''}`, creator: 'Hearth', producer: 'Hearth' },
    pageSize: 'A4',
    pageMargins: [size.margin, size.margin + size.frame * 2, size.margin, size.margin + size.frame],
    header: (): Content => ({ text: `Emergency pack   ·   ${input.serviceName}${input.round ? `   ·   ${input.round}` : ''}`, fontSize: size.frame, margin: [size.margin, size.margin / 2, size.margin, 0] }),
    footer: (page: number, pages: number): Content => ({
      columns: [{ text: `Printed ${input.printedAt}` }, { text: `Cover page ${page} of ${pages}`, alignment: 'right' }],
      fontSize: size.frame,
      margin: [size.margin, 0, size.margin, 0],
    }),
    content,
    defaultStyle: { font: 'DejaVuSans', fontSize: size.body, lineHeight: 1.3 },
    styles: {
      title: { fontSize: size.title, bold: true, margin: [0, 0, 0, size.body / 2] },
      heading: { fontSize: size.heading, bold: true, margin: [0, 0, 0, size.body / 2] },
    },
  };
}
