// The provider's plan-audit settings over HTTP: read them (with the defaults and every saved version) and save a new version.
import { auditSettingsSchema, saveAuditSettingsBodySchema } from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getAuditSettings, saveAuditSettings } from '../repo/plan-audit-settings-repository.js';

export function planAuditSettingsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.get('/api/plan-audit-settings', {
    schema: {
      tags,
      summary: 'The provider\u2019s plan-audit settings: what it changed, the settings in effect, the defaults, every saved version and the rules',
      response: { 200: auditSettingsSchema, ...problemResponses },
    },
  }, async (request) => getAuditSettings((await authenticate(ctx, request)).repo));

  app.put('/api/plan-audit-settings', {
    schema: {
      tags,
      summary: 'Save a new version of the settings with a reason (409 if they changed since they were read); settings equal to the default are dropped',
      body: saveAuditSettingsBodySchema,
      response: { 200: auditSettingsSchema, ...problemResponses },
    },
  }, async (request) => saveAuditSettings((await authenticate(ctx, request)).repo, request.body));
}
