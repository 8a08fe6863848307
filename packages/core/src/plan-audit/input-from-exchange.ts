// Builds the audit's input from a plan in the exchange format (docs/exchange/plan.schema.json), so a plan from a
// file is audited by the same rules, in the same way, as a plan in the database.
import { checkAgainstDefinitions } from '../care-plan/check-against-definitions.js';
import type { PlanExchange } from '../care-plan/exchange.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import type { FieldError } from '../errors.js';
import type { AuditInput } from './audit-input.js';
import { earliest } from './dates.js';

export interface ExchangeAuditOptions {
  /** Today's date (YYYY-MM-DD), passed in: the audit never reads a clock. */
  today: string;
  /** The section definitions the plan is read against. A provider's own sections are not part of an exchange file. */
  definitions: readonly SectionDefinition[];
  /** The version number to audit; by default the version in use (see `chooseVersion`). */
  version?: number;
}

export interface ExchangeAudit {
  input: AuditInput;
  /** Which version is audited, where it sits in the file, and why it was the one chosen. */
  audited: { version: number; status: PlanExchange['versions'][number]['status']; path: string; chosenBecause: string };
  /** Section keys the plan uses that the definitions lack: B16 reports each (a provider's own sections are not in the file). */
  unknownSections: string[];
  /**
   * Everything in the audited version that does not follow the definitions (unknown sections, checklist items or
   * questions), with its path in the file, as the import reports them. The audit still runs.
   */
  definitionProblems: FieldError[];
}

export type ExchangeAuditResult = { ok: true; value: ExchangeAudit } | { ok: false; errors: FieldError[] };

type ExchangeVersion = PlanExchange['versions'][number];

/** A version agreed in the past and still live, most recently agreed first, as the server picks the current plan. */
const livePreference: Record<ExchangeVersion['status'], number> = {
  in_use: 0,
  under_review: 0,
  agreed: 1,
  draft: 2,
  superseded: 2,
};
const chosenBecause: Record<ExchangeVersion['status'], string> = {
  in_use: 'the version in use',
  under_review: 'the version in use (under review)',
  agreed: 'the latest agreed version (none is in use)',
  draft: 'the latest version (none is agreed or in use)',
  superseded: 'the latest version (none is agreed or in use)',
};

/**
 * The version to audit: `--version N` if given; else the one in use (or under review), else the latest agreed one,
 * else the latest version of any status. Ties go to the higher version number, then to the first in the file.
 */
export function chooseVersion(
  versions: readonly ExchangeVersion[],
  wanted?: number,
): { ok: true; index: number; chosenBecause: string } | { ok: false; errors: FieldError[] } {
  if (wanted !== undefined) {
    const matches = versions.flatMap((v, i) => (v.version === wanted ? [i] : []));
    const held = [...new Set(versions.map((v) => v.version))].sort((a, b) => a - b);
    if (matches.length === 0 || matches[0] === undefined)
      return {
        ok: false,
        errors: [
          {
            field: 'versions',
            message: `The document has no version ${wanted}; it holds ${held.length === 1 ? 'version' : 'versions'} ${held.join(', ')}`,
          },
        ],
      };
    if (matches.length > 1)
      return {
        ok: false,
        errors: [
          {
            field: 'versions',
            message: `The document holds version ${wanted} ${matches.length} times (at ${matches.map((i) => `versions.${i}`).join(', ')})`,
          },
        ],
      };
    return { ok: true, index: matches[0], chosenBecause: `version ${wanted}, as asked` };
  }
  let best: { index: number; v: ExchangeVersion } | null = null;
  for (const [index, v] of versions.entries()) {
    const rank = livePreference[v.status];
    if (
      best === null ||
      rank < livePreference[best.v.status] ||
      (rank === livePreference[best.v.status] && v.version > best.v.version)
    )
      best = { index, v };
  }
  if (best === null) return { ok: false, errors: [{ field: 'versions', message: 'The document holds no plan version' }] };
  return { ok: true, index: best.index, chosenBecause: chosenBecause[best.v.status] };
}

const londonDates = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in England of an ISO 8601 date and time, as the server reads its own timestamps; null if unreadable. */
export function londonDateOf(dateTime: string | null): string | null {
  if (dateTime === null) return null;
  const at = new Date(dateTime);
  return Number.isNaN(at.getTime()) ? null : londonDates.format(at);
}

/** The day a version was agreed: when it was recorded as agreed, or failing that the date on its agreement. */
function agreedOnOf(v: ExchangeVersion): string | null {
  if (v.status === 'draft') return null;
  return londonDateOf(v.agreedAt) ?? v.agreement?.date ?? null;
}

export function auditInputFromExchange(doc: PlanExchange, options: ExchangeAuditOptions): ExchangeAuditResult {
  const choice = chooseVersion(doc.versions, options.version);
  if (!choice.ok) return choice;
  const v = doc.versions[choice.index];
  if (!v) return { ok: false, errors: [{ field: 'versions', message: 'The document holds no plan version' }] };
  const known = new Set(options.definitions.map((d) => d.key));
  const path = `versions.${choice.index}`;
  return {
    ok: true,
    value: {
      input: {
        today: options.today,
        content: v.content,
        version: { status: v.status, createdOn: londonDateOf(v.createdAt), agreedOn: agreedOnOf(v), agreement: v.agreement },
        firstAgreedOn: earliest(...doc.versions.map(agreedOnOf)),
        // The file names the person but holds none of their record beyond the NHS number: no service start, contacts,
        // GP or alerts. Left unknown, the rules that need them do not apply; `emergencyStart` only matters with a start date.
        person: { serviceStartDate: null, emergencyStart: false, nhsNumber: doc.person.nhsNumber },
        definitions: options.definitions,
      },
      audited: { version: v.version, status: v.status, path, chosenBecause: choice.chosenBecause },
      unknownSections: [...new Set(v.content.sections.map((s) => s.sectionKey).filter((key) => !known.has(key)))],
      definitionProblems: checkAgainstDefinitions(v.content, options.definitions).map((p) => ({
        ...p,
        field: `${path}.content.${p.field}`,
      })),
    },
  };
}
