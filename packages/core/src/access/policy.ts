// The one access policy: decides whether an actor may perform an action on a resource. Nothing else decides access.
import type { StaffRole } from '../roles.js';

export interface Grant {
  role: StaffRole;
  /** The service the role is held in; null means the role is held across the organisation. */
  serviceId: string | null;
}

export interface StaffActor {
  kind: 'staff';
  staffId: string;
  organisationId: string;
  grants: readonly Grant[];
}

export type Actor = StaffActor;

export const resourceKinds = [
  'person',
  'person_access_details',
  'person_history',
  'care_plan',
  'care_plan_comment',
  'care_plan_attachment',
  'section_definitions',
  'plan_audit',
  'quality_action',
  'manual_audit',
  'audit_template',
  'personalisation_plan',
  'personalisation_areas',
  'plan_audit_config',
  'visit_record',
  'visit_escalation',
  'communication_needs',
  'information_choices',
  'data_request',
  'record_export',
  'person_contact',
  'sharing_decision',
  'contact_entry',
  'capacity_assessment',
  'best_interests_decision',
  'capacity_record',
  'behaviour_support_plan',
  'behaviour_record',
  'pal_assessment',
  'pal_statements',
  'restrictive_intervention',
  'staff_training',
  'behaviour_support_audit',
  'planned_visit',
  'outbox_report',
  'staff',
  'service',
  'audit_log',
  'organisation',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const actions = ['list', 'read', 'create', 'update', 'agree', 'invite', 'assign_roles', 'reset_mfa', 'deactivate'] as const;
export type Action = (typeof actions)[number];

export interface Resource {
  kind: ResourceKind;
  organisationId: string;
  /** The service the resource belongs to, where it belongs to one (a person, a service). */
  serviceId?: string | null;
}

/** How far a permission reaches: the role's own services, or the whole organisation. */
type Reach = 'own_services' | 'organisation';
type Permissions = Partial<Record<ResourceKind, Partial<Record<Action, Reach>>>>;

const own = 'own_services' as const;
const org = 'organisation' as const;

/**
 * What each role may do. Anything not listed is denied.
 * Key-safe and entry details (person_access_details) go only to staff working in the person's service.
 * Care workers comment on plans (progress towards goals) but do not change them. The provider's section
 * definitions are organisation-wide: every role that writes or reads plans reads them; managers and the quality
 * lead extend them. Plan-quality audits (plan_audit) are read by those who write plans and run (create) by
 * managers and the quality lead, who also raise quality actions; a senior may update (progress or close) the
 * actions of their services, for example one they own. Manual audits of a plan (manual_audit) follow the same
 * pattern; the provider's audit templates (audit_template) and areas of personalised care (personalisation_areas)
 * are organisation-wide data that managers and the quality lead write. A care home's personalisation
 * self-assessment (personalisation_plan) is made by its manager or the quality lead and read by its seniors.
 * The provider's plan-audit settings (plan_audit_config) are read by everyone who writes plans, so the editor
 * checks a draft as the server will, and changed by managers and the quality lead.
 * Visit records (visit_record) are written by everyone who supports the person and read by them and the quality
 * lead; a correction is an addendum (create). Escalated concerns (visit_escalation) go to the seniors and managers
 * of the person's service, who acknowledge and resolve them (update); the care worker who raised one sees it on the
 * record. A person's information and communication needs (communication_needs) are read by everyone who supports
 * or administers them, so every screen can flag them, and recorded by seniors, managers and administrators; the
 * person's information choices (information_choices) likewise. Data requests from councils and professionals
 * (data_request) and the record exports that answer them or a subject access request (record_export) are the
 * registered manager's for their services and the quality lead's for the organisation.
 * The people around a person who may be given a view of their record (person_contact) are added and invited to
 * their own sign-in by seniors, managers and administrators; what the person decided each may see
 * (sharing_decision) is recorded by the same roles and read by everyone who supports the person, so nobody tells a
 * visitor what the person chose not to share. What the person, family or advocates add (contact_entry) is read by
 * staff and never written or changed by them. Decision-specific capacity assessments (capacity_assessment) and the
 * best-interests decisions resting on them (best_interests_decision) are read by everyone who supports the person, so
 * care follows them, and recorded (create: a signed record is never updated, only replaced) by seniors and managers;
 * the quality lead reads them across the organisation. The other records about capacity, authority and wishes
 * (capacity_record: powers of attorney and deputyships, advance decisions, liberty safeguards, IMCA, consent,
 * advance care plans, ReSPECT / DNACPR) follow the same pattern: read by everyone who supports the person, since a
 * DNACPR decision or an attorney must be known at the door, and recorded by seniors and managers; administrators
 * have no part in them.
 * Positive Behaviour Support: the behaviour support plan (behaviour_support_plan) is read by everyone who supports
 * the person, so reactive strategies are known before they are needed, and written and agreed by seniors and
 * managers. ABC records and scatter-plot entries (behaviour_record) and restrictive interventions
 * (restrictive_intervention) are recorded by everyone who supports the person, straight after an incident, and read
 * by them; debriefs are recorded (create) by the same people. PAL assessments (pal_assessment) are read by everyone
 * who supports the person and completed by seniors and managers; the provider's licensed PAL statement text
 * (pal_statements) is read by them and imported by managers and the quality lead. The quality lead reads all of it
 * across the organisation. Training and competence records (staff_training) are kept by managers, the quality lead
 * and administrators; seniors observe and record competence (create) and read them for their services. A service's
 * behaviour-support-planning audit (behaviour_support_audit) is the manager's and the quality lead's, read by
 * seniors. Planned visits (planned_visit) are read by the care workers of the service (their own round) and planned
 * by seniors, managers and administrators; a phone's report of its unsent records (outbox_report) is made by anyone
 * who records visits and read by the seniors and managers on duty.
 * Outside readers are decided by shared-record-policy.ts.
 */
export const rolePermissions: Record<StaffRole, Permissions> = {
  care_worker: {
    person: { list: own, read: own },
    person_access_details: { read: own },
    care_plan: { read: own },
    care_plan_comment: { read: own, create: own },
    care_plan_attachment: { read: own },
    section_definitions: { read: org },
    visit_record: { read: own, create: own },
    communication_needs: { read: own },
    information_choices: { read: own },
    person_contact: { list: own, read: own },
    sharing_decision: { read: own },
    contact_entry: { read: own },
    capacity_assessment: { read: own },
    best_interests_decision: { read: own },
    capacity_record: { read: own },
    behaviour_support_plan: { read: own },
    behaviour_record: { read: own, create: own },
    pal_assessment: { read: own },
    pal_statements: { read: org },
    restrictive_intervention: { read: own, create: own },
    planned_visit: { list: own, read: own },
    outbox_report: { create: org },
    service: { list: own, read: own },
    organisation: { read: org },
  },
  senior_care_worker: {
    person: { list: own, read: own, create: own, update: own },
    person_access_details: { read: own, update: own },
    person_history: { read: own },
    care_plan: { read: own, create: own, update: own, agree: own },
    care_plan_comment: { read: own, create: own },
    care_plan_attachment: { read: own, create: own },
    section_definitions: { read: org },
    plan_audit: { read: own },
    quality_action: { read: own, update: own },
    manual_audit: { read: own },
    audit_template: { read: org },
    personalisation_plan: { read: own },
    personalisation_areas: { read: org },
    plan_audit_config: { read: org },
    visit_record: { read: own, create: own },
    visit_escalation: { read: own, update: own },
    communication_needs: { read: own, update: own },
    information_choices: { read: own, update: own },
    person_contact: { list: own, read: own, create: own, invite: own },
    sharing_decision: { read: own, update: own },
    contact_entry: { read: own },
    capacity_assessment: { read: own, create: own },
    best_interests_decision: { read: own, create: own },
    capacity_record: { read: own, create: own },
    behaviour_support_plan: { read: own, create: own, agree: own },
    behaviour_record: { read: own, create: own },
    pal_assessment: { read: own, create: own },
    pal_statements: { read: org },
    restrictive_intervention: { read: own, create: own },
    staff_training: { list: own, read: own, create: own },
    behaviour_support_audit: { read: own },
    planned_visit: { list: own, read: own, create: own, update: own },
    outbox_report: { create: org, read: own },
    service: { list: own, read: own },
    organisation: { read: org },
  },
  registered_manager: {
    person: { list: own, read: own, create: own, update: own },
    person_access_details: { read: own, update: own },
    person_history: { read: own },
    care_plan: { read: own, create: own, update: own, agree: own },
    care_plan_comment: { read: own, create: own },
    care_plan_attachment: { read: own, create: own },
    section_definitions: { read: org, update: org },
    plan_audit: { read: own, create: own },
    quality_action: { read: own, create: own, update: own },
    manual_audit: { read: own, create: own },
    audit_template: { read: org, update: org },
    personalisation_plan: { read: own, create: own },
    personalisation_areas: { read: org, update: org },
    plan_audit_config: { read: org, update: org },
    visit_record: { read: own, create: own },
    visit_escalation: { read: own, update: own },
    communication_needs: { read: own, update: own },
    information_choices: { read: own, update: own },
    data_request: { read: own, create: own, update: own },
    record_export: { read: own, create: own },
    staff: { list: org, read: org },
    person_contact: { list: own, read: own, create: own, invite: own },
    sharing_decision: { read: own, update: own },
    contact_entry: { read: own },
    capacity_assessment: { read: own, create: own },
    best_interests_decision: { read: own, create: own },
    capacity_record: { read: own, create: own },
    behaviour_support_plan: { read: own, create: own, agree: own },
    behaviour_record: { read: own, create: own },
    pal_assessment: { read: own, create: own },
    pal_statements: { read: org, update: org },
    restrictive_intervention: { read: own, create: own },
    staff_training: { list: org, read: org, create: org },
    behaviour_support_audit: { read: own, create: own },
    planned_visit: { list: own, read: own, create: own, update: own },
    outbox_report: { create: org, read: own },
    service: { list: own, read: own },
    audit_log: { read: own },
    organisation: { read: org },
  },
  quality_lead: {
    person: { list: org, read: org },
    person_history: { read: org },
    care_plan: { read: org },
    care_plan_comment: { read: org, create: org },
    care_plan_attachment: { read: org },
    section_definitions: { read: org, update: org },
    plan_audit: { read: org, create: org },
    quality_action: { read: org, create: org, update: org },
    manual_audit: { read: org, create: org },
    audit_template: { read: org, update: org },
    personalisation_plan: { read: org, create: org },
    personalisation_areas: { read: org, update: org },
    plan_audit_config: { read: org, update: org },
    visit_record: { read: org },
    visit_escalation: { read: org },
    communication_needs: { read: org },
    information_choices: { read: org },
    data_request: { read: org, create: org, update: org },
    record_export: { read: org, create: org },
    person_contact: { list: org, read: org },
    sharing_decision: { read: org },
    contact_entry: { read: org },
    capacity_assessment: { read: org },
    best_interests_decision: { read: org },
    capacity_record: { read: org },
    behaviour_support_plan: { read: org },
    behaviour_record: { read: org },
    pal_assessment: { read: org },
    pal_statements: { read: org, update: org },
    restrictive_intervention: { read: org },
    staff_training: { list: org, read: org, create: org },
    behaviour_support_audit: { read: org, create: org },
    planned_visit: { list: org, read: org },
    service: { list: org, read: org },
    audit_log: { read: org },
    organisation: { read: org },
  },
  administrator: {
    person: { list: org, read: org, create: org, update: org },
    person_history: { read: org },
    communication_needs: { read: org, update: org },
    information_choices: { read: org, update: org },
    staff: { list: org, read: org, invite: org, assign_roles: org, reset_mfa: org, deactivate: org },
    person_contact: { list: org, read: org, create: org, invite: org },
    sharing_decision: { read: org, update: org },
    staff_training: { list: org, read: org, create: org },
    planned_visit: { list: org, read: org, create: org, update: org },
    service: { list: org, read: org, create: org, update: org },
    audit_log: { read: org },
    organisation: { read: org },
  },
};

export type Decision =
  | { allowed: true }
  /** not_found: outside the actor's organisation, so its existence is not revealed. */
  | { allowed: false; reason: 'not_found' | 'forbidden' };

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (resource.organisationId !== actor.organisationId) return { allowed: false, reason: 'not_found' };
  for (const grant of actor.grants) {
    const reach = rolePermissions[grant.role][resource.kind]?.[action];
    if (reach === undefined) continue;
    if (reach === 'organisation' || grant.serviceId === null) return { allowed: true };
    if (resource.serviceId !== undefined && resource.serviceId !== null && resource.serviceId === grant.serviceId) {
      return { allowed: true };
    }
  }
  return { allowed: false, reason: 'forbidden' };
}

export function isAllowed(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource).allowed;
}

/**
 * The part of an organisation an actor may act on for a kind and action, for filtering lists in SQL
 * by the same rules `decide` applies to one record.
 */
export type Scope = { kind: 'none' } | { kind: 'organisation' } | { kind: 'services'; serviceIds: string[] };

export function scopeFor(actor: Actor, action: Action, kind: ResourceKind): Scope {
  const serviceIds = new Set<string>();
  for (const grant of actor.grants) {
    const reach = rolePermissions[grant.role][kind]?.[action];
    if (reach === undefined) continue;
    if (reach === 'organisation' || grant.serviceId === null) return { kind: 'organisation' };
    serviceIds.add(grant.serviceId);
  }
  return serviceIds.size === 0 ? { kind: 'none' } : { kind: 'services', serviceIds: [...serviceIds].sort() };
}

/** Whether a resource falls inside a scope: the same answer `decide` gives, used to check lists. */
export function isInScope(scope: Scope, serviceId: string | null | undefined): boolean {
  switch (scope.kind) {
    case 'none':
      return false;
    case 'organisation':
      return true;
    case 'services':
      return serviceId !== null && serviceId !== undefined && scope.serviceIds.includes(serviceId);
  }
}
