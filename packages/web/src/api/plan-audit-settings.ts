// The provider's plan-audit settings: read them, and save a new version.
import type { AuditSettings, SaveAuditSettingsBody } from '@hearth/core';
import { request } from './client';

export const getAuditSettings = () => request<AuditSettings>('GET', '/api/plan-audit-settings');

export const saveAuditSettings = (body: SaveAuditSettingsBody) => request<AuditSettings>('PUT', '/api/plan-audit-settings', { body });
