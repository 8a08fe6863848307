// Fetches a person's pack with the session and holds it as an object URL, revoked when replaced or left.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { fetchPack, type PackSize } from '../../api/pack';
import { countPdfPages, retryAdvice } from './pack-file';

export type PrintState =
  | { kind: 'idle' }
  | { kind: 'preparing'; size: PackSize }
  | { kind: 'ready'; size: PackSize; url: string; pages: number | null; attempt: number }
  | { kind: 'failed'; message: string; attempt: number };

export function usePrintPack(personId: string): { state: PrintState; print: (size: PackSize) => void } {
  const [state, setState] = useState<PrintState>({ kind: 'idle' });
  const url = useRef<string | null>(null);
  const attempt = useRef(0);
  const isMounted = useRef(true);

  const release = () => {
    if (url.current !== null) URL.revokeObjectURL(url.current);
    url.current = null;
  };

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      release();
    };
  }, []);

  const print = useCallback(
    (size: PackSize) => {
      attempt.current += 1;
      const thisAttempt = attempt.current;
      release();
      setState({ kind: 'preparing', size });
      void (async () => {
        try {
          const pdf = await fetchPack(personId, size);
          const pages = await countPdfPages(pdf);
          // Left the page, or asked again, while this one was printing: keep nothing of it.
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          url.current = URL.createObjectURL(pdf);
          setState({ kind: 'ready', size, url: url.current, pages, attempt: thisAttempt });
        } catch (error) {
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          setState({ kind: 'failed', message: refusalMessage(error), attempt: thisAttempt });
        }
      })();
    },
    [personId],
  );

  return { state, print };
}

function refusalMessage(error: unknown): string {
  if (!isApiError(error)) return 'The pack could not be printed. Try again.';
  const detail = error.problem.detail ?? error.problem.title;
  return error.status === 503 && error.retryAfterSeconds !== undefined ? `${detail} ${retryAdvice(error.retryAfterSeconds)}` : detail;
}
