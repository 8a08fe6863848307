// Planned visits: the rounds of a day, planning and cancelling a visit, the signed-in worker's own visits, and what
// phones report of the records they hold unsent.
import type {
  MyPlannedVisits,
  OutboxAttention,
  OutboxReportBody,
  OutboxReportReceipt,
  PlannedVisitCancelBody,
  PlannedVisitCreateBody,
  PlannedVisitDay,
  PlannedVisitView,
} from '@hearth/core';
import { request } from './client';

/** The path My visits asks for, also kept on the phone for reading offline. */
export const myPlannedVisitsPath = '/api/planned-visits/mine';

export const getMyPlannedVisits = () => request<MyPlannedVisits>('GET', myPlannedVisitsPath);

export const getPlannedVisitDay = (serviceId: string, date: string) =>
  request<PlannedVisitDay>('GET', `/api/services/${encodeURIComponent(serviceId)}/planned-visits?date=${encodeURIComponent(date)}`);

export const getPlannedVisit = (id: string) => request<PlannedVisitView>('GET', `/api/planned-visits/${encodeURIComponent(id)}`);

export const planVisit = (body: PlannedVisitCreateBody) => request<PlannedVisitView>('POST', '/api/planned-visits', { body });

export const cancelPlannedVisit = (id: string, body: PlannedVisitCancelBody) =>
  request<PlannedVisitView>('POST', `/api/planned-visits/${encodeURIComponent(id)}/cancellation`, { body });

export const reportOutbox = (body: OutboxReportBody) => request<OutboxReportReceipt>('POST', '/api/outbox-reports', { body, background: true });

export const getOutboxAttention = () => request<OutboxAttention>('GET', '/api/outbox-reports/attention');
