import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_FILE_NAME_LENGTH,
  attachmentMediaType,
  attachmentMediaTypes,
  contentMatchesMediaType,
  describeFileSize,
  mediaTypeFromFileName,
  problemsWithAttachment,
  sanitiseFileName,
  type AttachmentMediaType,
} from './plan-attachments.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const pdf = ascii('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46);

describe('the media types accepted', () => {
  test.each([
    ['application/pdf', 'application/pdf'],
    ['Application/PDF; charset=binary', 'application/pdf'],
    ['image/jpg', 'image/jpeg'],
    ['image/png', 'image/png'],
    ['text/plain; charset=utf-8', 'text/plain'],
    ['text/html', null],
    ['application/octet-stream', null],
    ['image/svg+xml', null],
    ['', null],
    [undefined, null],
  ])('%j is %j', (header, expected) => {
    expect(attachmentMediaType(header)).toBe(expected);
  });

  test.each([
    ['letter.PDF', 'application/pdf'],
    ['photo.jpeg', 'image/jpeg'],
    ['notes.txt', 'text/plain'],
    ['page.html', null],
    ['no-extension', null],
  ])('a file called %j is taken as %j', (name, expected) => {
    expect(mediaTypeFromFileName(name)).toBe(expected);
  });
});

describe('whether the bytes are what the type says', () => {
  test.each<[string, Uint8Array, AttachmentMediaType, boolean]>([
    ['a PDF as PDF', pdf, 'application/pdf', true],
    ['a PNG as PNG', png, 'image/png', true],
    ['a JPEG as JPEG', jpeg, 'image/jpeg', true],
    ['UTF-8 text as text', ascii('Visit notes: Gwenllian Ŵyn ate well 👍\r\n'), 'text/plain', true],
    ['a PNG labelled PDF', png, 'application/pdf', false],
    ['a PDF labelled PNG', pdf, 'image/png', false],
    ['a web page labelled PDF', ascii('<html><script>alert(1)</script>'), 'application/pdf', false],
    ['a web page labelled JPEG', ascii('<html>'), 'image/jpeg', false],
    ['a PNG labelled text', png, 'text/plain', false],
    ['bytes that are not UTF-8 labelled text', bytes(0x48, 0xc3, 0x28), 'text/plain', false],
    ['a truncated PDF header', ascii('%PDF'), 'application/pdf', false],
    ['a truncated JPEG header', bytes(0xff, 0xd8), 'image/jpeg', false],
  ])('%s: %s', (_label, content, type, expected) => {
    expect(contentMatchesMediaType(content, type)).toBe(expected);
  });
});

describe('file names', () => {
  test.each<[string, AttachmentMediaType, string | null]>([
    ['GP letter 23 Nov.pdf', 'application/pdf', 'GP letter 23 Nov.pdf'],
    ['C:\\Users\\ruth\\Documents\\Discharge summary.pdf', 'application/pdf', 'Discharge summary.pdf'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['photo.JPG', 'image/jpeg', 'photo.JPG'],
    ['report.html', 'application/pdf', 'report.html.pdf'],
    ['scan', 'image/png', 'scan.png'],
    ['bad\u0000name\u0007.txt', 'text/plain', 'badname.txt'],
    ['invoice\u202Egpj.pdf', 'application/pdf', 'invoicegpj.pdf'],
    ['what? "this" <is>.pdf', 'application/pdf', 'what_ _this_ _is_.pdf'],
    ['  spaced    out   name .pdf ', 'application/pdf', 'spaced out name.pdf'],
    ['.hidden.pdf', 'application/pdf', 'hidden.pdf'],
    ['Asesiad Gofal – Ŵyn.pdf', 'application/pdf', 'Asesiad Gofal – Ŵyn.pdf'],
    ['...', 'application/pdf', null],
    ['   ', 'text/plain', null],
    ['folder/', 'application/pdf', null],
    ['***', 'image/png', null],
  ])('%j as %s becomes %j', (raw, type, expected) => {
    expect(sanitiseFileName(raw, type)).toBe(expected);
  });

  test('a long name is shortened to 200 characters, keeping its extension', () => {
    const name = sanitiseFileName(`${'Assessment '.repeat(40)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name?.endsWith('.pdf')).toBe(true);
  });

  test('shortening never splits a character made of several code units', () => {
    const name = sanitiseFileName(`a${'👩🏽'.repeat(150)}.png`, 'image/png') ?? '';
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/^a(👩🏽)+\.png$/u);
  });

  test('whatever is given, a name is safe: no path, no control characters, not too long, the right extension', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 400 }),
        fc.constantFrom(...attachmentMediaTypes),
        (raw, type) => {
          const name = sanitiseFileName(raw, type);
          if (name === null) return;
          expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
          expect(name).not.toMatch(/[/\\\u0000-\u001F\u007F\u202A-\u202E]/);
          expect(name.startsWith('.')).toBe(false);
          expect(mediaTypeFromFileName(name)).toBe(type);
        },
      ),
    );
  });
});

describe('everything wrong with a file', () => {
  test('a good file has no problems', () => {
    expect(problemsWithAttachment({ fileName: 'letter.pdf', mediaType: 'application/pdf', bytes: pdf })).toEqual([]);
  });
  test('an empty file, a mislabelled file and a name with nothing readable are each named', () => {
    expect(problemsWithAttachment({ fileName: 'letter.pdf', mediaType: 'application/pdf', bytes: new Uint8Array() })).toEqual([
      { field: 'file', message: 'The file is empty: choose another file' },
    ]);
    expect(problemsWithAttachment({ fileName: '...', mediaType: 'application/pdf', bytes: png })).toEqual([
      {
        field: 'file',
        message: 'The file is labelled as a PDF but its contents are not: choose a PDF, JPEG, PNG or plain text file',
      },
      { field: 'fileName', message: 'Give the file a name with letters or numbers in it' },
    ]);
  });
  test('a file one byte over the limit is refused; one at the limit is not', () => {
    const atLimit = new Uint8Array(MAX_ATTACHMENT_BYTES);
    atLimit.set(pdf);
    expect(problemsWithAttachment({ fileName: 'big.pdf', mediaType: 'application/pdf', bytes: atLimit })).toEqual([]);
    const over = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    over.set(pdf);
    expect(problemsWithAttachment({ fileName: 'big.pdf', mediaType: 'application/pdf', bytes: over })).toEqual([
      { field: 'file', message: 'The file must be 10 MB or smaller' },
    ]);
  });
});

test.each([
  [512, '512 bytes'],
  [2048, '2 KB'],
  [2.4 * 1024 * 1024, '2.4 MB'],
])('%d bytes is described as %j', (size, expected) => {
  expect(describeFileSize(size)).toBe(expected);
});
