// Files attached to a care and support plan (letters, reports, photographs): which kinds are accepted, how big,
// what a file may be called, and whether its bytes really are the kind it claims to be.
import { z } from 'zod';
import { isStorableText, optionalText } from '../schemas/common.js';
import { aboutSectionSchema, planContributorSchema } from './plan-comments.js';

/** The largest file accepted. Files live in the database, so this also bounds how fast a backup grows. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;

export const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

export const attachmentMediaTypeLabels: Record<AttachmentMediaType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'text/plain': 'Text file',
};

const extensions: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'text/plain': ['txt'],
};

const kindNames: Record<AttachmentMediaType, string> = {
  'application/pdf': 'a PDF',
  'image/jpeg': 'a JPEG image',
  'image/png': 'a PNG image',
  'text/plain': 'a plain text file',
};

export const acceptedFilesDescription = 'a PDF, JPEG, PNG or plain text file';

/** The media type of a Content-Type header, without parameters; null when it is not one Hearth accepts. */
export function attachmentMediaType(contentType: string | undefined | null): AttachmentMediaType | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'image/jpeg';
  return (attachmentMediaTypes as readonly string[]).includes(type) ? (type as AttachmentMediaType) : null;
}

/** A media type from a file's name, for browsers that give none (or a generic one). */
export function mediaTypeFromFileName(name: string): AttachmentMediaType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!extension) return null;
  return attachmentMediaTypes.find((t) => extensions[t].includes(extension)) ?? null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Whether the bytes are what the declared type says: a renamed program or web page is refused. */
export function contentMatchesMediaType(bytes: Uint8Array, mediaType: AttachmentMediaType): boolean {
  switch (mediaType) {
    case 'application/pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'text/plain':
      return isPlainText(bytes);
  }
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    return isStorableText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

// Control characters, and the bidirectional overrides that can make "gpj.exe" display as "exe.jpg".
const unsafeInName = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Characters Windows will not allow in a file name: replaced so a downloaded file saves as named.
const reservedInName = /[<>:"|?*]/g;

/**
 * A file name that is safe to store, show and offer for download: the last part of any path, without control
 * or direction-changing characters, at most 200 characters (UTF-16 units), ending in an extension that matches its type.
 * Null when nothing readable is left.
 */
export function sanitiseFileName(raw: string, mediaType: AttachmentMediaType): string | null {
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .normalize('NFC')
    .replace(loneSurrogate, '')
    .replace(unsafeInName, '')
    .replace(reservedInName, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (cleaned === '' || !/[\p{L}\p{N}]/u.test(cleaned)) return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(cleaned)?.[1];
  const hasRightExtension = extension !== undefined && extensions[mediaType].includes(extension.toLowerCase());
  const base = hasRightExtension ? cleaned.slice(0, -(extension.length + 1)) : cleaned;
  const ending = `.${hasRightExtension ? extension : (extensions[mediaType][0] ?? 'bin')}`;
  return `${shortenToWholeCharacters(base, MAX_FILE_NAME_LENGTH - ending.length).trimEnd()}${ending}`;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** At most `max` UTF-16 units, cut only between whole characters, so no emoji or accented letter is split. */
function shortenToWholeCharacters(text: string, max: number): string {
  let result = '';
  for (const { segment } of graphemes.segment(text)) {
    if (result.length + segment.length > max) break;
    result += segment;
  }
  return result;
}

export interface AttachmentProblem {
  field: 'file' | 'fileName';
  message: string;
}

/** Every reason a file cannot be attached, in the order a person would fix them. */
export function problemsWithAttachment(file: {
  fileName: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
}): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (file.bytes.length === 0) problems.push({ field: 'file', message: 'The file is empty: choose another file' });
  else if (file.bytes.length > MAX_ATTACHMENT_BYTES)
    problems.push({ field: 'file', message: 'The file must be 10 MB or smaller' });
  else if (!contentMatchesMediaType(file.bytes, file.mediaType)) {
    problems.push({
      field: 'file',
      message: `The file is labelled as ${kindNames[file.mediaType]} but its contents are not: choose ${acceptedFilesDescription}`,
    });
  }
  if (sanitiseFileName(file.fileName, file.mediaType) === null)
    problems.push({ field: 'fileName', message: 'Give the file a name with letters or numbers in it' });
  return problems;
}

/** What comes with the file's bytes, as query parameters, so the body can be the file itself. */
export const attachmentUploadQuerySchema = z.object({
  fileName: z
    .string({ error: 'Give the file a name' })
    .min(1, { error: 'Give the file a name' })
    .max(1000, { error: 'The file name is too long' }),
  sectionKey: aboutSectionSchema,
  description: optionalText(500, 'description'),
});
export type AttachmentUploadQuery = z.infer<typeof attachmentUploadQuerySchema>;

export const planAttachmentSchema = z.object({
  id: z.uuid(),
  planVersion: z.number().int(),
  sectionKey: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  addedBy: planContributorSchema,
  addedAt: z.string(),
});
export type PlanAttachment = z.infer<typeof planAttachmentSchema>;

export const planAttachmentsSchema = z.array(planAttachmentSchema);
export const attachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });

/** A size as people say it: "812 KB", "2.4 MB". */
export function describeFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
