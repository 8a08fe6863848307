// Fetches a file with the session and holds it as an object URL (revoked when replaced or left), so a refusal is
// shown on the page rather than as raw problem+json in a new tab. Used for packs, plans in other formats and the
// shared record's downloads.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client';

export type PreparedState<K extends string> =
  | { kind: 'idle' }
  | { kind: 'preparing'; key: K }
  | { kind: 'ready'; key: K; url: string; pages: number | null; attempt: number }
  | { kind: 'failed'; message: string; attempt: number };

export interface PreparedFileOptions {
  /** Pages in the file, when the screen should say so; null when unknown. */
  countPages?: (file: Blob) => Promise<number | null>;
  /** What to say when the server refuses or fails; by default the problem's own detail. */
  refusalMessage?: (error: unknown) => string;
}

export function defaultRefusalMessage(error: unknown): string {
  return isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'The file could not be produced. Try again.';
}

export function usePreparedFile<K extends string>(
  fetchFile: (key: K) => Promise<Blob>,
  options: PreparedFileOptions = {},
): { state: PreparedState<K>; prepare: (key: K) => void } {
  const [state, setState] = useState<PreparedState<K>>({ kind: 'idle' });
  const url = useRef<string | null>(null);
  const attempt = useRef(0);
  const isMounted = useRef(true);
  // Read when a file arrives, so callers may pass a fresh options object on every render.
  const latestOptions = useRef(options);
  latestOptions.current = options;

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

  const prepare = useCallback(
    (key: K) => {
      attempt.current += 1;
      const thisAttempt = attempt.current;
      release();
      setState({ kind: 'preparing', key });
      void (async () => {
        const { countPages, refusalMessage = defaultRefusalMessage } = latestOptions.current;
        try {
          const file = await fetchFile(key);
          const pages = countPages ? await countPages(file) : null;
          // Left the page, or asked again, while this one was prepared: keep nothing of it.
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          url.current = URL.createObjectURL(file);
          setState({ kind: 'ready', key, url: url.current, pages, attempt: thisAttempt });
        } catch (error) {
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          setState({ kind: 'failed', message: refusalMessage(error), attempt: thisAttempt });
        }
      })();
    },
    [fetchFile],
  );

  return { state, prepare };
}
