// Staff and services together: the staff pages show roles with the names of the services they are held in.
import { useCallback, useEffect, useState } from 'react';
import type { Service, StaffMember } from '@hearth/core';
import { listServices, listStaff } from '../api/staff';
import { isApiError } from '../api/client';

export type StaffData =
  { kind: 'loading' } | { kind: 'ready'; staff: StaffMember[]; services: Service[] } | { kind: 'failed'; message: string };

export function useStaffData(): { data: StaffData; reload: () => Promise<void> } {
  const [data, setData] = useState<StaffData>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const [staff, services] = await Promise.all([listStaff(), listServices().catch(() => [] as Service[])]);
      setData({ kind: 'ready', staff, services });
    } catch (error) {
      const message = isApiError(error, 'forbidden')
        ? 'You do not have permission to see staff accounts.'
        : isApiError(error)
          ? error.problem.title
          : 'Something went wrong. Try again later.';
      setData({ kind: 'failed', message });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, reload };
}

export function serviceLabel(services: Service[], serviceId: string | null): string {
  if (serviceId === null) return 'All services';
  return services.find((s) => s.id === serviceId)?.name ?? 'Unknown service';
}
