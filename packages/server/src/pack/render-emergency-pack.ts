// The work of putting an emergency pack together, on a pack-rendering worker thread: count each person's pages,
// lay out the cover with the page each pack starts on, and join cover and packs into one PDF with pdf-lib.
import { PDFDocument } from 'pdf-lib';
import { emergencyCoverDocument, type EmergencyCoverInput } from './emergency-pack-cover.js';
import { renderPdf } from './render-pdf.js';

export interface EmergencyPackTask {
  cover: EmergencyCoverInput;
  /** Each person's pack as the single print produces it, in the order of `cover.people`. */
  packs: Uint8Array[];
}

/** A cover longer than this many tries to settle would need thousands of people: it is used as laid out. */
const coverLayoutTries = 3;

export async function renderEmergencyPack(task: EmergencyPackTask): Promise<Uint8Array> {
  if (task.packs.length !== task.cover.people.length) throw new Error('every person on the cover needs a pack');
  const packs = await Promise.all(task.packs.map((bytes) => PDFDocument.load(bytes)));
  // The cover's own length moves the page every pack starts on, so it is laid out until its length settles.
  let coverPages = 1;
  let cover = await layOutCover(task.cover, packs, coverPages);
  for (let i = 1; i < coverLayoutTries && cover.getPageCount() !== coverPages; i++) {
    coverPages = cover.getPageCount();
    cover = await layOutCover(task.cover, packs, coverPages);
  }

  const whole = await PDFDocument.create();
  whole.setTitle(`Emergency pack: ${task.cover.serviceName}`);
  whole.setCreator('Hearth');
  whole.setProducer('Hearth');
  for (const part of [cover, ...packs]) {
    for (const page of await whole.copyPages(part, part.getPageIndices())) whole.addPage(page);
  }
  // Without object streams each page stays a plain object, which the web app counts to say how many pages.
  return whole.save({ useObjectStreams: false });
}

async function layOutCover(input: EmergencyCoverInput, packs: readonly PDFDocument[], coverPages: number): Promise<PDFDocument> {
  let next = coverPages + 1;
  const firstPages = packs.map((pack) => {
    const first = next;
    next += pack.getPageCount();
    return first;
  });
  return PDFDocument.load(await renderPdf(emergencyCoverDocument(input, firstPages)));
}
