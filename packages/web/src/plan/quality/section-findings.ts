// Sorting the audit's findings for one section editor: those about a field the editor shows a note beside, those
// for the section's panel (with the input to move to, where there is one), and the counts the panel and
// the live region give.
import type { AuditResult, Finding, FindingSeverity } from '@hearth/core';
import { fieldTargetId } from '../../forms/field-ids';

export interface SeverityCounts {
  fail: number;
  warn: number;
}

export interface PanelFinding {
  key: string;
  finding: Finding;
  /** The id of the input to move focus to, or null when nothing on the page stands for it. */
  targetId: string | null;
}

export interface SectionQualityView {
  /** By the editor's field name ("steps.0.what", "answers.key_worker"). */
  byField: ReadonlyMap<string, readonly Finding[]>;
  panel: readonly PanelFinding[];
  /** Every finding about this section, beside a field or in the panel. */
  counts: SeverityCounts;
  /** Findings about the plan as a whole (no section), listed on the draft page. */
  planWide: number;
  score: number | null;
}

/**
 * The fields a note is shown beside (FieldFindings in each fieldset). A finding on any other field of the section
 * (a whole list, a checklist answer, a risk assessment) goes to the panel, with a link where the input exists.
 */
const fieldsWithNotes = [
  /^answers\.[a-z0-9_]+$/,
  /^(?:strengths|needs|medicationSupportLevel|notApplicable\.reason)$/,
  /^steps\.\d+\.(?:when|what|who)$/,
  /^outcomes\.\d+\.(?:goal|howMet|whoInvolved|targetDate)$/,
  /^risks\.\d+\.(?:risk|howManaged)$/,
  /^equipment\.\d+\.(?:item|notes)$/,
  /^checklist\.[a-z0-9_]+\.[a-z0-9_]+\.note$/,
];

export function hasFieldNote(editorField: string): boolean {
  return fieldsWithNotes.some((pattern) => pattern.test(editorField));
}

/** A stable key for a finding, to keep lists steady across audits while the text does not change. */
export function findingKey(f: Finding): string {
  return [f.ruleId, f.severity, f.sectionKey ?? '', f.field ?? '', f.missing ?? '', f.explanation].join('|');
}

export interface SectionPlace {
  sectionKey: string;
  /** Where the section sits in the audited content, or -1 when it is left out (nothing written yet). */
  index: number;
  /** A path inside the section, as the schema names it, to the editor's field name (SectionBody.fieldFor). */
  fieldFor: (path: readonly PropertyKey[]) => string | null;
  /** Whether the section's fields are on the page (not while it is marked as not applying). */
  fieldsShown: boolean;
}

const listFields = new Set(['steps', 'outcomes', 'risks', 'equipment']);

function pathParts(path: string): (string | number)[] {
  return path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The editor's field for a finding's plan path inside this section, or null. */
function editorFieldOf(finding: Finding, place: SectionPlace): string | null {
  const prefix = `sections.${place.index}.`;
  if (place.index < 0 || finding.field === null || !finding.field.startsWith(prefix)) return null;
  return place.fieldFor(pathParts(finding.field.slice(prefix.length)));
}

/** Where the panel's link for a finding goes: the input itself, or for a whole list, its "Add" button. */
function targetOf(finding: Finding, editorField: string | null, place: SectionPlace): string | null {
  if (editorField === 'notApplicable.reason') return fieldTargetId(editorField);
  if (!place.fieldsShown) return null;
  if (finding.missing !== null) return fieldTargetId(finding.missing);
  if (editorField !== null) return fieldTargetId(editorField);
  const prefix = `sections.${place.index}.`;
  const rest = place.index >= 0 && finding.field?.startsWith(prefix) ? finding.field.slice(prefix.length) : null;
  return rest !== null && listFields.has(rest) ? `add-${rest}` : null;
}

function concernsSection(finding: Finding, place: SectionPlace): boolean {
  if (finding.sectionKey === place.sectionKey) return true;
  const own = `sections.${place.index}`;
  return place.index >= 0 && finding.field !== null && (finding.field === own || finding.field.startsWith(`${own}.`));
}

export function sectionQualityView(result: AuditResult, place: SectionPlace): SectionQualityView {
  const byField = new Map<string, Finding[]>();
  const panel: PanelFinding[] = [];
  const counts: Record<FindingSeverity, number> = { fail: 0, warn: 0 };
  let planWide = 0;
  for (const finding of result.findings) {
    if (!concernsSection(finding, place)) {
      if (finding.sectionKey === null) planWide++;
      continue;
    }
    counts[finding.severity]++;
    const editorField = editorFieldOf(finding, place);
    const isShown = editorField !== null && (place.fieldsShown || editorField === 'notApplicable.reason');
    if (isShown && finding.missing === null && hasFieldNote(editorField)) {
      const list = byField.get(editorField) ?? [];
      list.push(finding);
      byField.set(editorField, list);
    } else {
      panel.push({ key: findingKey(finding), finding, targetId: targetOf(finding, editorField, place) });
    }
  }
  return { byField, panel, counts, planWide, score: result.score };
}

/** "1 thing needs attention and 2 suggestions", or "no suggestions". */
export function countsPhrase({ fail, warn }: SeverityCounts): string {
  const parts: string[] = [];
  if (fail > 0) parts.push(`${fail} ${fail === 1 ? 'thing needs' : 'things need'} attention`);
  if (warn > 0) parts.push(`${warn} ${warn === 1 ? 'suggestion' : 'suggestions'}`);
  return parts.length === 0 ? 'no suggestions' : parts.join(' and ');
}

export const severityLabels: Record<FindingSeverity, string> = { fail: 'Needs attention', warn: 'Suggestion' };
