// The emergency pack: every current pack of a service (or of the people on one worker's round that day) as one PDF,
// prepared on the server while the page follows it.
import type { EmergencyPackJob } from '@hearth/core';
import { request, requestFile } from './client';

export const startEmergencyPack = (serviceId: string, round: { staffId: string; date: string } | null = null) =>
  request<EmergencyPackJob>('POST', `/api/services/${encodeURIComponent(serviceId)}/emergency-packs`, round ? { body: { round } } : {});

export const getEmergencyPack = (jobId: string) =>
  request<EmergencyPackJob>('GET', `/api/emergency-packs/${encodeURIComponent(jobId)}`);

export const fetchEmergencyPackFile = (jobId: string) =>
  requestFile(`/api/emergency-packs/${encodeURIComponent(jobId)}/file.pdf`);
