// Counts the pages of a PDF Hearth printed. pdfmake (pdfkit) writes every page object in plain text, never inside a
// compressed object stream, so each page is one "/Type /Page" dictionary; "/Type /Pages" is the page tree itself.
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('this is not a PDF');
  if (/\/Type\s*\/ObjStm\b/.test(text))
    throw new Error('this PDF keeps objects in compressed streams, which this count cannot see into');
  return [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}
