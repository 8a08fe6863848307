// The access matrix over HTTP: every route in the OpenAPI document, as every role and signed out.
// A route with no row here fails the suite, so a new route cannot ship without its access test.
import {
  capacityRecordKinds,
  capacityRecordRoutes,
  singleCurrentKinds,
  staffRoles,
  type CapacityRecordKind,
  type CapacityRecordsResponse,
  type StaffRole,
} from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { bestInterestsDecisionBody, lacksCapacityBody } from '../test/capacity-fixtures.js';
import { capacityRecordBody } from '../test/capacity-record-fixtures.js';
import { inventedStatementsCsv, palAssessmentBody } from '../test/pal-fixtures.js';

type Who = StaffRole | 'signed_out';
const everyone: Who[] = ['signed_out', ...staffRoles];

interface Fixture {
  org: TestOrganisation;
  plans: PlanFixture;
  homePersonId: string;
  invitationToken: string;
  targetStaffId: string;
  version(): Promise<number>;
  admin: Agent;
}

/** `headers` is for a body that is not JSON, such as a file sent as itself. */
interface RowRequest { url: string; body?: unknown; headers?: Record<string, string> }

interface Row {
  /** Builds the request; `n` makes bodies unique where the route creates something. */
  request(f: Fixture, n: number): RowRequest | Promise<RowRequest>;
  expect: Record<Who, number>;
  /** Routes that end the caller's session get a fresh one per call. */
  freshSession?: boolean;
}

const statuses = (byRole: Partial<Record<Who, number>>, otherwise: number): Record<Who, number> =>
  Object.fromEntries(everyone.map((w) => [w, byRole[w] ?? otherwise])) as Record<Who, number>;
const staffOnly = (byRole: Partial<Record<StaffRole, number>>, otherwise: number) => statuses({ signed_out: 401, ...byRole }, otherwise);

const matrix: Record<string, Row> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: statuses({}, 200) },
  'POST /api/auth/sign-in': {
    request: () => ({ url: '/api/auth/sign-in', body: { email: 'nobody@test.example', password: 'wrong password here' } }),
    expect: statuses({}, 401),
  },
  // With a finished sign-in (or none), the second-factor steps have nothing to do.
  'POST /api/auth/mfa/verify': { request: () => ({ url: '/api/auth/mfa/verify', body: { code: '123456' } }), expect: statuses({}, 401) },
  'POST /api/auth/mfa/enrolment': { request: () => ({ url: '/api/auth/mfa/enrolment' }), expect: statuses({}, 401) },
  'POST /api/auth/mfa/enrolment/confirm': { request: () => ({ url: '/api/auth/mfa/enrolment/confirm', body: { code: '123456' } }), expect: statuses({}, 401) },
  'POST /api/auth/sign-out': { request: () => ({ url: '/api/auth/sign-out' }), expect: staffOnly({}, 204), freshSession: true },
  'GET /api/auth/me': { request: () => ({ url: '/api/auth/me' }), expect: staffOnly({}, 200) },
  'GET /api/invitations/{token}': { request: (f) => ({ url: `/api/invitations/${f.invitationToken}` }), expect: statuses({}, 200) },
  'POST /api/invitations/{token}/accept': {
    request: (f) => ({ url: `/api/invitations/${f.invitationToken}/accept`, body: { name: 'Someone', password: 'short' } }),
    expect: statuses({}, 400),
  },
  'GET /api/services': { request: () => ({ url: '/api/services' }), expect: staffOnly({}, 200) },
  'POST /api/services': { request: (_f, n) => ({ url: '/api/services', body: { name: `Branch ${n}`, kind: 'homecare' } }), expect: staffOnly({ administrator: 201 }, 403) },
  'PUT /api/services/{id}': {
    request: (f) => ({ url: `/api/services/${f.org.careHomeId}`, body: { name: 'Test Care Ltd Care Home', kind: 'care_home', planReviewIntervalDays: 91 } }),
    expect: staffOnly({ administrator: 200 }, 403),
  },
  'GET /api/staff': { request: () => ({ url: '/api/staff' }), expect: staffOnly({ registered_manager: 200, administrator: 200 }, 403) },
  'POST /api/staff/invitations': {
    request: (f, n) => ({ url: '/api/staff/invitations', body: { email: `invitee${n}@test.example`, role: 'care_worker', serviceId: f.org.homecareId } }),
    expect: staffOnly({ administrator: 201 }, 403),
  },
  'PUT /api/staff/{id}/grants': {
    request: (f) => ({ url: `/api/staff/${f.targetStaffId}/grants`, body: { grants: [{ role: 'care_worker', serviceId: f.org.homecareId }] } }),
    expect: staffOnly({ administrator: 204 }, 403),
  },
  'POST /api/staff/{id}/mfa-reset': { request: (f) => ({ url: `/api/staff/${f.targetStaffId}/mfa-reset` }), expect: staffOnly({ administrator: 204 }, 403) },
  'POST /api/staff/{id}/deactivate': { request: (f) => ({ url: `/api/staff/${f.targetStaffId}/deactivate` }), expect: staffOnly({ administrator: 204 }, 403) },
  'GET /api/people': { request: () => ({ url: '/api/people' }), expect: staffOnly({}, 200) },
  'POST /api/people': {
    request: (f) => ({ url: '/api/people', body: personBody(f.org.homecareId, { accessDetails: undefined }) }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/people/{id}': { request: (f) => ({ url: `/api/people/${f.homePersonId}` }), expect: staffOnly({}, 200) },
  'PUT /api/people/{id}': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}`, body: 'current' }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, administrator: 200 }, 403),
  },
  'GET /api/people/{id}/history': { request: (f) => ({ url: `/api/people/${f.homePersonId}/history` }), expect: staffOnly({ care_worker: 403 }, 200) },
  'GET /api/care-plans/attention': { request: () => ({ url: '/api/care-plans/attention' }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/service-user-guide': { request: () => ({ url: '/api/service-user-guide' }), expect: staffOnly({}, 200) },
  'PUT /api/service-user-guide': {
    request: () => ({ url: '/api/service-user-guide', body: { sections: [{ title: 'Who we are', body: 'A test provider.' }] } }),
    expect: staffOnly({ administrator: 200 }, 403),
  },
  'GET /api/people/{id}/pack.pdf': { request: (f) => ({ url: `/api/people/${f.homePersonId}/pack.pdf` }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403) },
  'GET /api/packs/out-of-date': { request: () => ({ url: '/api/packs/out-of-date' }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/services/{id}/emergency-packs': {
    request: (f) => ({ url: `/api/services/${f.org.homecareId}/emergency-packs` }),
    expect: staffOnly({ senior_care_worker: 202, registered_manager: 202 }, 403),
  },
  'GET /api/emergency-packs/{jobId}': {
    request: async (f) => ({ url: `/api/emergency-packs/${await anEmergencyPack(f)}` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'GET /api/emergency-packs/{jobId}/file.pdf': {
    request: async (f) => ({ url: `/api/emergency-packs/${await anEmergencyPack(f)}/file.pdf` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'GET /api/people/{id}/communication-needs': { request: (f) => ({ url: `/api/people/${f.homePersonId}/communication-needs` }), expect: staffOnly({}, 200) },
  'PUT /api/people/{id}/communication-needs': {
    request: async (f) => {
      const latest = (await f.admin.get(`/api/people/${f.homePersonId}/communication-needs`)).json<{ current: { version: number } | null }>().current?.version ?? 0;
      const needs = { askedBy: 'Matrix', answeredBy: 'person', askedOn: '2026-01-05', askedHow: 'in_person', outcome: 'has_needs', formats: ['large_print'], reviewOn: '2027-01-05' };
      return { url: `/api/people/${f.homePersonId}/communication-needs`, body: { needs, reason: 'Access matrix check', latestVersion: latest } };
    },
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, administrator: 200 }, 403),
  },
  'GET /api/people/{id}/information-choices': { request: (f) => ({ url: `/api/people/${f.homePersonId}/information-choices` }), expect: staffOnly({}, 200) },
  'POST /api/people/{id}/information-choices': {
    request: (f) => ({
      url: `/api/people/${f.homePersonId}/information-choices`,
      body: { discussedOn: '2026-01-05', participants: { personPresent: true, others: [], staffMember: 'Matrix' }, optionsExplained: ['app'], decision: { ways: ['app'] }, reviewOn: '2027-01-05' },
    }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/information-choices/not-discussed': { request: () => ({ url: '/api/information-choices/not-discussed' }), expect: staffOnly({}, 200) },
  'GET /api/people/{id}/capacity': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/capacity` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'GET /api/capacity/attention': { request: () => ({ url: '/api/capacity/attention' }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/capacity-assessments': {
    request: (f, n) => ({
      url: `/api/people/${f.homePersonId}/capacity-assessments`,
      body: lacksCapacityBody('2026-01-05', { decision: `Matrix decision ${n}`, decisionKey: null }),
    }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'POST /api/people/{id}/best-interests-decisions': {
    request: async (f) => ({
      url: `/api/people/${f.homePersonId}/best-interests-decisions`,
      body: bestInterestsDecisionBody(await aCapacityAssessment(f), '2026-01-06', { decision: 'Matrix best interests', decisionKey: null }),
    }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/people/{id}/capacity-records': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/capacity-records` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  ...Object.fromEntries(
    capacityRecordKinds.map((kind): [string, Row] => [
      `POST /api/people/{id}/${capacityRecordRoutes[kind].path}`,
      { request: (f) => capacityRecordRequest(f, kind), expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403) },
    ]),
  ),
  'GET /api/people/{id}/contacts': { request: (f) => ({ url: `/api/people/${f.homePersonId}/contacts` }), expect: staffOnly({}, 200) },
  'POST /api/people/{id}/contacts': {
    request: (f, n) => ({ url: `/api/people/${f.homePersonId}/contacts`, body: { name: `Matrix Contact ${n}`, relationship: 'friend' } }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/people/{id}/contacts/{contactId}': { request: async (f) => ({ url: `/api/people/${f.homePersonId}/contacts/${await aContact(f)}` }), expect: staffOnly({}, 200) },
  'POST /api/people/{id}/contacts/{contactId}/sharing': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/contacts/${await aContact(f)}/sharing`, body: { parts: ['plan'], decidedBy: 'person', reason: 'Access matrix check' } }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'POST /api/people/{id}/contacts/{contactId}/sharing/revoke': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/contacts/${await aContact(f)}/sharing/revoke`, body: { decidedBy: 'person', reason: 'Access matrix check' } }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'POST /api/people/{id}/contacts/{contactId}/invitations': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/contacts/${await aContact(f)}/invitations` }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/people/{id}/contact-entries': { request: (f) => ({ url: `/api/people/${f.homePersonId}/contact-entries` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/subject-access-exports': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/subject-access-exports` }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/record-exports/{id}/file': { request: async (f) => ({ url: `/api/record-exports/${await anExport(f)}/file` }), expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403) },
  'GET /api/people/{id}/care-plan/easy-read.pdf': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/easy-read.pdf` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/people/{id}/care-plan.txt': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan.txt` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/care-plan-sections': { request: () => ({ url: '/api/care-plan-sections' }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/section-definitions/extension': { request: () => ({ url: '/api/section-definitions/extension' }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/section-definitions/extension/versions': { request: () => ({ url: '/api/section-definitions/extension/versions' }), expect: staffOnly({ administrator: 403 }, 200) },
  'PUT /api/section-definitions/extension': {
    // Saved again from the current version, so each allowed call succeeds and keeps everything.
    request: async () => {
      const current = (await agents.get('registered_manager')!.get('/api/section-definitions/extension')).json<{ version: number; content: unknown }>();
      return { url: '/api/section-definitions/extension', body: { baseVersion: current.version, content: current.content, reason: 'Access matrix check' } };
    },
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/people/{id}/care-plan': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/people/{id}/care-plan/versions/{version}': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/versions/1` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'GET /api/people/{id}/care-plan/diff': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/diff?from=1&to=1` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'PUT /api/people/{id}/care-plan/draft': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/draft`, body: { revision: await f.plans.draftRevision(), reason: null, content: f.plans.content } }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'POST /api/people/{id}/care-plan/draft/agree': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/draft/agree`, body: { revision: await f.plans.ensureDraft(), agreement: f.plans.agreement } }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'POST /api/people/{id}/care-plan/versions/{version}/start-use': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/versions/${await f.plans.ensureAgreed()}/start-use` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'POST /api/plan-audits': {
    request: () => ({ url: '/api/plan-audits', body: { scope: { kind: 'organisation' } } }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/plan-audits/summary': {
    request: () => ({ url: '/api/plan-audits/summary' }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/plan-audits/report.pdf': {
    request: (f) => ({ url: `/api/plan-audits/report.pdf?serviceId=${f.org.homecareId}` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/plan-audits/report.csv': {
    request: (f) => ({ url: `/api/plan-audits/report.csv?serviceId=${f.org.homecareId}` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/people/{id}/care-plan/audits': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/audits` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/audit-templates': { request: () => ({ url: '/api/audit-templates' }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403) },
  'GET /api/audit-templates/{key}': { request: () => ({ url: '/api/audit-templates/toolkit' }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403) },
  'POST /api/audit-templates': {
    request: (_f, n) => ({ url: '/api/audit-templates', body: { title: `Matrix template ${n}`, reason: 'Access matrix check', questions: [{ id: 'q1', text: 'Is it right?' }] } }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'POST /api/audit-templates/{key}/versions': {
    // Saved from the template's latest version each time, so each allowed call is a fresh, valid version.
    request: async () => {
      const key = await aTemplate();
      const latest = (await agents.get('registered_manager')!.get(`/api/audit-templates/${key}`)).json<{ version: number }>().version;
      return { url: `/api/audit-templates/${key}/versions`, body: { latestVersion: latest, title: 'Matrix template', reason: 'Access matrix check', questions: [{ id: 'q1', text: 'Is it right?' }] } };
    },
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'POST /api/people/{id}/manual-audits': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/manual-audits`, body: await toolkitAuditBody() }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/people/{id}/manual-audits': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/manual-audits` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/manual-audits/{id}': {
    request: async (f) => ({ url: `/api/manual-audits/${await aManualAudit(f)}` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/quality-actions': {
    request: (f, n) => ({ url: '/api/quality-actions', body: { personId: f.homePersonId, title: `Action ${n}`, ownerId: staffByRole.get('registered_manager')!.id, dueDate: '2099-01-01' } }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/plan-audit-settings': {
    request: () => ({ url: '/api/plan-audit-settings' }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'PUT /api/plan-audit-settings': {
    request: async (_f, n) => {
      const latestVersion = (await agents.get('registered_manager')!.get('/api/plan-audit-settings')).json<{ version: number }>().version;
      return { url: '/api/plan-audit-settings', body: { overrides: { minStepWords: 3 + (n % 5) }, reason: `Tuning ${n}`, latestVersion } };
    },
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/quality-actions': { request: () => ({ url: '/api/quality-actions?status=open' }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403) },
  'GET /api/quality-actions/owners': {
    request: (f) => ({ url: `/api/quality-actions/owners?personId=${f.homePersonId}` }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/quality-actions/{id}': {
    request: async (f) => ({ url: `/api/quality-actions/${await anAction(f)}` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/quality-actions/{id}/updates': {
    // Written against the action's newest update each time, so each allowed call is a fresh, valid update.
    request: async (f, n) => {
      const id = await anAction(f);
      const latest = (await agents.get('registered_manager')!.get(`/api/quality-actions/${id}`)).json<{ latestUpdateId: string }>().latestUpdateId;
      return { url: `/api/quality-actions/${id}/updates`, body: { status: 'in_progress', note: `Progress ${n}`, latestUpdateId: latest } };
    },
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/personalisation/areas': {
    request: () => ({ url: '/api/personalisation/areas' }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/personalisation/areas': {
    // Saved again from the current version, so each allowed call succeeds and keeps every area.
    request: async () => {
      const current = (await agents.get('registered_manager')!.get('/api/personalisation/areas')).json<{ version: number; areas: unknown }>();
      return { url: '/api/personalisation/areas', body: { areas: current.areas, reason: 'Access matrix check', latestVersion: current.version } };
    },
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/services/{id}/personalisation': {
    request: (f) => ({ url: `/api/services/${f.org.homecareId}/personalisation` }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/services/{id}/personalisation/assessments': {
    request: async (f) => ({ url: `/api/services/${f.org.careHomeId}/personalisation/assessments`, body: await personalisationBody() }),
    expect: staffOnly({ quality_lead: 201 }, 403),
  },
  'GET /api/personalisation/assessments/{id}': {
    request: async (f) => ({ url: `/api/personalisation/assessments/${await anAssessment(f)}` }),
    expect: staffOnly({ quality_lead: 200 }, 403),
  },
  'GET /api/people/{id}/care-plan/comments': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/comments` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/care-plan/comments': {
    request: (f, n) => ({ url: `/api/people/${f.homePersonId}/care-plan/comments`, body: { sectionKey: null, body: `Progress note ${n}` } }),
    expect: staffOnly({ administrator: 403 }, 201),
  },
  'GET /api/people/{id}/care-plan/attachments': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/attachments` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/care-plan/attachments': {
    request: (f, n) => ({ url: `/api/people/${f.homePersonId}/care-plan/attachments?fileName=letter-${n}.pdf`, body: matrixPdf, headers: { 'content-type': 'application/pdf' } }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/people/{id}/care-plan/attachments/{attachmentId}': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/attachments/${await anAttachment(f)}` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'GET /api/people/{id}/care-plan/export': { request: (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/export` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/care-plan/import': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/import`, body: await f.plans.exportWithNoDraft() }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'POST /api/people/{id}/care-plan/versions/{version}/start-review': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/care-plan/versions/${await f.plans.ensureInUse()}/start-review`, body: { trigger: 'fall', note: null } }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
  'GET /api/people/{id}/visits/planned': { request: (f) => ({ url: `/api/people/${f.homePersonId}/visits/planned` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/visit-records': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/visit-records`, body: matrixVisitBody() }),
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/people/{id}/visit-records': { request: (f) => ({ url: `/api/people/${f.homePersonId}/visit-records` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/visit-records/{id}': { request: async (f) => ({ url: `/api/visit-records/${await aVisitRecord(f)}` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/visit-records/{id}/addenda': {
    request: async (f, n) => ({ url: `/api/visit-records/${await aVisitRecord(f)}/addenda`, body: { body: `Correction ${n}` } }),
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/visit-escalations': { request: () => ({ url: '/api/visit-escalations' }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403) },
  'POST /api/visit-escalations/{id}/updates': {
    // Written against the concern's newest update each time, so each allowed call is a fresh, valid update.
    request: async (f, n) => {
      const id = await anEscalation(f);
      const escalations = (await agents.get('registered_manager')!.get('/api/visit-escalations?status=all')).json<{ escalations: { id: string; latestUpdateId: string | null }[] }>().escalations;
      const latestUpdateId = escalations.find((e) => e.id === id)?.latestUpdateId ?? null;
      return { url: `/api/visit-escalations/${id}/updates`, body: { status: 'acknowledged', note: `Progress ${n}`, latestUpdateId } };
    },
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/visits/attention': { request: () => ({ url: '/api/visits/attention' }), expect: staffOnly({ senior_care_worker: 200, registered_manager: 200, quality_lead: 200 }, 403) },
  'POST /api/data-requests': {
    request: (f, n) => ({ url: '/api/data-requests', body: dataRequestBody(f, n) }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/data-requests': { request: () => ({ url: '/api/data-requests?status=all' }), expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403) },
  'GET /api/data-requests/report': {
    request: () => ({ url: '/api/data-requests/report?from=2026-01-01&to=2026-12-31' }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/data-requests/report.csv': {
    request: () => ({ url: '/api/data-requests/report.csv?from=2026-01-01&to=2026-12-31' }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'GET /api/data-requests/{id}': {
    request: async (f) => ({ url: `/api/data-requests/${(await aDataRequest(f)).id}` }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/data-requests/{id}/exports': {
    request: async (f) => ({ url: `/api/data-requests/${(await aDataRequest(f)).id}/exports` }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'POST /api/data-requests/{id}/updates': {
    // A fresh open request each time, since withdrawing one is final.
    request: async (f, n) => {
      const created = (await agents.get('registered_manager')!.post('/api/data-requests', dataRequestBody(f, n))).json<{ id: string; latestUpdateId: string }>();
      return { url: `/api/data-requests/${created.id}/updates`, body: { status: 'withdrawn', note: `Withdrawn ${n}`, latestUpdateId: created.latestUpdateId } };
    },
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'POST /api/data-requests/{id}/grants': {
    // A fresh open request each time, since a grant answers it.
    request: async (f, n) => {
      const created = (await agents.get('registered_manager')!.post('/api/data-requests', dataRequestBody(f, n))).json<{ id: string }>();
      return { url: `/api/data-requests/${created.id}/grants`, body: { personIds: [f.homePersonId], parts: ['plan'], expiresAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() } };
    },
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/data-requests/{id}/grants': {
    request: async (f) => ({ url: `/api/data-requests/${(await aDataRequest(f)).id}/grants` }),
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  'POST /api/data-requests/{id}/grants/{grantId}/revoke': {
    // A fresh grant each time, since revoking one is final.
    request: async (f, n) => {
      const manager = agents.get('registered_manager')!;
      const created = (await manager.post('/api/data-requests', dataRequestBody(f, n))).json<{ id: string }>();
      const issued = (await manager.post(`/api/data-requests/${created.id}/grants`, {
        personIds: [f.homePersonId], parts: ['plan'], expiresAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
      })).json<{ grant: { id: string } }>();
      return { url: `/api/data-requests/${created.id}/grants/${issued.grant.id}/revoke`, body: { reason: `Revoked ${n}` } };
    },
    expect: staffOnly({ registered_manager: 200, quality_lead: 200 }, 403),
  },
  // The shared record portal is for outside readers only: every staff session (and no session) is refused, or finds
  // nothing for an unknown email or token. What each outside reader may reach is the scenario table in
  // routes/shared-record.int.test.ts (every relationship, part and sharing state) and routes/shared-auth.int.test.ts.
  'POST /api/shared/auth/sign-in': {
    request: () => ({ url: '/api/shared/auth/sign-in', body: { email: 'nobody@outside.example', password: 'wrong password here' } }),
    expect: statuses({}, 401),
  },
  'POST /api/shared/auth/sign-out': { request: () => ({ url: '/api/shared/auth/sign-out' }), expect: statuses({}, 401) },
  'GET /api/shared/auth/session': { request: () => ({ url: '/api/shared/auth/session' }), expect: statuses({}, 401) },
  'GET /api/shared/invitations/{token}': { request: () => ({ url: `/api/shared/invitations/${'u'.repeat(43)}` }), expect: statuses({}, 404) },
  'POST /api/shared/invitations/{token}/accept': {
    request: () => ({ url: `/api/shared/invitations/${'u'.repeat(43)}/accept`, body: { password: 'kettle harbour meadow' } }),
    expect: statuses({}, 404),
  },
  'GET /api/shared/people': { request: () => ({ url: '/api/shared/people' }), expect: statuses({}, 401) },
  'GET /api/shared/people/{personId}': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}` }), expect: statuses({}, 401) },
  'GET /api/shared/people/{personId}/search': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/search?q=tea` }), expect: statuses({}, 401) },
  'GET /api/shared/people/{personId}/record.txt': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/record.txt` }), expect: statuses({}, 401) },
  'GET /api/shared/people/{personId}/record.pdf': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/record.pdf` }), expect: statuses({}, 401) },
  'GET /api/shared/people/{personId}/record-easy-read.pdf': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/record-easy-read.pdf` }), expect: statuses({}, 401) },
  'POST /api/shared/people/{personId}/entries': {
    request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/entries`, body: { kind: 'comment', text: 'Hello' } }),
    expect: statuses({}, 401),
  },
  'GET /api/shared/people/{personId}/record-views': { request: (f) => ({ url: `/api/shared/people/${f.homePersonId}/record-views` }), expect: statuses({}, 401) },
  // -- behaviour support plan rows --
  // Each change starts from the plan as it stands: a save from the latest version, an agreement of a version saved
  // just before, a review of the version in use (written and agreed first if there is none).
  'GET /api/people/{id}/behaviour-support-plan': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/behaviour-support-plan` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'GET /api/people/{id}/behaviour-support-plan/versions/{version}': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/behaviour-support-plan/versions/${await bspMatrix.inUse(f)}` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'POST /api/people/{id}/behaviour-support-plan/versions': {
    request: async (f) => ({ url: `/api/people/${f.homePersonId}/behaviour-support-plan/versions`, body: await bspMatrix.saveBody(f) }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'POST /api/people/{id}/behaviour-support-plan/versions/{version}/agreement': {
    request: async (f) => {
      const version = await bspMatrix.saved(f);
      const { bspAgreementBody } = await import('../test/behaviour-support-plan-fixtures.js');
      return { url: `/api/people/${f.homePersonId}/behaviour-support-plan/versions/${version}/agreement`, body: bspAgreementBody(bspMatrix.today()) };
    },
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'POST /api/people/{id}/behaviour-support-plan/versions/{version}/reviews': {
    request: async (f) => {
      const version = await bspMatrix.inUse(f);
      const { bspReviewBody } = await import('../test/behaviour-support-plan-fixtures.js');
      return { url: `/api/people/${f.homePersonId}/behaviour-support-plan/versions/${version}/reviews`, body: bspReviewBody(bspMatrix.today()) };
    },
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  // -- ABC records rows --
  'POST /api/people/{id}/abc-records': {
    request: (f) => ({
      url: `/api/people/${f.homePersonId}/abc-records`,
      body: {
        clientId: randomUUID(), occurredAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(), behaviour: 'Calling out',
        behaviourForm: 'Called out for his wife', intensity: 2, durationMinutes: 5, restrictiveInterventionUsed: false, setting: 'Lounge',
        antecedent: { category: 'left_alone', description: 'Alone' }, consequence: { category: 'attention_given', description: 'Sat with him' },
      },
    }),
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/people/{id}/abc-records': { request: (f) => ({ url: `/api/people/${f.homePersonId}/abc-records` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/people/{id}/abc-analysis': { request: (f) => ({ url: `/api/people/${f.homePersonId}/abc-analysis` }), expect: staffOnly({ administrator: 403 }, 200) },
  'GET /api/abc-records/{id}': {
    // A record of the home person, written by the care worker for each call.
    request: async (f) => {
      const created = await agents.get('care_worker')!.post(`/api/people/${f.homePersonId}/abc-records`, {
        clientId: randomUUID(), occurredAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(), behaviour: 'Calling out',
        behaviourForm: 'Called out for his wife', intensity: 2, durationMinutes: 5, restrictiveInterventionUsed: false, setting: 'Lounge',
        antecedent: { category: 'left_alone', description: 'Alone' }, consequence: { category: 'attention_given', description: 'Sat with him' },
      });
      return { url: `/api/abc-records/${created.json<{ id: string }>().id}` };
    },
    expect: staffOnly({ administrator: 403 }, 200),
  },
  // -- scatter plot rows --
  'GET /api/people/{id}/scatter-plot': { request: (f) => ({ url: `/api/people/${f.homePersonId}/scatter-plot` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/scatter-plot/entries': {
    request: (f) => ({
      url: `/api/people/${f.homePersonId}/scatter-plot/entries`,
      body: { behaviour: 'Matrix behaviour', observedOn: '2026-01-05', slotMinutes: 30, cells: [{ slotStartMinute: 960, grade: 'some', activity: null }] },
    }),
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  // -- PAL rows --
  'GET /api/pal/statement-sets/current': { request: () => ({ url: '/api/pal/statement-sets/current' }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/pal/statement-sets': {
    request: (_f, n) => ({ url: '/api/pal/statement-sets', body: { source: `Licensed copy ${n}`, text: inventedStatementsCsv(`matrix ${n}`) } }),
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  'GET /api/people/{id}/pal-assessments': { request: (f) => ({ url: `/api/people/${f.homePersonId}/pal-assessments` }), expect: staffOnly({ administrator: 403 }, 200) },
  'POST /api/people/{id}/pal-assessments': {
    request: (f) => {
      const day = (offset: number) => new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      return { url: `/api/people/${f.homePersonId}/pal-assessments`, body: palAssessmentBody(day(-2), day(88)) };
    },
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  // -- restrictive interventions rows --
  'GET /api/people/{id}/restrictive-interventions': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/restrictive-interventions` }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  'POST /api/people/{id}/restrictive-interventions': {
    request: (f) => ({ url: `/api/people/${f.homePersonId}/restrictive-interventions`, body: matrixInterventionBody() }),
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'POST /api/restrictive-interventions/{id}/debriefs': {
    request: async (f) => {
      const use = (await agents.get('senior_care_worker')!.post(`/api/people/${f.homePersonId}/restrictive-interventions`, matrixInterventionBody())).json<{ id: string }>();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());
      const body = { participants: 'Matrix staff', account: 'Matrix account', couldBeDoneDifferently: 'Nothing', planChange: { needed: false, what: null } };
      return { url: `/api/restrictive-interventions/${use.id}/debriefs`, body: { withWhom: 'staff', heldOn: today, body } };
    },
    expect: staffOnly({ care_worker: 201, senior_care_worker: 201, registered_manager: 201 }, 403),
  },
  'GET /api/restrictive-interventions/trends': {
    request: () => ({ url: '/api/restrictive-interventions/trends?months=6' }),
    expect: staffOnly({ administrator: 403 }, 200),
  },
  // -- staff training and behaviour support audits rows --
  // The target is a homecare care worker: seniors of homecare keep their training; care workers see only their own.
  'GET /api/training': { request: () => ({ url: '/api/training' }), expect: staffOnly({ care_worker: 403 }, 200) },
  'GET /api/training/flags': { request: (f) => ({ url: `/api/training/flags?personId=${f.homePersonId}` }), expect: staffOnly({ care_worker: 403 }, 200) },
  'GET /api/staff/{id}/training': { request: (f) => ({ url: `/api/staff/${f.targetStaffId}/training` }), expect: staffOnly({ care_worker: 403 }, 200) },
  'POST /api/staff/{id}/training-records': {
    request: (f) => ({
      url: `/api/staff/${f.targetStaffId}/training-records`,
      body: { topic: 'safeguarding', course: 'Safeguarding adults', trainingProvider: 'Local authority', completedOn: '2026-01-05', expiresOn: null, rrnCertified: false },
    }),
    expect: staffOnly({ care_worker: 403 }, 201),
  },
  'GET /api/staff/{id}/competence-checks': { request: (f) => ({ url: `/api/staff/${f.targetStaffId}/competence-checks` }), expect: staffOnly({ care_worker: 403 }, 200) },
  'POST /api/staff/{id}/competence-checks': {
    request: async (f) => {
      const { observationItemIds } = await import('@hearth/core');
      const items = observationItemIds.map((itemId) => ({ itemId, result: 'not_seen', comment: null }));
      return { url: `/api/staff/${f.targetStaffId}/competence-checks`, body: { kind: 'observation', completedOn: '2026-01-05', observerName: 'Observer', setting: 'Lounge', items } };
    },
    expect: staffOnly({ care_worker: 403 }, 201),
  },
  'GET /api/behaviour-support-audits': { request: () => ({ url: '/api/behaviour-support-audits' }), expect: staffOnly({ care_worker: 403, administrator: 403 }, 200) },
  'GET /api/services/{id}/behaviour-support-audits': {
    request: (f) => ({ url: `/api/services/${f.org.homecareId}/behaviour-support-audits` }),
    expect: staffOnly({ care_worker: 403, administrator: 403 }, 200),
  },
  'POST /api/services/{id}/behaviour-support-audits': {
    request: async (f) => {
      const { behaviourSupportAuditQuestionIds } = await import('@hearth/core');
      const answers = behaviourSupportAuditQuestionIds.map((questionId) => ({ questionId, answer: 'yes', evidence: 'Seen' }));
      return { url: `/api/services/${f.org.homecareId}/behaviour-support-audits`, body: { completedOn: '2026-01-05', answers } };
    },
    expect: staffOnly({ registered_manager: 201, quality_lead: 201 }, 403),
  },
  // -- planned visits and outbox reports rows --
  'POST /api/planned-visits': {
    request: (f, n) => ({ url: '/api/planned-visits', body: matrixPlannedVisit(f, n) }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/planned-visits/mine': { request: () => ({ url: '/api/planned-visits/mine' }), expect: staffOnly({}, 200) },
  'GET /api/planned-visits/{id}': {
    request: async (f) => ({ url: `/api/planned-visits/${await aPlannedVisit(f, 0)}` }),
    expect: staffOnly({}, 200),
  },
  'POST /api/planned-visits/{id}/cancellation': {
    // A visit of its own for each call: a visit is cancelled once.
    request: async (f, n) => ({ url: `/api/planned-visits/${await aPlannedVisit(f, n)}/cancellation`, body: { reason: 'Access matrix check' } }),
    expect: staffOnly({ senior_care_worker: 201, registered_manager: 201, administrator: 201 }, 403),
  },
  'GET /api/services/{id}/planned-visits': { request: (f) => ({ url: `/api/services/${f.org.homecareId}/planned-visits` }), expect: staffOnly({}, 200) },
  'POST /api/outbox-reports': {
    request: (f) => ({
      url: '/api/outbox-reports',
      body: { deviceId: randomUUID(), entries: [{ clientId: randomUUID(), personId: f.homePersonId, savedAt: new Date(t.clock.now().getTime() - 90_000_000).toISOString(), state: 'waiting', lastErrorCode: null }] },
    }),
    expect: staffOnly({ quality_lead: 403, administrator: 403 }, 201),
  },
  'GET /api/outbox-reports/attention': {
    request: () => ({ url: '/api/outbox-reports/attention' }),
    expect: staffOnly({ senior_care_worker: 200, registered_manager: 200 }, 403),
  },
};

/** The home person's behaviour support plan as the behaviour support plan rows need it, set up by the senior. */
const bspMatrix = {
  today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now()),
  url: (f: Fixture) => `/api/people/${f.homePersonId}/behaviour-support-plan`,
  async saveBody(f: Fixture): Promise<unknown> {
    const { bspSaveBody } = await import('../test/behaviour-support-plan-fixtures.js');
    const latest = (await agents.get('senior_care_worker')!.get(bspMatrix.url(f))).json<{ latestVersion: number | null }>().latestVersion;
    return bspSaveBody(bspMatrix.today(), latest);
  },
  /** A new version saved by the senior: its number. */
  async saved(f: Fixture): Promise<number> {
    const res = await agents.get('senior_care_worker')!.post(`${bspMatrix.url(f)}/versions`, await bspMatrix.saveBody(f));
    if (res.statusCode !== 201) throw new Error(`behaviour support plan set-up failed: ${res.statusCode} ${res.body}`);
    return res.json<{ version: number }>().version;
  },
  /** The version in use, written and agreed first when there is none. */
  async inUse(f: Fixture): Promise<number> {
    const senior = agents.get('senior_care_worker')!;
    const current = (await senior.get(bspMatrix.url(f))).json<{ inUse: { version: number } | null }>().inUse;
    if (current) return current.version;
    const { bspAgreementBody } = await import('../test/behaviour-support-plan-fixtures.js');
    const version = await bspMatrix.saved(f);
    const agreed = await senior.post(`${bspMatrix.url(f)}/versions/${version}/agreement`, bspAgreementBody(bspMatrix.today()));
    if (agreed.statusCode !== 201) throw new Error(`behaviour support plan set-up failed: ${agreed.statusCode} ${agreed.body}`);
    return version;
  },
};

const matrixPdf = '%PDF-1.4\n%%EOF\n';

/** A restrictive intervention a few minutes ago, with a fresh client id, for the register rows. */
function matrixInterventionBody(): Record<string, unknown> {
  return {
    clientId: randomUUID(), kind: 'physical', startedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(), durationMinutes: 3,
    followedPlan: 'yes', abcRecordId: null,
    body: {
      staffInvolved: [{ name: 'Matrix staff', role: null }], reason: 'Matrix reason', riskAnswered: 'Matrix risk',
      lessRestrictive: { tried: ['Talking'], noneReason: null }, whatWasDone: 'Guided escort', medicine: null,
      personInjury: { injured: false, details: null }, staffInjury: { injured: false, details: null }, personView: null,
    },
  };
}
let attachmentId: string | undefined;
/** One file attached to the home person's plan by the senior, for the download row. */
async function anAttachment(f: Fixture): Promise<string> {
  const senior = agents.get('senior_care_worker')!;
  attachmentId ??= (await t.app.inject({
    method: 'POST', url: `/api/people/${f.homePersonId}/care-plan/attachments?fileName=letter.pdf`,
    headers: { cookie: senior.cookie, 'x-csrf-token': senior.csrfToken, 'content-type': 'application/pdf' }, payload: matrixPdf,
  })).json<{ id: string }>().id;
  return attachmentId;
}

/** A toolkit audit answering every question "yes", from the questions the API gives. */
async function toolkitAuditBody(): Promise<unknown> {
  const template = (await agents.get('registered_manager')!.get('/api/audit-templates/toolkit')).json<{ questions: { id: string }[] }>();
  return { templateKey: 'toolkit', answers: template.questions.map((q) => ({ questionId: q.id, answer: 'yes' })) };
}

let manualAuditId: string | undefined;
/** One toolkit audit of the home person, by the manager, for the read row. */
async function aManualAudit(f: Fixture): Promise<string> {
  manualAuditId ??= (await agents.get('registered_manager')!.post(`/api/people/${f.homePersonId}/manual-audits`, await toolkitAuditBody())).json<{ id: string }>().id;
  return manualAuditId;
}

let templateKey: string | undefined;
/** One template of the provider's own, by the manager, for the version row. */
async function aTemplate(): Promise<string> {
  templateKey ??= (await agents.get('registered_manager')!.post('/api/audit-templates', {
    title: 'Matrix template', reason: 'Access matrix check', questions: [{ id: 'q1', text: 'Is it right?' }],
  })).json<{ key: string }>().key;
  return templateKey;
}

let actionId: string | undefined;
/** One quality action on the home person, raised by the manager, for the action rows. */
async function anAction(f: Fixture): Promise<string> {
  const manager = agents.get('registered_manager')!;
  actionId ??= (await manager.post('/api/quality-actions', {
    personId: f.homePersonId, title: 'Matrix action', ownerId: staffByRole.get('senior_care_worker')!.id, dueDate: '2099-01-01',
  })).json<{ id: string }>().id;
  return actionId;
}

/** A request from a council about the home person, received an hour ago. */
function dataRequestBody(f: Fixture, n: number): Record<string, unknown> {
  return {
    serviceId: f.org.homecareId, personIds: [f.homePersonId], whatAsked: `Visit records ${n}`,
    requester: { name: 'Priya Shah', organisation: 'Leeds City Council', role: 'social_care_professional', email: 'priya@leeds.example' },
    receivedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
  };
}

let dataRequest: { id: string } | undefined;
/** One open data request, logged by the manager, for the read and export rows. */
async function aDataRequest(f: Fixture): Promise<{ id: string }> {
  dataRequest ??= (await agents.get('registered_manager')!.post('/api/data-requests', dataRequestBody(f, 0))).json<{ id: string }>();
  return dataRequest;
}

/** A valid self-assessment of the current areas, built from them as the form would be. */
async function personalisationBody(): Promise<unknown> {
  const set = (await agents.get('quality_lead')!.get('/api/personalisation/areas')).json<{ version: number; areas: { id: string; retired: boolean }[] }>();
  const areas = set.areas.filter((a) => !a.retired);
  return {
    areaSetVersion: set.version,
    ratings: areas.map((a) => ({ areaId: a.id, rating: 'developing', evidence: 'Residents told us' })),
    priorities: [{ areaId: areas[0]!.id, why: 'It came up most' }],
    participants: 'Residents, relatives and staff',
    agreedOn: '2026-01-05',
  };
}

let assessmentId: string | undefined;
/** One self-assessment of the organisation's care home, by the quality lead, for the read row. */
async function anAssessment(f: Fixture): Promise<string> {
  assessmentId ??= (await agents.get('quality_lead')!.post(`/api/services/${f.org.careHomeId}/personalisation/assessments`, await personalisationBody())).json<{ id: string }>().id;
  return assessmentId;
}

/** A visit to the home person an hour ago, with one concern to escalate, as a phone would send it. */
function matrixVisitBody(): Record<string, unknown> {
  const arrivedAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  return { clientId: randomUUID(), kind: 'visit', visitLabel: 'Morning visit', arrivedAt, content: { concerns: [{ text: 'Seemed breathless', escalate: true }] } };
}

let visitRecord: { id: string; escalationId: string } | undefined;
/** One visit record of the home person, by the care worker, for the record and escalation rows. */
async function aVisitRecord(f: Fixture): Promise<string> {
  visitRecord ??= await (async () => {
    const created = (await agents.get('care_worker')!.post(`/api/people/${f.homePersonId}/visit-records`, matrixVisitBody())).json<{ id: string; escalations: { id: string }[] }>();
    return { id: created.id, escalationId: created.escalations[0]!.id };
  })();
  return visitRecord.id;
}
async function anEscalation(f: Fixture): Promise<string> {
  await aVisitRecord(f);
  return visitRecord!.escalationId;
}

let contactId: string | undefined;
/** One contact of the home person, with an email so they can be invited, added by the administrator. */
async function aContact(f: Fixture): Promise<string> {
  contactId ??= (
    await f.admin.post(`/api/people/${f.homePersonId}/contacts`, { name: 'Matrix Relative', relationship: 'family', email: 'matrix.relative@test.example' })
  ).json<{ id: string }>().id;
  return contactId;
}

let capacityAssessmentId: string | undefined;
/** One signed assessment finding the home person lacks capacity, for the best-interests row to rest on. */
async function aCapacityAssessment(f: Fixture): Promise<string> {
  capacityAssessmentId ??= (
    await agents.get('senior_care_worker')!.post(
      `/api/people/${f.homePersonId}/capacity-assessments`,
      lacksCapacityBody('2026-01-05', { decision: 'Matrix best interests', decisionKey: null }),
    )
  ).json<{ id: string }>().id;
  return capacityAssessmentId;
}

/** A record of `kind` about the home person; where a kind has one record in force, the new one replaces it. */
async function capacityRecordRequest(f: Fixture, kind: CapacityRecordKind): Promise<RowRequest> {
  const url = `/api/people/${f.homePersonId}/${capacityRecordRoutes[kind].path}`;
  const read = (await agents.get('senior_care_worker')!.get(`/api/people/${f.homePersonId}/capacity-records`)).json<CapacityRecordsResponse>();
  const inForce = singleCurrentKinds.includes(kind) ? read[capacityRecordRoutes[kind].list].find((r) => r.current) : undefined;
  return { url, body: capacityRecordBody(kind, '2026-01-05', inForce ? { supersedes: inForce.id, supersedeReason: 'Access matrix check' } : {}) };
}

let exportId: string | undefined;
/** One subject access export of the home person, by the manager, for the download row. */
async function anExport(f: Fixture): Promise<string> {
  exportId ??= (await agents.get('registered_manager')!.post(`/api/people/${f.homePersonId}/subject-access-exports`)).json<{ id: string }>().id;
  return exportId;
}

/** A visit by the care worker to the home person, `n` hours and a little from now, as a planner would send it. */
function matrixPlannedVisit(f: Fixture, n: number): Record<string, unknown> {
  const starts = t.clock.now().getTime() + (n + 1) * 3_600_000;
  return {
    personId: f.homePersonId, staffId: staffByRole.get('care_worker')!.id,
    startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + 1_800_000).toISOString(), label: null,
  };
}

const plannedVisitIds = new Map<number, string>();
/** A visit planned by the senior for the care worker: one shared for reading (0), one of its own per cancellation. */
async function aPlannedVisit(f: Fixture, n: number): Promise<string> {
  const known = plannedVisitIds.get(n);
  if (known) return known;
  const id = (await agents.get('senior_care_worker')!.post('/api/planned-visits', matrixPlannedVisit(f, n))).json<{ id: string }>().id;
  plannedVisitIds.set(n, id);
  return id;
}

let emergencyPackId: Promise<string> | undefined;
/** One finished emergency pack of the homecare service, started by the manager, for the progress and download rows. */
function anEmergencyPack(f: Fixture): Promise<string> {
  emergencyPackId ??= (async () => {
    const manager = agents.get('registered_manager')!;
    const id = (await manager.post(`/api/services/${f.org.homecareId}/emergency-packs`)).json<{ id: string }>().id;
    for (let i = 0; i < 2_000; i++) {
      if ((await manager.get(`/api/emergency-packs/${id}`)).json<{ status: string }>().status !== 'running') return id;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the emergency pack never finished');
  })();
  return emergencyPackId;
}

/** Puts the home person's plan into the state a plan route needs, through the API as the senior would. */
interface PlanFixture {
  content: unknown;
  agreement: unknown;
  draftRevision(): Promise<number | null>;
  ensureDraft(): Promise<number>;
  ensureAgreed(): Promise<number>;
  ensureInUse(): Promise<number>;
  /** The plan's export, with any draft agreed first so an import is not refused for an open draft. */
  exportWithNoDraft(): Promise<unknown>;
}

function planFixture(senior: Agent, personId: string): PlanFixture {
  const content = samplePlanContent();
  const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-20' };
  const base = `/api/people/${personId}/care-plan`;
  const plan = async () => (await senior.get(base)).json<{ draft: { revision: number } | null; versions: { version: number; status: string }[] }>();
  const ok = async (res: Promise<LightMyRequestResponse>) => {
    const r = await res;
    if (r.statusCode !== 200) throw new Error(`plan set-up failed: ${r.statusCode} ${r.body}`);
    return r.json<{ version: number; revision: number }>();
  };
  const fixture: PlanFixture = {
    content,
    agreement,
    draftRevision: async () => (await plan()).draft?.revision ?? null,
    ensureDraft: async () => (await plan()).draft?.revision ?? (await ok(senior.put(`${base}/draft`, { revision: null, reason: null, content }))).revision,
    ensureAgreed: async () => {
      const agreed = (await plan()).versions.find((v) => v.status === 'agreed');
      if (agreed) return agreed.version;
      return (await ok(senior.post(`${base}/draft/agree`, { revision: await fixture.ensureDraft(), agreement }))).version;
    },
    exportWithNoDraft: async () => {
      const draft = (await plan()).draft;
      if (draft) await ok(senior.post(`${base}/draft/agree`, { revision: draft.revision, agreement }));
      return (await senior.get(`${base}/export`)).json();
    },
    ensureInUse: async () => {
      const inUse = (await plan()).versions.find((v) => v.status === 'in_use');
      if (inUse) return inUse.version;
      return (await ok(senior.post(`${base}/versions/${await fixture.ensureAgreed()}/start-use`))).version;
    },
  };
  return fixture;
}

let t: TestApp;
let fixture: Fixture;
const agents = new Map<StaffRole, Agent>();
const staffByRole = new Map<StaffRole, Awaited<ReturnType<typeof buildStaff>>>();

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t.db);
  for (const role of staffRoles) {
    const serviceId = role === 'quality_lead' || role === 'administrator' ? null : org.homecareId;
    const staff = await buildStaff(t.db, org, { role, serviceId, totpSecret: null });
    staffByRole.set(role, staff);
  }
  // Without a second factor enrolled, manager and administrator sessions would stop at enrolment: enrol them as the app would.
  for (const role of staffRoles) agents.set(role, await signInWithFreshFactor(role));
  const admin = agents.get('administrator')!;
  const homePersonId = (await admin.post('/api/people', personBody(org.homecareId, { accessDetails: undefined }))).json().id as string;
  const invitationToken = ((await admin.post('/api/staff/invitations', { email: 'matrix@test.example', role: 'care_worker', serviceId: null })).json().link as string).split('/').pop()!;
  const targetStaffId = (await buildStaff(t.db, org)).id;
  const plans = planFixture(agents.get('senior_care_worker')!, homePersonId);
  await plans.ensureInUse();
  fixture = {
    org, plans, homePersonId, invitationToken, targetStaffId, admin,
    version: async () => (await admin.get(`/api/people/${homePersonId}`)).json().version as number,
  };
});
afterAll(() => t.close());

async function signInWithFreshFactor(role: StaffRole): Promise<Agent> {
  const staff = staffByRole.get(role)!;
  const { currentTotp } = await import('../auth/totp.js');
  const { agentFor, sessionCookieFrom } = await import('../test/test-app.js');
  const { testPassword } = await import('../test/factories.js');
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: staff.email, password: testPassword } });
  const body = first.json<{ status: string; csrfToken: string }>();
  let agent = agentFor(t.app, sessionCookieFrom(first), body.csrfToken);
  if (body.status === 'signed_in') return agent;
  if (body.status === 'mfa_enrolment_required') {
    const secret = (await agent.post('/api/auth/mfa/enrolment')).json<{ secret: string }>().secret.replace(/ /g, '');
    staff.totpSecret = secret;
    const done = await agent.post('/api/auth/mfa/enrolment/confirm', { code: currentTotp(secret, t.clock.now().getTime()) });
    return agentFor(t.app, sessionCookieFrom(done), done.json<{ csrfToken: string }>().csrfToken);
  }
  // Already enrolled: the next 30-second step gives a code not used before.
  t.clock.advance(30_000);
  const done = await agent.post('/api/auth/mfa/verify', { code: currentTotp(staff.totpSecret!, t.clock.now().getTime()) });
  agent = agentFor(t.app, sessionCookieFrom(done), done.json<{ csrfToken: string }>().csrfToken);
  return agent;
}

function openApiRoutes(): string[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`)).sort();
}

describe('access matrix over HTTP', () => {
  test('every route in the OpenAPI document has a row in the matrix, and every row is a real route', () => {
    expect(openApiRoutes()).toEqual(Object.keys(matrix).sort());
  });

  let n = 0;
  const cases = Object.entries(matrix).flatMap(([route, row]) => everyone.map((who) => [route, who, row.expect[who]] as const));
  test.each(cases)('%s as %s → %i', async (route, who, expected) => {
    const row = matrix[route]!;
    const method = route.split(' ')[0] as 'GET' | 'POST' | 'PUT';
    const { url, body, headers } = await row.request(fixture, n++);
    const payload = body === 'current' ? await currentPersonBody() : body;
    let res: LightMyRequestResponse;
    if (who === 'signed_out') {
      res = await t.app.inject({ method, url, ...(headers ? { headers } : {}), ...(payload === undefined ? {} : { payload: payload as object }) });
    } else if (headers) {
      const agent = agents.get(who)!;
      res = await t.app.inject({ method, url, headers: { ...headers, cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, payload: payload as string });
    } else {
      const agent = row.freshSession ? await signInWithFreshFactor(who) : agents.get(who)!;
      res = method === 'GET' ? await agent.get(url) : method === 'PUT' ? await agent.put(url, payload) : await agent.post(url, payload);
    }
    expect(res.statusCode, res.body).toBe(expected);
    if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

async function currentPersonBody(): Promise<Record<string, unknown>> {
  const person = (await fixture.admin.get(`/api/people/${fixture.homePersonId}`)).json();
  const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, accessDetails: _a, ...fields } = person;
  return { ...fields, version: await fixture.version() };
}

describe('access to a person in another service', () => {
  test.each([
    ['care_worker', 403], ['senior_care_worker', 403], ['registered_manager', 403], ['quality_lead', 200], ['administrator', 200],
  ] as const)('%s reading someone in the care home → %i', async (role, expected) => {
    const careHome = (await fixture.admin.post('/api/people', personBody(fixture.org.careHomeId, { accessDetails: undefined }))).json();
    expect((await agents.get(role)!.get(`/api/people/${careHome.id}`)).statusCode).toBe(expected);
  });
});
