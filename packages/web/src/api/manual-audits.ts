// Manual audits and their templates: the templates on offer, a template's versions, completing an audit, history.
import type {
  AuditTemplate,
  AuditTemplateList,
  CreateAuditTemplateBody,
  CreateManualAuditBody,
  ManualAudit,
  ManualAuditHistory,
  NewAuditTemplateVersionBody,
} from '@hearth/core';
import { request } from './client';

const templatePath = (key: string) => `/api/audit-templates/${encodeURIComponent(key)}`;

export const listAuditTemplates = (includeRetired = false) =>
  request<AuditTemplateList>('GET', `/api/audit-templates${includeRetired ? '?includeRetired=true' : ''}`);

export const getAuditTemplate = (key: string) => request<AuditTemplate>('GET', templatePath(key));

export const createAuditTemplate = (body: CreateAuditTemplateBody) => request<AuditTemplate>('POST', '/api/audit-templates', { body });

export const addAuditTemplateVersion = (key: string, body: NewAuditTemplateVersionBody) =>
  request<AuditTemplate>('POST', `${templatePath(key)}/versions`, { body });

export const createManualAudit = (personId: string, body: CreateManualAuditBody) =>
  request<ManualAudit>('POST', `/api/people/${encodeURIComponent(personId)}/manual-audits`, { body });

export const listManualAudits = (personId: string) =>
  request<ManualAuditHistory>('GET', `/api/people/${encodeURIComponent(personId)}/manual-audits`);

export const getManualAudit = (id: string) => request<ManualAudit>('GET', `/api/manual-audits/${encodeURIComponent(id)}`);
