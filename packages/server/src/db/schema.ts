// The database schema (Drizzle). Row-level security, grants and the audit functions live in SQL migrations.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/** Raw bytes, for files kept in the database with everything else (one database to back up). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['homecare', 'care_home'] }).notNull(),
    /** How often plans in this service are reviewed, unless a section sets an earlier date. */
    planReviewIntervalDays: integer('plan_review_interval_days').notNull().default(182),
    createdAt: createdAt(),
  },
  (t) => [index('services_organisation_idx').on(t.organisationId)],
);

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    totpSecret: text('totp_secret'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    status: text('status', { enum: ['active', 'deactivated'] }).notNull().default('active'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('staff_email_unique').on(sql`lower(${t.email})`),
    index('staff_organisation_idx').on(t.organisationId),
  ],
);

export const staffGrants = pgTable(
  'staff_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    role: text('role', {
      enum: ['care_worker', 'senior_care_worker', 'registered_manager', 'quality_lead', 'administrator'],
    }).notNull(),
    serviceId: uuid('service_id').references(() => services.id),
    grantedBy: uuid('granted_by').references(() => staff.id),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Grants are ended, never deleted, so who could see what stays answerable. */
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedBy: uuid('revoked_by').references(() => staff.id),
  },
  (t) => [index('staff_grants_staff_idx').on(t.staffId)],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    stage: text('stage', { enum: ['mfa_pending', 'mfa_enrolment', 'active'] }).notNull(),
    csrfToken: text('csrf_token').notNull(),
    pendingTotpSecret: text('pending_totp_secret'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  role: text('role', {
    enum: ['care_worker', 'senior_care_worker', 'registered_manager', 'quality_lead', 'administrator'],
  }).notNull(),
  serviceId: uuid('service_id').references(() => services.id),
  createdBy: uuid('created_by').notNull().references(() => staff.id),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
  usedBy: uuid('used_by').references(() => staff.id),
});

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    version: integer('version').notNull().default(1),
    legalName: text('legal_name').notNull(),
    preferredName: text('preferred_name'),
    pronouns: text('pronouns'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    nhsNumber: text('nhs_number'),
    address: jsonb('address').notNull(),
    contacts: jsonb('contacts').notNull().default([]),
    gp: jsonb('gp'),
    serviceStartDate: date('service_start_date', { mode: 'string' }),
    emergencyStart: boolean('emergency_start').notNull().default(false),
    status: text('status', { enum: ['active', 'in_hospital', 'ended', 'died'] }).notNull(),
    statusDate: date('status_date', { mode: 'string' }),
    alerts: jsonb('alerts').notNull().default([]),
    accessHowToGetIn: text('access_how_to_get_in'),
    accessKeySafeCode: text('access_key_safe_code'),
    createdAt: createdAt(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull().references(() => staff.id),
  },
  (t) => [
    index('people_organisation_service_idx').on(t.organisationId, t.serviceId),
    index('people_nhs_number_idx').on(t.nhsNumber),
    index('people_date_of_birth_idx').on(t.dateOfBirth),
  ],
);

/** Every version of every person's record, in full: nothing is overwritten without a copy kept here. */
export const personVersions = pgTable(
  'person_versions',
  {
    personId: uuid('person_id').notNull().references(() => people.id),
    version: integer('version').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    snapshot: jsonb('snapshot').notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by').notNull().references(() => staff.id),
    changedAt: timestamp('changed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] })],
);

/** The tamper-evident audit log: one hash chain per organisation (and one for events with no organisation). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: uuid('organisation_id'),
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, precision: 6 }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    outcome: text('outcome', { enum: ['success', 'refused', 'failure'] }).notNull(),
    detail: jsonb('detail').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_chain_unique').on(
      sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.chainSeq,
    ),
    index('audit_log_resource_idx').on(t.organisationId, t.resourceType, t.resourceId),
  ],
);

export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: uuid('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** One care and support plan per person; its content lives in versions. */
export const carePlans = pgTable(
  'care_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('care_plans_person_unique').on(t.personId)],
);

/** Every version of a plan. Only a draft's content may change; an agreed version is kept exactly as agreed. */
export const carePlanVersions = pgTable(
  'care_plan_versions',
  {
    planId: uuid('plan_id').notNull().references(() => carePlans.id),
    version: integer('version').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    status: text('status', { enum: ['draft', 'agreed', 'in_use', 'under_review', 'superseded'] }).notNull(),
    content: jsonb('content').notNull(),
    /** Counts saves of a draft, so an edit from a stale copy is refused. */
    revision: integer('revision').notNull().default(1),
    reason: text('reason'),
    agreement: jsonb('agreement'),
    reviewTrigger: text('review_trigger'),
    reviewNote: text('review_note'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    agreedBy: uuid('agreed_by').references(() => staff.id),
    agreedAt: timestamp('agreed_at', { withTimezone: true, precision: 3 }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.version] }),
    uniqueIndex('care_plan_one_draft').on(t.planId).where(sql`status = 'draft'`),
    index('care_plan_versions_organisation_status_idx').on(t.organisationId, t.status),
  ],
);

/** The provider's service user guide; each save is a new version, none is overwritten. */
export const serviceUserGuides = pgTable(
  'service_user_guides',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.version] })],
);

/** The register of packs printed for homes: which plan version each paper copy holds. */
export const printedPacks = pgTable(
  'printed_packs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    planVersion: integer('plan_version'),
    printSize: text('print_size', { enum: ['standard', 'large'] }).notNull(),
    printedBy: uuid('printed_by').notNull().references(() => staff.id),
    printedAt: timestamp('printed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('printed_packs_person_idx').on(t.personId, t.printedAt)],
);

/**
 * A provider's own additions to the toolkit's sections (new sections, checklists, checklist items, questions).
 * Each save is a new version that keeps everything earlier ones held, so plans written against them stay valid.
 */
export const sectionDefinitionSets = pgTable(
  'section_definition_sets',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.version] })],
);

/** Comments on a plan or one of its sections, such as progress towards a goal. Never edited or removed. */
export const carePlanComments = pgTable(
  'care_plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    planId: uuid('plan_id').notNull().references(() => carePlans.id),
    /** The plan version the comment was written against. */
    planVersion: integer('plan_version').notNull(),
    /** The section it is about, or null for the plan as a whole. */
    sectionKey: text('section_key'),
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('care_plan_comments_plan_idx').on(t.planId, t.createdAt)],
);

/** Files attached to a plan or a section (letters, reports, photographs), with when and by whom. Never removed. */
export const carePlanAttachments = pgTable(
  'care_plan_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    planId: uuid('plan_id').notNull().references(() => carePlans.id),
    planVersion: integer('plan_version').notNull(),
    sectionKey: text('section_key'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    description: text('description'),
    content: bytea('content').notNull(),
    addedBy: uuid('added_by').notNull().references(() => staff.id),
    addedAt: timestamp('added_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('care_plan_attachments_plan_idx').on(t.planId, t.addedAt)],
);

/**
 * Each run of the plan-quality audit over one plan version: on demand, on every new version and nightly.
 * Kept, never replaced, so the trend over time is the history itself.
 */
export const planAuditRuns = pgTable(
  'plan_audit_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    planId: uuid('plan_id').notNull().references(() => carePlans.id),
    planVersion: integer('plan_version').notNull(),
    trigger: text('trigger', { enum: ['on_demand', 'new_version', 'nightly'] }).notNull(),
    /** 0–100 to one decimal place, or null when no rule applied. */
    score: numeric('score', { precision: 4, scale: 1, mode: 'number' }),
    failCount: integer('fail_count').notNull(),
    warnCount: integer('warn_count').notNull(),
    findings: jsonb('findings').notNull(),
    rules: jsonb('rules').notNull(),
    /** Who asked for it; null when Hearth ran it on its own (new version, nightly). */
    runBy: uuid('run_by').references(() => staff.id),
    runAt: timestamp('run_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_audit_runs_organisation_idx').on(t.organisationId, t.runAt),
    index('plan_audit_runs_person_idx').on(t.personId, t.runAt),
  ],
);

/**
 * The provider's plan-audit settings: only what it changed from the defaults (word lists, thresholds, rules
 * switched off or made stricter). Each save is a new version of the whole set; without a row the defaults apply.
 */
export const planAuditConfigSets = pgTable(
  'plan_audit_config_sets',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    version: integer('version').notNull(),
    overrides: jsonb('overrides').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.version] })],
);

/**
 * A provider's own manual audit template (questions an auditor answers about a plan). Each save is a new version
 * of the template, kept for ever, as completed audits name the version they answered. The toolkit's own checklist
 * template is core data and has no row.
 */
export const auditTemplates = pgTable(
  'audit_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** Stable across the template's versions. */
    templateKey: text('template_key').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** The description and questions: `{ description, questions: [{ id, ... }] }`. */
    content: jsonb('content').notNull(),
    /** Retired templates stay readable (audits answered them) but are not offered for new audits. */
    retired: boolean('retired').notNull().default(false),
    reason: text('reason'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('audit_templates_key_version_idx').on(t.organisationId, t.templateKey, t.version)],
);

/**
 * A completed manual audit of one plan version against a template: the questions as they stood (a snapshot),
 * the answers with evidence, and the score. Never changed; a later audit is another row.
 */
export const manualAudits = pgTable(
  'manual_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    planId: uuid('plan_id').notNull().references(() => carePlans.id),
    planVersion: integer('plan_version').notNull(),
    /** 'toolkit' for the built-in checklist, or a provider template's key, with the version answered. */
    templateKey: text('template_key').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** The template as answered: `{ title, description, questions: [{ id, ... }] }`. */
    template: jsonb('template').notNull(),
    /** `[{ questionId, answer, evidence }]`. */
    answers: jsonb('answers').notNull(),
    /** 0–100 to one decimal place, or null when every question was not applicable. */
    score: numeric('score', { precision: 4, scale: 1, mode: 'number' }),
    summary: text('summary'),
    auditorId: uuid('auditor_id').notNull().references(() => staff.id),
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('manual_audits_organisation_idx').on(t.organisationId, t.completedAt),
    index('manual_audits_person_idx').on(t.personId, t.completedAt),
  ],
);

/**
 * The provider's areas of personalised care for the personalisation action plan. Each save is a new version of
 * the whole list; without a row the core's default areas are used.
 */
export const personalisationAreaSets = pgTable(
  'personalisation_area_sets',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    version: integer('version').notNull(),
    /** `{ areas: [{ id, ... }] }`. */
    content: jsonb('content').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.version] })],
);

/**
 * A care home's self-assessment of where it is now across the areas of personalised care, with who took part and
 * the priorities agreed. Never changed; the next self-assessment is another row, so progress shows over time.
 * Its action plan is quality actions that name it.
 */
export const personalisationAssessments = pgTable(
  'personalisation_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    /** The version of the area list assessed (0 for the core defaults), and the areas as they stood. */
    areaSetVersion: integer('area_set_version').notNull(),
    areas: jsonb('areas').notNull(),
    /** `[{ areaId, rating, evidence, ... }]`. */
    ratings: jsonb('ratings').notNull(),
    /** `[{ areaId, why }]`, in the order agreed. */
    priorities: jsonb('priorities').notNull(),
    participants: text('participants').notNull(),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    note: text('note'),
    assessedBy: uuid('assessed_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('personalisation_assessments_service_idx').on(t.organisationId, t.serviceId, t.createdAt)],
);

/**
 * An action raised from an audit finding (or on its own) to improve a plan or a service: who owns it and by when.
 * Its state is the latest of its updates; neither the action nor an update is ever changed or removed.
 */
export const qualityActions = pgTable(
  'quality_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The service it belongs to (for access), and the person whose plan it concerns, if any. */
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').references(() => people.id),
    /** The audit run and finding it was raised from, if any. */
    planAuditRunId: uuid('plan_audit_run_id').references(() => planAuditRuns.id),
    ruleId: text('rule_id'),
    field: text('field'),
    /** Or the manual audit and question it was raised from. */
    manualAuditId: uuid('manual_audit_id').references(() => manualAudits.id),
    questionId: text('question_id'),
    /** Or the personalisation self-assessment and area whose action plan it belongs to. */
    personalisationAssessmentId: uuid('personalisation_assessment_id').references(() => personalisationAssessments.id),
    areaId: text('area_id'),
    title: text('title').notNull(),
    detail: text('detail'),
    ownerId: uuid('owner_id').notNull().references(() => staff.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('quality_actions_organisation_idx').on(t.organisationId, t.dueDate),
    index('quality_actions_person_idx').on(t.personId),
  ],
);

/** Each change of an action's state, with what was done; the newest is the action's state. */
export const qualityActionUpdates = pgTable(
  'quality_action_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    actionId: uuid('action_id').notNull().references(() => qualityActions.id),
    status: text('status', { enum: ['open', 'in_progress', 'done', 'cancelled'] }).notNull(),
    note: text('note'),
    updatedBy: uuid('updated_by').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('quality_action_updates_action_idx').on(t.actionId, t.updatedAt)],
);

/**
 * A visit (homecare) or shift (care home) record, written by a care worker on a phone. Never changed: a correction
 * is an addendum. `clientId` is made on the phone, so a record sent twice (a retry) is stored once.
 */
export const visitRecords = pgTable(
  'visit_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['visit', 'shift'] }).notNull(),
    /** The planned visit it records ("Morning visit") and when it was due, where the plan names one. */
    visitLabel: text('visit_label'),
    plannedFor: timestamp('planned_for', { withTimezone: true, precision: 3 }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true, precision: 3 }).notNull(),
    leftAt: timestamp('left_at', { withTimezone: true, precision: 3 }),
    /** The plan version whose tasks were followed, if the person had one in use. */
    planVersion: integer('plan_version'),
    /** Tasks done or not (with the reason), food and fluid, personal care, mood in the person's words, concerns. */
    content: jsonb('content').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('visit_records_client_idx').on(t.organisationId, t.clientId),
    index('visit_records_person_idx').on(t.personId, t.arrivedAt),
    index('visit_records_service_idx').on(t.organisationId, t.serviceId, t.arrivedAt),
  ],
);

/** A correction or addition to a visit record; the original stays as it was written. */
export const visitRecordAddenda = pgTable(
  'visit_record_addenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    recordId: uuid('record_id').notNull().references(() => visitRecords.id),
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('visit_record_addenda_record_idx').on(t.recordId, t.createdAt)],
);

/** A concern from a visit that the care worker escalated: it goes to the seniors on duty in the person's service. */
export const visitEscalations = pgTable(
  'visit_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    recordId: uuid('record_id').notNull().references(() => visitRecords.id),
    concern: text('concern').notNull(),
    raisedBy: uuid('raised_by').notNull().references(() => staff.id),
    raisedAt: timestamp('raised_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('visit_escalations_service_idx').on(t.organisationId, t.serviceId, t.raisedAt)],
);

/** Each step in handling an escalation (acknowledged, resolved with what was done); the newest is its state. */
export const visitEscalationUpdates = pgTable(
  'visit_escalation_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    escalationId: uuid('escalation_id').notNull().references(() => visitEscalations.id),
    status: text('status', { enum: ['acknowledged', 'resolved'] }).notNull(),
    note: text('note'),
    updatedBy: uuid('updated_by').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('visit_escalation_updates_idx').on(t.escalationId, t.updatedAt)],
);

/**
 * A person's information and communication needs (the Accessible Information Standard): how they were asked, what
 * they need (formats, language, communication aid, contact method) and who recorded it. Each change is a new version.
 */
export const communicationNeeds = pgTable(
  'communication_needs',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    version: integer('version').notNull(),
    needs: jsonb('needs').notNull(),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] }), index('communication_needs_organisation_idx').on(t.organisationId)],
);

/**
 * The recorded conversation about how a person wants their records kept and shared: who took part, the options
 * explained, what was decided, and when to talk again. Each conversation is a row; the newest is the current choice.
 * Until one is recorded, the person shows as "information choices not yet discussed": silence is never consent.
 */
export const informationChoices = pgTable(
  'information_choices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    discussedOn: date('discussed_on', { mode: 'string' }).notNull(),
    /** `{ participants, optionsExplained, decision, personsWords }`. */
    content: jsonb('content').notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('information_choices_person_idx').on(t.personId, t.recordedAt)],
);

/**
 * A request for information from a social care professional or a council monitoring officer: who asked, about whom,
 * what, when it arrived and by when it must be answered (24 hours unless sooner). Its state is its newest update.
 */
export const dataRequests = pgTable(
  'data_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The service whose people it concerns (for access). */
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personIds: uuid('person_ids').array().notNull(),
    /** `{ name, organisation, role, email, phone }`. */
    requester: jsonb('requester').notNull(),
    whatAsked: text('what_asked').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('data_requests_organisation_idx').on(t.organisationId, t.dueAt)],
);

/** Each step of a data request: answered (how), declined (why), or a note; the newest is its state. */
export const dataRequestUpdates = pgTable(
  'data_request_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    requestId: uuid('request_id').notNull().references(() => dataRequests.id),
    status: text('status', { enum: ['open', 'answered', 'declined', 'withdrawn'] }).notNull(),
    /** How it was answered: `{ method, exportId?, note }`. */
    detail: jsonb('detail').notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => staff.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('data_request_updates_idx').on(t.requestId, t.updatedAt)],
);

/**
 * A records export made for a data request or a subject access request: exactly what was sent, kept with its
 * checksum, who made it and for whom. Never changed.
 */
export const recordExports = pgTable(
  'record_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    purpose: text('purpose', { enum: ['data_request', 'subject_access'] }).notNull(),
    dataRequestId: uuid('data_request_id').references(() => dataRequests.id),
    personIds: uuid('person_ids').array().notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('record_exports_organisation_idx').on(t.organisationId, t.createdAt)],
);

/**
 * The people around a person who may be given a view of their record: the person themselves, family, friends,
 * advocates, attorneys, deputies, their GP and other professionals. Never changed; a correction is a new contact.
 */
export const personContacts = pgTable(
  'person_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    name: text('name').notNull(),
    relationship: text('relationship', {
      enum: ['self', 'family', 'friend', 'advocate', 'attorney', 'deputy', 'gp', 'professional'],
    }).notNull(),
    /** In the person's words: "my son", "my niece", "my IMCA". */
    relationshipDetail: text('relationship_detail').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('person_contacts_person_idx').on(t.organisationId, t.personId)],
);

/**
 * What the person (or someone with legal authority for that decision) decided a contact may see. Each change is a
 * new row; the newest for a contact is in force. A revocation is a decision that shares nothing.
 */
export const sharingDecisions = pgTable(
  'sharing_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    contactId: uuid('contact_id').notNull().references(() => personContacts.id),
    parts: text('parts').array().notNull(),
    /** The last day the contact may see the record, in UK time; null means until changed. */
    endsOn: date('ends_on'),
    decidedBy: text('decided_by', { enum: ['person', 'legal_authority'] }).notNull(),
    /** Who decided for the person and on what authority (an attorney, a deputy, a best-interests decision). */
    authorityDetail: text('authority_detail').notNull().default(''),
    /** The records the authority rests on, when someone decided for the person: the assessment finding they lack
     * capacity for the decision, and the best-interests decision or the registered power (LPA / deputyship). */
    capacityAssessmentId: uuid('capacity_assessment_id').references((): AnyPgColumn => capacityAssessments.id),
    bestInterestsDecisionId: uuid('best_interests_decision_id').references(
      (): AnyPgColumn => bestInterestsDecisions.id,
    ),
    legalAuthorityRecordId: uuid('legal_authority_record_id').references((): AnyPgColumn => capacityRecords.id),
    revoked: boolean('revoked').notNull().default(false),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('sharing_decisions_contact_idx').on(t.organisationId, t.contactId, t.recordedAt)],
);

/**
 * A time-limited, read-only grant answering a data request: the named officer may read the named parts of the
 * named people's records until it ends. Never changed; revoking it adds a revocation.
 */
export const dataRequestGrants = pgTable(
  'data_request_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    requestId: uuid('request_id').notNull().references(() => dataRequests.id),
    officerName: text('officer_name').notNull(),
    officerEmail: text('officer_email').notNull(),
    personIds: uuid('person_ids').array().notNull(),
    parts: text('parts').array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('data_request_grants_request_idx').on(t.organisationId, t.requestId)],
);

export const dataRequestGrantRevocations = pgTable('data_request_grant_revocations', {
  grantId: uuid('grant_id').primaryKey().references(() => dataRequestGrants.id),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  reason: text('reason').notNull(),
  revokedBy: uuid('revoked_by').notNull().references(() => staff.id),
  revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** A sign-in for someone outside the provider's staff: the person, their family or advocate, a visiting officer. */
export const externalAccounts = pgTable(
  'external_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('external_accounts_email_unique').on(sql`lower(${t.email})`)],
);

/** An invitation to an external sign-in: for a contact of a person, or for the officer a grant names. */
export const externalInvitations = pgTable(
  'external_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    contactId: uuid('contact_id').references(() => personContacts.id),
    grantId: uuid('grant_id').references(() => dataRequestGrants.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedBy: uuid('used_by').references(() => externalAccounts.id),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('external_invitations_organisation_idx').on(t.organisationId)],
);

/** Which contacts and grants an external sign-in acts as; added when an invitation is accepted, never changed. */
export const externalAccountLinks = pgTable(
  'external_account_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    accountId: uuid('account_id').notNull().references(() => externalAccounts.id),
    contactId: uuid('contact_id').references(() => personContacts.id),
    grantId: uuid('grant_id').references(() => dataRequestGrants.id),
    invitationId: uuid('invitation_id').notNull().references(() => externalInvitations.id),
    createdAt: createdAt(),
  },
  (t) => [index('external_account_links_account_idx').on(t.accountId)],
);

export const externalSessions = pgTable(
  'external_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => externalAccounts.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('external_sessions_account_idx').on(t.accountId)],
);

/**
 * What the person, family or advocate adds to the record: comments, About Me updates, feedback and concerns.
 * Marked as theirs; never changed by anyone.
 */
export const contactEntries = pgTable(
  'contact_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    accountId: uuid('account_id').notNull().references(() => externalAccounts.id),
    contactId: uuid('contact_id').notNull().references(() => personContacts.id),
    kind: text('kind', { enum: ['comment', 'about_me', 'feedback', 'concern'] }).notNull(),
    body: text('body').notNull(),
    /** Chosen by the device, so a retried submission is stored once. */
    clientId: uuid('client_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_entries_person_idx').on(t.organisationId, t.personId, t.createdAt),
    uniqueIndex('contact_entries_client_unique').on(t.accountId, t.clientId),
  ],
);

/**
 * A decision-specific mental capacity assessment, stored signed: never changed. A later assessment of the same
 * decision replaces it by naming it in `supersedes` with a reason; the replaced one stays readable.
 */
export const capacityAssessments = pgTable(
  'capacity_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    decision: text('decision').notNull(),
    /** A stable key for the decision (a plan section key), so later assessments of it are matched. */
    decisionKey: text('decision_key'),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    /** The checked assessment: assessor, practicable steps, stage 1, stage 2, causal link, the person's words. */
    content: jsonb('content').notNull(),
    outcome: text('outcome', { enum: ['has_capacity', 'lacks_capacity'] }).notNull(),
    fluctuating: boolean('fluctuating').notNull(),
    reassessOn: date('reassess_on', { mode: 'string' }),
    supersedes: uuid('supersedes').references((): AnyPgColumn => capacityAssessments.id),
    supersedeReason: text('supersede_reason'),
    signedBy: uuid('signed_by').notNull().references(() => staff.id),
    signedAt: timestamp('signed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('capacity_assessments_person_idx').on(t.organisationId, t.personId, t.assessedOn),
    // An assessment is replaced once; a later change replaces the replacement.
    uniqueIndex('capacity_assessments_supersedes_unique').on(t.supersedes),
  ],
);

/** A best-interests decision resting on a signed assessment that found the person lacks capacity. Never changed. */
export const bestInterestsDecisions = pgTable(
  'best_interests_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    assessmentId: uuid('assessment_id').notNull().references(() => capacityAssessments.id),
    decision: text('decision').notNull(),
    decisionKey: text('decision_key'),
    /** The checklist answered: decision maker, circumstances, wishes, who was consulted, options weighed. */
    content: jsonb('content').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('best_interests_decisions_person_idx').on(t.organisationId, t.personId, t.decidedOn)],
);

/** The seven kinds of record about a person's capacity, authority and wishes kept in `capacity_records`. */
export const capacityRecordKinds = [
  'legal_authority',
  'advance_decision',
  'liberty_safeguard',
  'imca_involvement',
  'consent',
  'advance_care_plan',
  'resuscitation',
] as const;

/**
 * Lasting powers of attorney and deputyships, advance decisions to refuse treatment, liberty safeguards, IMCA
 * involvement, consent, advance care plans and ReSPECT / DNACPR records: one append-only store, each body checked by
 * its kind's schema on the way in. A change is a new row naming the one it replaces, with a reason.
 */
export const capacityRecords = pgTable(
  'capacity_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    kind: text('kind', { enum: capacityRecordKinds }).notNull(),
    body: jsonb('body').notNull(),
    supersedes: uuid('supersedes').references((): AnyPgColumn => capacityRecords.id),
    supersedeReason: text('supersede_reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('capacity_records_person_idx').on(t.organisationId, t.personId, t.kind),
    // A record is replaced once; a later change replaces the replacement.
    uniqueIndex('capacity_records_supersedes_unique').on(t.supersedes),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// Positive Behaviour Support. Every table is append-only (a trigger refuses UPDATE and DELETE): a change is a new
// row naming the one it replaces with a reason, or a new version. Bodies are checked by the core schemas.
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every version of a person's behaviour support plan. Saving makes a new version (never a change to an old one),
 * with the reason; it is in use once agreed (`behaviour_support_plan_agreements`) and reviewed by `reviewBy`.
 */
export const behaviourSupportPlanVersions = pgTable(
  'behaviour_support_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    reviewBy: date('review_by', { mode: 'string' }).notNull(),
    /** The restrictive practices the plan allows as a last resort (kinds as in the register); empty if none. */
    restrictivePractices: text('restrictive_practices').array().notNull(),
    changeReason: text('change_reason').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('behaviour_support_plan_versions_unique').on(t.organisationId, t.personId, t.version)],
);

/** Who agreed a version of the behaviour support plan, and how (the person, family, advocate, professionals). */
export const behaviourSupportPlanAgreements = pgTable(
  'behaviour_support_plan_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    planVersionId: uuid('plan_version_id').notNull().references(() => behaviourSupportPlanVersions.id),
    body: jsonb('body').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('behaviour_support_plan_agreements_version_idx').on(t.organisationId, t.planVersionId)],
);

/** A review of a version of the behaviour support plan: what was found and when the next review is due. */
export const behaviourSupportPlanReviews = pgTable(
  'behaviour_support_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    planVersionId: uuid('plan_version_id').notNull().references(() => behaviourSupportPlanVersions.id),
    body: jsonb('body').notNull(),
    nextReviewBy: date('next_review_by', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('behaviour_support_plan_reviews_version_idx').on(t.organisationId, t.planVersionId)],
);

/**
 * An ABC record: what happened before (antecedent), the behaviour, what happened after (consequence). Written by
 * staff after an incident, often on a phone; `clientId` is made on the phone so a resend is stored once. A correction
 * is a new record replacing this one, with a reason.
 */
export const abcRecords = pgTable(
  'abc_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    clientId: uuid('client_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    /** The behaviour as named in the behaviour support plan, or in the recorder's words. */
    behaviour: text('behaviour').notNull(),
    intensity: integer('intensity').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    restrictiveInterventionUsed: boolean('restrictive_intervention_used').notNull(),
    body: jsonb('body').notNull(),
    supersedes: uuid('supersedes').references((): AnyPgColumn => abcRecords.id),
    supersedeReason: text('supersede_reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('abc_records_client_idx').on(t.organisationId, t.clientId),
    index('abc_records_person_idx').on(t.organisationId, t.personId, t.occurredAt),
    uniqueIndex('abc_records_supersedes_unique').on(t.supersedes),
  ],
);

/**
 * A scatter plot filled in directly: one cell (a day and a time slot) for one target behaviour, graded none, some
 * or high. A later entry for the same cell is the one that counts; earlier ones are kept.
 */
export const scatterPlotEntries = pgTable(
  'scatter_plot_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    behaviour: text('behaviour').notNull(),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    /** Minutes after midnight at which the slot starts, and its length (15, 30 or 60). */
    slotStartMinute: integer('slot_start_minute').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    grade: text('grade', { enum: ['none', 'some', 'high'] }).notNull(),
    activity: text('activity'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('scatter_plot_entries_person_idx').on(t.organisationId, t.personId, t.behaviour, t.observedOn)],
);

/**
 * The provider's licensed PAL checklist statement text, imported from their own copy (Hearth ships only the
 * structure and scoring). The newest import is in use; earlier ones are kept so old assessments read as written.
 */
export const palStatementSets = pgTable(
  'pal_statement_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    body: jsonb('body').notNull(),
    /** Where the text came from and the licence under which the provider holds it. */
    source: text('source').notNull(),
    importedBy: uuid('imported_by').notNull().references(() => staff.id),
    importedAt: timestamp('imported_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('pal_statement_sets_organisation_idx').on(t.organisationId, t.importedAt)],
);

/** A completed PAL checklist with its activity profile and individual action plan. Replaced, never changed. */
export const palAssessments = pgTable(
  'pal_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    reassessBy: date('reassess_by', { mode: 'string' }).notNull(),
    statementSetId: uuid('statement_set_id').references(() => palStatementSets.id),
    body: jsonb('body').notNull(),
    supersedes: uuid('supersedes').references((): AnyPgColumn => palAssessments.id),
    supersedeReason: text('supersede_reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('pal_assessments_person_idx').on(t.organisationId, t.personId, t.assessedOn),
    uniqueIndex('pal_assessments_supersedes_unique').on(t.supersedes),
  ],
);

export const restrictiveInterventionKinds = ['physical', 'seclusion', 'chemical', 'mechanical'] as const;

/**
 * Every use of a restrictive intervention: who, when, how long, why, what less restrictive was tried, injuries and
 * whether it followed the behaviour support plan. The service is kept as it was at the time, for trends.
 */
export const restrictiveInterventions = pgTable(
  'restrictive_interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: restrictiveInterventionKinds }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    followedPlan: text('followed_plan', { enum: ['yes', 'partly', 'no', 'no_plan'] }).notNull(),
    abcRecordId: uuid('abc_record_id').references(() => abcRecords.id),
    body: jsonb('body').notNull(),
    supersedes: uuid('supersedes').references((): AnyPgColumn => restrictiveInterventions.id),
    supersedeReason: text('supersede_reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('restrictive_interventions_client_idx').on(t.organisationId, t.clientId),
    index('restrictive_interventions_person_idx').on(t.organisationId, t.personId, t.startedAt),
    index('restrictive_interventions_service_idx').on(t.organisationId, t.serviceId, t.startedAt),
    uniqueIndex('restrictive_interventions_supersedes_unique').on(t.supersedes),
  ],
);

/** The debrief after a restrictive intervention, with the person or with the staff involved. */
export const restrictiveInterventionDebriefs = pgTable(
  'restrictive_intervention_debriefs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    interventionId: uuid('intervention_id').notNull().references(() => restrictiveInterventions.id),
    withWhom: text('with_whom', { enum: ['person', 'staff'] }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    body: jsonb('body').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('restrictive_intervention_debriefs_idx').on(t.organisationId, t.interventionId)],
);

export const trainingTopics = ['restrictive_practice', 'positive_behaviour_support', 'mental_capacity', 'safeguarding', 'other'] as const;

/**
 * A member of staff's training: the course, when completed and when it expires, the certificate, and whether it is
 * certified against the Restraint Reduction Network standards (required by CQC for restrictive-practice training).
 */
export const staffTrainingRecords = pgTable(
  'staff_training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    topic: text('topic', { enum: trainingTopics }).notNull(),
    course: text('course').notNull(),
    trainingProvider: text('training_provider').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    rrnCertified: boolean('rrn_certified').notNull(),
    certificateReference: text('certificate_reference'),
    supersedes: uuid('supersedes').references((): AnyPgColumn => staffTrainingRecords.id),
    supersedeReason: text('supersede_reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_training_records_staff_idx').on(t.organisationId, t.staffId, t.topic),
    uniqueIndex('staff_training_records_supersedes_unique').on(t.supersedes),
  ],
);

/**
 * A support worker competence checklist (the worker's own, signed off) or an observational checklist completed by an
 * observer watching them support someone.
 */
export const staffCompetenceChecks = pgTable(
  'staff_competence_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    kind: text('kind', { enum: ['competence', 'observation'] }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    body: jsonb('body').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('staff_competence_checks_staff_idx').on(t.organisationId, t.staffId, t.completedOn)],
);

/** A service's behaviour-support-planning audit questionnaire: where the service is now, and its actions. */
export const behaviourSupportAudits = pgTable(
  'behaviour_support_audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    body: jsonb('body').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => staff.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('behaviour_support_audits_service_idx').on(t.organisationId, t.serviceId, t.completedOn)],
);

/**
 * Who visits whom and when: the planned visits of a homecare round. A care worker's phone keeps the records of the
 * people on their upcoming visits; a round can be printed as one emergency pack. A change is a cancellation
 * (`planned_visit_cancellations`) and, if need be, a new visit.
 */
export const plannedVisits = pgTable(
  'planned_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    label: text('label'),
    createdBy: uuid('created_by').notNull().references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('planned_visits_staff_idx').on(t.organisationId, t.staffId, t.startsAt),
    index('planned_visits_person_idx').on(t.organisationId, t.personId, t.startsAt),
    index('planned_visits_service_idx').on(t.organisationId, t.serviceId, t.startsAt),
  ],
);

export const plannedVisitCancellations = pgTable('planned_visit_cancellations', {
  visitId: uuid('visit_id').primaryKey().references(() => plannedVisits.id),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  reason: text('reason').notNull(),
  cancelledBy: uuid('cancelled_by').notNull().references(() => staff.id),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/**
 * What a care worker's phone reports of its outbox: how many visit records wait to be sent and since when, so the
 * senior on duty sees an entry still unsent after a day. One row per report; the newest per device counts.
 */
export const outboxReports = pgTable(
  'outbox_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    staffId: uuid('staff_id').notNull().references(() => staff.id),
    deviceId: uuid('device_id').notNull(),
    body: jsonb('body').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('outbox_reports_staff_idx').on(t.organisationId, t.staffId, t.deviceId, t.reportedAt)],
);
