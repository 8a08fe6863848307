// `npm run hearth -- backup FILE` and `npm run hearth -- restore FILE`: the operator's backup and restore, against the
// embedded database (started if Hearth is not running) or DATABASE_URL.
import path from 'node:path';
import { BackupError } from '../backup/backup-file.js';
import { restoreBackup } from '../backup/restore-backup.js';
import { writeBackup } from '../backup/write-backup.js';
import { loadConfig } from '../config.js';
import { createDatabaseIfMissing, withDatabase } from '../db/database.js';
import { ownerConnection } from './owner-connection.js';

export async function runBackupCommand(command: 'backup' | 'restore', args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const target = args[0];
  if (target === undefined || args.length !== 1) {
    err(`Usage: npm run hearth -- ${command} FILE\n`);
    return 2;
  }
  const file = path.resolve(target);
  const owner = await ownerConnection(loadConfig());
  try {
    if (command === 'backup') {
      const summary = await writeBackup(owner.adminUrl, file, new Date());
      out(`Backed up ${summary.rows} rows from ${summary.tables} tables to ${summary.file}\nSHA-256 ${summary.sha256} (in ${summary.file}.sha256)\n`);
      return 0;
    }
    // A fresh embedded data folder has no database yet; a server named by DATABASE_URL must have one already.
    await createDatabaseIfMissing(withDatabase(owner.adminUrl, 'postgres'), new URL(owner.adminUrl).pathname.slice(1));
    const summary = await restoreBackup(owner.adminUrl, file);
    out(`Restored ${summary.rows} rows into ${summary.tables} tables from ${file}\n`);
    const problem = summary.audit.firstProblem;
    if (problem) {
      err(`The restored audit log FAILED verification: ${problem.problem.replace(/_/g, ' ')} in chain ${problem.chain}${problem.entryId !== null ? ` at entry id ${problem.entryId}` : ''}.\n`);
      return 1;
    }
    out(`Audit log verified: ${summary.audit.entriesChecked} entries in ${summary.audit.chainsChecked} chains.\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      err(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await owner.close();
  }
}
