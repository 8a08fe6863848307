// Fetches a file with the session and holds it as an object URL (revoked when replaced or left), so a refusal is
// shown on the page rather than as raw problem+json in a new tab.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client';

export type PreparedState<K extends string> =
  | { kind: 'idle' }
  | { kind: 'preparing'; key: K }
  | { kind: 'ready'; key: K; url: string; attempt: number }
  | { kind: 'failed'; message: string; attempt: number };

export function usePreparedFile<K extends string>(
  fetchFile: (key: K) => Promise<Blob>,
): { state: PreparedState<K>; prepare: (key: K) => void } {
  const [state, setState] = useState<PreparedState<K>>({ kind: 'idle' });
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

  const prepare = useCallback(
    (key: K) => {
      attempt.current += 1;
      const thisAttempt = attempt.current;
      release();
      setState({ kind: 'preparing', key });
      void (async () => {
        try {
          const file = await fetchFile(key);
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          url.current = URL.createObjectURL(file);
          setState({ kind: 'ready', key, url: url.current, attempt: thisAttempt });
        } catch (error) {
          if (!isMounted.current || thisAttempt !== attempt.current) return;
          setState({
            kind: 'failed',
            message: isApiError(error)
              ? (error.problem.detail ?? error.problem.title)
              : 'The file could not be produced. Try again.',
            attempt: thisAttempt,
          });
        }
      })();
    },
    [fetchFile],
  );

  return { state, prepare };
}
