// What an audit rule sees: plain data the server (from the database) and a command-line tool (from the exchange
// format) can both build. Anything a caller does not know is left undefined, and the rules that need it do not apply.
import type { AdvanceCarePlanBody } from '../capacity/advance-care-plan.js';
import type { BestInterestsDecisionView } from '../capacity/capacity-api.js';
import type { StoredCapacityAssessment } from '../capacity/capacity-assessment.js';
import type { ConsentBody } from '../capacity/consent.js';
import type { LibertyBody } from '../capacity/deprivation-of-liberty.js';
import type { LegalAuthorityBody } from '../capacity/legal-authority.js';
import type { ResuscitationRecordBody } from '../capacity/resuscitation-record.js';
import type { Agreement, PlanStatus } from '../care-plan/lifecycle.js';
import type { PlanContent } from '../care-plan/plan-content.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import type { ServiceKind, StaffRole } from '../roles.js';

/** The parts of the person's record the audit reads; the Person the API returns fits it as it is. */
export interface AuditPerson {
  serviceStartDate: string | null;
  /** The service began before a plan could be written. */
  emergencyStart: boolean;
  /** Undefined when the caller does not know; then the rules that need it do not apply. */
  serviceKind?: ServiceKind;
  nhsNumber?: string | null;
  contacts?: readonly { isNextOfKin: boolean }[];
  gp?: { practice: string } | null;
  alerts?: readonly { kind: 'allergy' | 'alert'; description: string }[];
  accessDetails?: { howToGetIn: string | null };
}

/** The plan version being audited. Dates are calendar dates (YYYY-MM-DD) in England. */
export interface AuditVersion {
  status: PlanStatus;
  createdOn: string | null;
  agreedOn: string | null;
  agreement: Agreement | null;
  /** The role of whoever wrote this version, where known. */
  authorRole?: StaffRole | null;
}

/** A best-interests decision as the rules read it: what it decided, when, and the assessment it rests on. */
export type AuditBestInterestsDecision = Pick<
  BestInterestsDecisionView,
  'id' | 'assessmentId' | 'decision' | 'decisionKey' | 'decidedOn' | 'sectionKeys'
>;

/** One record in force (not replaced) of the person's capacity records, with the day it was recorded in England. */
export interface AuditCapacityRecord<Body> {
  id: string;
  body: Body;
  recordedOn: string;
}

/**
 * The person's mental capacity records, for the rules that can judge the records as well as the plan's words. The
 * assessments are the signed ones, replaced ones included (the rules pick those in force); the other records are the
 * ones in force. A list left undefined is one the caller does not know, and the rules fall back on the plan's text.
 */
export interface AuditCapacity {
  assessments: readonly StoredCapacityAssessment[];
  bestInterestsDecisions: readonly AuditBestInterestsDecision[];
  legalAuthorities?: readonly AuditCapacityRecord<LegalAuthorityBody>[];
  libertySafeguards?: readonly AuditCapacityRecord<LibertyBody>[];
  consents?: readonly AuditCapacityRecord<ConsentBody>[];
  advanceCarePlans?: readonly AuditCapacityRecord<AdvanceCarePlanBody>[];
  resuscitationRecords?: readonly AuditCapacityRecord<ResuscitationRecordBody>[];
}

export interface AuditInput {
  /** Today's date (YYYY-MM-DD); rules never read a clock. */
  today: string;
  content: PlanContent;
  version: AuditVersion;
  /** The date the person's first plan version was agreed, or null if none has been yet. */
  firstAgreedOn: string | null;
  /** Null when the audit runs on a plan alone, for example a file from another system. */
  person: AuditPerson | null;
  /** The section definitions the plan is written against: the toolkit's and the provider's own. */
  definitions: readonly SectionDefinition[];
  /** The person's capacity records; undefined when the audit runs on the plan alone. */
  capacity?: AuditCapacity;
}
