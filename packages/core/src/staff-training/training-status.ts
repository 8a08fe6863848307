// How a training record stands on a given day: current, expiring soon, expired, or with no expiry date.
import { addDays } from '../care-plan/timing.js';

export const staffTrainingStatuses = ['current', 'expires_soon', 'expired', 'no_expiry'] as const;
export type StaffTrainingStatus = (typeof staffTrainingStatuses)[number];

export const staffTrainingStatusLabels: Record<StaffTrainingStatus, string> = {
  current: 'Current',
  expires_soon: 'Expires soon',
  expired: 'Expired',
  no_expiry: 'No expiry date',
};

/** How many days ahead an expiry is warned about, so a refresher can be booked in time. */
export const staffTrainingExpiresSoonDays = 60;

/**
 * The status on `today` (YYYY-MM-DD, the day in England) of training that expires on `expiresOn`. Training is valid
 * to the end of its expiry day: it has expired once `expiresOn` is before today, and expires soon when its expiry
 * falls between today and `staffTrainingExpiresSoonDays` days ahead, both days included.
 */
export function staffTrainingStatus(expiresOn: string | null, today: string): StaffTrainingStatus {
  if (expiresOn === null) return 'no_expiry';
  if (expiresOn < today) return 'expired';
  if (expiresOn <= addDays(today, staffTrainingExpiresSoonDays)) return 'expires_soon';
  return 'current';
}

/** Whether training with this status may still be relied on today. */
export const isStaffTrainingValid = (status: StaffTrainingStatus): boolean => status !== 'expired';
