// Data requests from councils and professionals: log one, list them, read one, make its export bundle, close it,
// and the deadline report.
import type {
  AccessGrant,
  AccessGrantBody,
  AccessGrantList,
  CreateDataRequestBody,
  DataRequest,
  DataRequestExport,
  DataRequestFilter,
  DataRequestList,
  DataRequestReport,
  IssuedAccessGrant,
  RevokeAccessGrantBody,
  UpdateDataRequestBody,
} from '@hearth/core';
import { request } from './client';

const query = (params: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return search ? `?${search}` : '';
};

export const listDataRequests = (filter: { status?: DataRequestFilter; serviceId?: string | null } = {}) =>
  request<DataRequestList>('GET', `/api/data-requests${query(filter)}`);

export const getDataRequest = (id: string) => request<DataRequest>('GET', `/api/data-requests/${encodeURIComponent(id)}`);

export const logDataRequest = (body: CreateDataRequestBody) => request<DataRequest>('POST', '/api/data-requests', { body });

export const makeDataRequestExport = (id: string) =>
  request<DataRequestExport>('POST', `/api/data-requests/${encodeURIComponent(id)}/exports`);

/** Where the browser downloads a bundle from (a plain link: the session cookie goes with it). */
export const dataRequestExportFileUrl = (exportId: string) => `/api/record-exports/${encodeURIComponent(exportId)}/file`;

export const updateDataRequest = (id: string, body: UpdateDataRequestBody) =>
  request<DataRequest>('POST', `/api/data-requests/${encodeURIComponent(id)}/updates`, { body });

/** Answers the request with read-only access for the officer; the invitation link comes back this once. */
export const giveAccessGrant = (id: string, body: AccessGrantBody) =>
  request<IssuedAccessGrant>('POST', `/api/data-requests/${encodeURIComponent(id)}/grants`, { body });

export const listAccessGrants = (id: string) => request<AccessGrantList>('GET', `/api/data-requests/${encodeURIComponent(id)}/grants`);

export const revokeAccessGrant = (id: string, grantId: string, body: RevokeAccessGrantBody) =>
  request<AccessGrant>('POST', `/api/data-requests/${encodeURIComponent(id)}/grants/${encodeURIComponent(grantId)}/revoke`, { body });

export type ReportPeriod = { from: string; to: string; serviceId?: string | null };
export const getDataRequestReport = (period: ReportPeriod) => request<DataRequestReport>('GET', `/api/data-requests/report${query(period)}`);
export const dataRequestReportCsvUrl = (period: ReportPeriod) => `/api/data-requests/report.csv${query(period)}`;
