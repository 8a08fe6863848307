// Renders a document to PDF with an embedded Unicode font (so Ŵ, Ł and Ż print), with no network access
// and no file access beyond the font files.
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

pdfmake.setFonts({
  DejaVuSans: {
    normal: path.join(fontDir, 'DejaVuSans.ttf'),
    bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
    italics: path.join(fontDir, 'DejaVuSans-Oblique.ttf'),
    bolditalics: path.join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(document).getBuffer();
}
