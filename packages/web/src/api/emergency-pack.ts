// The emergency pack: every current pack of a service as one PDF, prepared on the server while the page follows it.
import type { EmergencyPackJob } from '@hearth/core';
import { request, requestFile } from './client';

export const startEmergencyPack = (serviceId: string) =>
  request<EmergencyPackJob>('POST', `/api/services/${encodeURIComponent(serviceId)}/emergency-packs`);

export const getEmergencyPack = (jobId: string) =>
  request<EmergencyPackJob>('GET', `/api/emergency-packs/${encodeURIComponent(jobId)}`);

export const fetchEmergencyPackFile = (jobId: string) =>
  requestFile(`/api/emergency-packs/${encodeURIComponent(jobId)}/file.pdf`);
