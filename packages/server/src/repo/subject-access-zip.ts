// The files of a subject access export as one zip: text as UTF-8, every file stamped with the export's time.
import type { SubjectAccessFile } from '@hearth/core';
import { zipSync, type Zippable } from 'fflate';

export function zipBundle(files: readonly SubjectAccessFile[], at: Date): Buffer {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const file of files) {
    const bytes = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
    // Files already compressed (photographs, PDFs) are stored as they are; text is deflated.
    entries[file.path] = [bytes, { level: typeof file.content === 'string' ? 6 : 0 }];
  }
  return Buffer.from(zipSync(entries, { mtime: at }));
}
