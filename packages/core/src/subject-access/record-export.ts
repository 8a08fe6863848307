// The contract of a record export as the API answers it: what was made, how big, and its checksum.
import { z } from 'zod';

export const recordExportSchema = z.object({
  id: z.uuid(),
  purpose: z.enum(['data_request', 'subject_access']),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the file as stored and sent, in hex. */
  sha256: z.string(),
  createdAt: z.string(),
});
export type RecordExport = z.infer<typeof recordExportSchema>;
