// The work one pack-rendering worker thread does: lay out the pack and render it to PDF bytes. It receives the
// pack's plain data, not a document definition, because the page header and footer are functions, which cannot
// cross to a thread; packDocument builds them here.
import { packDocument, type PackInput } from './pack-document.js';
import { renderPdf } from './render-pdf.js';

export async function renderPack(input: PackInput): Promise<Uint8Array> {
  return renderPdf(packDocument(input));
}
