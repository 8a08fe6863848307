// The organisation's services the user can see, for choosing where a person is supported.
import { useEffect, useState } from 'react';
import type { Service } from '@hearth/core';
import { listServices } from '../api/staff';
import { isApiError } from '../api/client';

export type ServicesLoad = { kind: 'loading' } | { kind: 'ready'; services: Service[] } | { kind: 'failed'; message: string };

export function useServices(): ServicesLoad {
  const [load, setLoad] = useState<ServicesLoad>({ kind: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    listServices()
      .then((services) => {
        if (isCurrent) setLoad({ kind: 'ready', services });
      })
      .catch((error: unknown) => {
        if (isCurrent) setLoad({ kind: 'failed', message: isApiError(error) ? error.problem.title : 'Something went wrong.' });
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  return load;
}
