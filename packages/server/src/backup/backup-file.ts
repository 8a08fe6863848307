// The backup file: gzip-compressed JSON lines, beside a SHA-256 checksum file that restore checks before reading.
//   {"format":"hearth-backup",…}   the header: when, which schema (migrations applied), each table's row count
//   ["table","people"]             then that table's rows, one JSON object per line (row_to_json, so types survive)
//   ["sequences",[…]]              where each sequence stood, so new ids continue after the restored ones
//   ["end",{"tables":…,"rows":…}]  the trailer: a file cut short has none, and is refused
// Markers are arrays and rows are objects, so no column name can be mistaken for a marker.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const backupFormat = 'hearth-backup';
export const backupFormatVersion = 1;

export interface BackupHeader {
  format: typeof backupFormat;
  version: typeof backupFormatVersion;
  createdAt: string;
  /** How many migrations the database had: a backup restores only into the same schema. */
  migrations: number;
  tables: { name: string; rows: number }[];
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export type BackupMarker = ['table', string] | ['sequences', SequenceState[]] | ['end', { tables: number; rows: number }];

export class BackupError extends Error {}

export function checksumPath(file: string): string {
  return `${file}.sha256`;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** In sha256sum's format, so `sha256sum -c FILE.sha256` checks it too. */
export async function writeChecksum(file: string): Promise<string> {
  const digest = await sha256OfFile(file);
  await writeFile(checksumPath(file), `${digest}  ${path.basename(file)}\n`);
  return digest;
}

export async function verifyChecksum(file: string): Promise<string> {
  let recorded: string;
  try {
    recorded = (await readFile(checksumPath(file), 'utf8')).trim().split(/\s+/)[0] ?? '';
  } catch {
    throw new BackupError(`No checksum file beside the backup (${checksumPath(file)}): a backup is restored only when it can be checked`);
  }
  const actual = await sha256OfFile(file);
  if (recorded !== actual) throw new BackupError('The backup does not match its checksum: it has been changed or damaged, so nothing was restored');
  return actual;
}
