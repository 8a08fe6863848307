// Where one ABC record and a correction of it live, beside the fixed behaviour support paths.
import { behaviourSupportPaths } from '../behaviour-support/paths';

export const abcRecordPath = (personId: string, recordId: string) => `${behaviourSupportPaths.abc(personId)}/${recordId}`;
export const abcCorrectionPath = (personId: string, recordId: string) =>
  `${behaviourSupportPaths.abcNew(personId)}?supersedes=${encodeURIComponent(recordId)}`;
