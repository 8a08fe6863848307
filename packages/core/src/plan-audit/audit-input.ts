// What an audit rule sees: plain data the server (from the database) and a command-line tool (from the exchange
// format) can both build. Anything a caller does not know is left undefined, and the rules that need it do not apply.
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
}
