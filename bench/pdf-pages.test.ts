import { describe, expect, test } from 'vitest';
import { renderPdf } from '../packages/server/src/pack/render-pdf.js';
import { pdfPageCount } from './pdf-pages.js';

describe('pdfPageCount', () => {
  test.each([1, 3, 20])('counts %i pages of a document Hearth renders', async (pages) => {
    const content = Array.from({ length: pages }, (_, i) => ({
      text: `Page ${i + 1}`,
      ...(i < pages - 1 ? { pageBreak: 'after' as const } : {}),
    }));
    const pdf = await renderPdf({ content, defaultStyle: { font: 'DejaVuSans' } });
    expect(pdfPageCount(pdf)).toBe(pages);
  });

  test('refuses what is not a PDF', () => {
    expect(() => pdfPageCount(Buffer.from('<html>'))).toThrow(/not a PDF/);
  });
});
