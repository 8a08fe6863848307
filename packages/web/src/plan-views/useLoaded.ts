// Loads what a page shows once its inputs are known, ignoring answers that arrive after the inputs changed.
import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string; status: number };

export function useLoaded<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    setState({ kind: 'loading' });
    load()
      .then((value) => {
        if (isCurrent) setState({ kind: 'ready', value });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        setState({ kind: 'failed', message: failureMessage(error), status: isApiError(error) ? error.status : 0 });
      });
    return () => {
      isCurrent = false;
    };
    // The caller names what the load depends on, as with useEffect: `load` itself is a new closure each render.
  }, deps);
  return state;
}

export function failureMessage(error: unknown): string {
  if (isApiError(error, 'forbidden')) return 'You do not have permission to see this.';
  if (isApiError(error, 'not_found')) return 'That could not be found. It may have been removed, or the address may be wrong.';
  if (isApiError(error, 'validation')) return error.problem.detail ?? error.problem.title;
  if (isApiError(error)) return `${error.problem.title} Try again later.`;
  return 'Something went wrong. Try again later.';
}
