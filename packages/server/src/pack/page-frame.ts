// What every printed page about a person carries, in the pack and in the plan's other formats: their name and the
// plan version at the top, the print date and page number at the bottom, so a loose page is never anonymous.
import type { Content, DynamicContent } from 'pdfmake/interfaces.js';

/** "Eddie (Edith Clarke)", or the legal name alone when no other name is used. */
export function printedName(person: { legalName: string; preferredName: string | null }): string {
  return person.preferredName ? `${person.preferredName} (${person.legalName})` : person.legalName;
}

export function planVersionText(plan: { version: number } | null): string {
  return plan ? `Plan version ${plan.version}` : 'No agreed plan yet';
}

export interface PageFrameOptions {
  name: string;
  versionText: string;
  printedOn: string;
  /** The page margin, in points. */
  margin: number;
  /** The header and footer's font size, in points. */
  fontSize: number;
}

export function pageFrame(options: PageFrameOptions): { header: DynamicContent; footer: DynamicContent } {
  const { margin, fontSize } = options;
  return {
    header: (): Content => ({
      text: `${options.name}   ·   ${options.versionText}`,
      fontSize,
      margin: [margin, margin / 2, margin, 0],
    }),
    footer: (page: number, pages: number): Content => ({
      columns: [{ text: `Printed ${options.printedOn}` }, { text: `Page ${page} of ${pages}`, alignment: 'right' }],
      fontSize,
      margin: [margin, 0, margin, 0],
    }),
  };
}
