// Calling the behaviour-support-planning audit API.
import type { BehaviourSupportAuditOverview, BehaviourSupportAuditView, ServiceBehaviourSupportAudits } from '@hearth/core';
import { request } from '../api/client';

const serviceUrl = (serviceId: string) => `/api/services/${encodeURIComponent(serviceId)}/behaviour-support-audits`;

export const getAuditOverview = () => request<BehaviourSupportAuditOverview>('GET', '/api/behaviour-support-audits');
export const getServiceAudits = (serviceId: string) => request<ServiceBehaviourSupportAudits>('GET', serviceUrl(serviceId));
export const addServiceAudit = (serviceId: string, body: unknown) =>
  request<BehaviourSupportAuditView>('POST', serviceUrl(serviceId), { body });
