// What a rendering worker thread does for an easy-read plan (see render-worker.js): lay it out from plain data and
// render it to PDF bytes with the pack's embedded font.
import { easyReadDocument, type EasyReadInput } from './easy-read-document.js';
import { renderPdf } from './render-pdf.js';

export async function renderEasyRead(input: EasyReadInput): Promise<Uint8Array> {
  return renderPdf(easyReadDocument(input));
}
