// Small facts about a printed pack for the screen: its file name, its page count and how long to wait when busy.
import type { PackSize } from '../../api/pack';
import { surnameFileStem } from '../../files/file-stem';

/** pack-<surname>-v<version>-<size>.pdf, so several packs saved in one folder can be told apart. */
export function packFileName(legalName: string, version: number | null, size: PackSize): string {
  return ['pack', surnameFileStem(legalName), ...(version === null ? [] : [`v${version}`]), size].join('-') + '.pdf';
}

/**
 * Pages in a PDF, counted from its page objects (the server's renderer writes them uncompressed).
 * Null when none are found, so the screen says nothing rather than something wrong.
 */
export async function countPdfPages(pdf: Blob): Promise<number | null> {
  const text = new TextDecoder('latin1').decode(await pdf.arrayBuffer());
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}

/** "Try again in 5 seconds." from Retry-After; minutes once it is a minute or more. */
export function retryAdvice(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, seconds);
    return `Try again in ${s} ${s === 1 ? 'second' : 'seconds'}.`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
