// Reads comma-separated text as spreadsheets write it (RFC 4180): quoted fields may hold commas, doubled quotes and
// line breaks. Each record keeps the line it starts on, so a problem can be shown against the line the user sees.

export interface CsvRecord {
  /** The line (from 1) the record starts on. */
  line: number;
  fields: string[];
}

export type CsvReading = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/** Every non-blank record of the text, or the first place it cannot be read. */
export function readCsv(text: string): CsvReading {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quotedFrom: number | null = null;
  let afterQuote = false;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    const blank = fields.length === 1 && fields[0]?.trim() === '';
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (quotedFrom !== null) {
      if (c === '"') {
        if (source.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else {
          quotedFrom = null;
          afterQuote = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && source.charAt(i + 1) !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && source.charAt(i + 1) === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      // Spaces after a closing quote are forgiven; anything else means the quotes do not match.
      if (c.trim() !== '') {
        return { ok: false, line, message: 'After a closing quote there must be a comma or the end of the line: a quote inside a quoted field is written twice ("")' };
      }
    } else if (c === '"' && !fieldStarted) {
      // Spaces before an opening quote are not part of the field.
      field = '';
      quotedFrom = line;
      fieldStarted = true;
    } else if (c === '"') {
      return { ok: false, line, message: 'A quote in the middle of a field: put the whole field in quotes and write the quote twice ("")' };
    } else {
      if (c.trim() !== '') fieldStarted = true;
      field += c;
    }
  }
  if (quotedFrom !== null) return { ok: false, line: quotedFrom, message: 'A quoted field starts here and is never closed' };
  endRecord();
  return { ok: true, records };
}

/** A field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value.trim() !== value ? `"${value.replace(/"/g, '""')}"` : value;
}
