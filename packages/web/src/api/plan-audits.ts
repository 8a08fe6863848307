// Plan-quality audits: run them now, read the dashboard, and read one plan's audit history.
import type { PlanAuditHistory, PlanAuditSummary, RunPlanAuditsBody, RunPlanAuditsResult } from '@hearth/core';
import { request } from './client';

export const runPlanAudits = (scope: RunPlanAuditsBody['scope']) => request<RunPlanAuditsResult>('POST', '/api/plan-audits', { body: { scope } });

/** One service's dashboard, or (no service) every service the user may see. */
export const getPlanAuditSummary = (serviceId: string | null) =>
  request<PlanAuditSummary>('GET', `/api/plan-audits/summary${serviceId ? `?${new URLSearchParams({ serviceId }).toString()}` : ''}`);

export const getPlanAuditHistory = (personId: string) =>
  request<PlanAuditHistory>('GET', `/api/people/${encodeURIComponent(personId)}/care-plan/audits`);

/** The address of a service's audit report, for a download link (the browser sends the session cookie). */
export const planAuditReportUrl = (serviceId: string, format: 'pdf' | 'csv') =>
  `/api/plan-audits/report.${format}?${new URLSearchParams({ serviceId }).toString()}`;
