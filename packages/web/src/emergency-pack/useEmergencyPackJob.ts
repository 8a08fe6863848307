// Follows an emergency pack being prepared on the server: asks how far it has got every second until it is done or
// failed. A job the server no longer holds (Hearth restarted, or the finished pack was kept its while) is "gone".
import type { EmergencyPackJob } from '@hearth/core';
import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';
import { getEmergencyPack } from '../api/emergency-pack';

export type Followed =
  { kind: 'none' } | { kind: 'following'; job: EmergencyPackJob | null } | { kind: 'gone' } | { kind: 'unreachable' };

const everyMs = 1_000;
/** Answers missed in a row (no signal, Hearth down) before the page says it has lost track. */
const missesAllowed = 5;

export function useEmergencyPackJob(jobId: string | null): Followed {
  const [state, setState] = useState<Followed>(jobId ? { kind: 'following', job: null } : { kind: 'none' });

  useEffect(() => {
    if (!jobId) {
      setState({ kind: 'none' });
      return;
    }
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let misses = 0;
    const ask = async () => {
      try {
        const job = await getEmergencyPack(jobId);
        if (!isCurrent) return;
        misses = 0;
        setState({ kind: 'following', job });
        if (job.status === 'running') timer = setTimeout(() => void ask(), everyMs);
      } catch (error) {
        if (!isCurrent) return;
        if (isApiError(error, 'not_found')) {
          setState({ kind: 'gone' });
          return;
        }
        misses += 1;
        if (misses >= missesAllowed) setState({ kind: 'unreachable' });
        else timer = setTimeout(() => void ask(), everyMs);
      }
    };
    setState((s) => (s.kind === 'following' && s.job?.id === jobId ? s : { kind: 'following', job: null }));
    void ask();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  return state;
}
