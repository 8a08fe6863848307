// What a rendering worker thread does for the shared record (see render-worker.js): lay it out from the shared view
// and render it to PDF bytes with the pack's embedded font.
import { renderPdf } from './render-pdf.js';
import { sharedRecordDocument, type SharedRecordPrintInput } from './shared-record-document.js';

export async function renderSharedRecord(input: SharedRecordPrintInput): Promise<Uint8Array> {
  return renderPdf(sharedRecordDocument(input));
}
