// The disclosure log of a subject access export: who read or changed a person's record and when, in plain words,
// from the audit log entries that name the person.

/** One audit log entry that names the person, as read for the export. */
export interface DisclosureSource {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  /** For a record export: 'subject_access' or 'data_request'. */
  purpose?: string | null;
  /** Said in full where the action code alone cannot, such as an access grant's officer, parts and end. */
  description?: string | null;
}

export type DisclosureKind = 'read' | 'change' | 'export' | 'shared';

export interface Disclosure {
  at: string;
  who: string;
  staffId: string | null;
  kind: DisclosureKind;
  what: string;
  action: string;
}

/** The actions people ask about most, said as a person would; anything else is worded from its code. */
const descriptions: Record<string, string> = {
  'person.read': 'Looked at their details',
  'person.create': 'Added them to the register',
  'person.update': 'Changed their details',
  'person.history': 'Looked at the history of changes to their details',
  'care_plan.read': 'Read their care and support plan',
  'care_plan.read_version': 'Read an earlier version of their plan',
  'care_plan.diff': 'Compared two versions of their plan',
  'care_plan.save_draft': 'Wrote or changed a draft of their plan',
  'care_plan.agree': 'Recorded that their plan was agreed',
  'care_plan.start_use': 'Put their plan into use',
  'care_plan.start_review': 'Started a review of their plan',
  'care_plan.easy_read': 'Made their plan in easy read',
  'care_plan.plain_text': 'Made their plan in plain text',
  'care_plan_comment.list': 'Read the comments on their plan',
  'care_plan_comment.create': 'Commented on their plan',
  'care_plan_attachment.list': 'Looked at the list of files attached to their plan',
  'care_plan_attachment.read': 'Opened a file attached to their plan',
  'care_plan_attachment.create': 'Attached a file to their plan',
  'care_plan.export': 'Exported their plan to another system',
  'care_plan.import': 'Brought their plan in from another system',
  'pack.prepare': 'Prepared the printed pack for their home',
  'pack.print': 'Printed the pack for their home',
  'communication_needs.read': 'Read their information and communication needs',
  'communication_needs.update': 'Recorded their information and communication needs',
  'information_choices.read': 'Read their information choices',
  'information_choices.record': 'Recorded a conversation about their information choices',
  'information_choices.attention': 'Saw them on the list of people whose information choices need discussing',
  'visit_record.create': 'Recorded a visit',
  'visit_record.read': 'Read a visit record',
  'visit_record.addendum': 'Added a correction to a visit record',
  'visit_record.attention': 'Saw their visits on the day\u2019s list',
  'visit_escalation.list': 'Saw a concern about them on the list of concerns',
  'visit_escalation.update': 'Acknowledged or resolved a concern about them',
  'visit_record.list': 'Read their visit records',
  'plan_audit.run': 'Checked the quality of their plan',
  'plan_audit.read': 'Read the quality checks of their plan',
  'manual_audit.list': 'Read the list of audits of their plan',
  'manual_audit.create': 'Audited their plan',
  'manual_audit.read': 'Read an audit of their plan',
  'quality_action.create': 'Raised an action to improve their plan',
  'quality_action.read': 'Read an action about their plan',
  'quality_action.list': 'Saw an action about them on a list',
  'quality_action.update': 'Updated an action about their plan',
  'record_export.create': 'Made a copy of their record for them (subject access)',
  'record_export.download': 'Downloaded a copy of their record',
  'data_request.create': 'Logged a request for their information from a council or professional',
  'data_request.read': 'Read a request for their information',
  'data_request.update': 'Answered or closed a request for their information',
};

/** Copies of the record made to answer a data request, told apart from those made for the person. */
const forDataRequest: Record<string, string> = {
  'record_export.create': 'Made a copy of their record to answer a request for information',
  'record_export.download': 'Downloaded a copy of their record made for a request for information',
};

const changeVerbs = [
  'create',
  'update',
  'record',
  'save',
  'agree',
  'addendum',
  'import',
  'start_use',
  'start_review',
  'run',
  'print',
];

export function disclosureKind(action: string): DisclosureKind {
  if (action.startsWith('record_export.') || action.endsWith('.export')) return 'export';
  if (action.startsWith('data_request.') || action.startsWith('data_request_grant.')) return 'shared';
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return changeVerbs.some((v) => verb.includes(v)) ? 'change' : 'read';
}

export function describeDisclosureAction(action: string): string {
  const known = descriptions[action];
  if (known) return known;
  const [resource = action, verb = ''] = action.split('.');
  const words = (s: string) => s.replace(/_/g, ' ');
  const text = `${words(verb)} ${words(resource)}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function toDisclosure(entry: DisclosureSource): Disclosure {
  const dataRequestCopy = entry.purpose === 'data_request' ? forDataRequest[entry.action] : undefined;
  return {
    at: entry.at,
    who: entry.actorName ?? 'Hearth (done automatically)',
    staffId: entry.actorId,
    kind: dataRequestCopy ? 'shared' : disclosureKind(entry.action),
    what: entry.description ?? dataRequestCopy ?? describeDisclosureAction(entry.action),
    action: entry.action,
  };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, and prefixed with a single quote when a
 * spreadsheet would read it as a formula.
 */
function csvCell(value: string | null): string {
  if (value === null) return '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The log as CSV with a byte-order mark, so a spreadsheet reads names such as Ŵyn correctly. */
export function disclosuresCsv(disclosures: readonly Disclosure[]): string {
  const header = ['When (UTC)', 'Who', 'Staff id', 'Kind', 'What', 'Action code'];
  const rows = disclosures.map((d) => [d.at, d.who, d.staffId, d.kind, d.what, d.action]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
