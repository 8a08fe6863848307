// Keeps the records of the worker's upcoming visits on the phone while they are signed in with signal: when the app
// starts, when the phone says it is back online, and every quarter of an hour (a round is planned during the day).
// And what My visits shows: when that copy was last brought up to date, changing as soon as a run finishes.
import { useCallback, useEffect, useState } from 'react';
import { mayAnywhere } from '../access/permissions';
import { useMe } from '../session/SessionContext';
import { keepAhead, lastKeptAhead, onKeptAhead, type KeptAhead } from './keep-ahead';

const everyMs = 15 * 60_000;
/** The first run waits for the page being opened to have its own answers first. */
const firstAfterMs = 2_000;

export function useKeepAheadSync(): void {
  const me = useMe();
  const keeps = mayAnywhere(me, 'create', 'visit_record');
  useEffect(() => {
    if (!keeps) return;
    const runNow = () => {
      if (navigator.onLine) void keepAhead(me).catch(() => undefined);
    };
    const first = window.setTimeout(runNow, firstAfterMs);
    window.addEventListener('online', runNow);
    const timer = window.setInterval(runNow, everyMs);
    return () => {
      window.clearTimeout(first);
      window.removeEventListener('online', runNow);
      window.clearInterval(timer);
    };
    // Once per signed-in worker: `me` is a new object after each session refresh, the worker the same.
  }, [me.staffId, keeps]);
}

export type KeptAheadState = { kind: 'loading' } | { kind: 'ready'; kept: KeptAhead | null };

/** The last time the copy was brought up to date, and a way to do it now (false when Hearth could not be reached). */
export function useKeptAhead(): { state: KeptAheadState; refresh: () => Promise<boolean> } {
  const me = useMe();
  const [state, setState] = useState<KeptAheadState>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const load = () => {
      void lastKeptAhead(me.staffId).then((kept) => {
        if (isCurrent) setState({ kind: 'ready', kept });
      });
    };
    load();
    const stop = onKeptAhead(load);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [me.staffId]);
  const refresh = useCallback(async () => (await keepAhead(me).catch(() => null)) !== null, [me]);
  return { state, refresh };
}
