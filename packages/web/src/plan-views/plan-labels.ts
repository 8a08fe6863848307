// Words for what a plan holds: section titles, checklist item and prompt labels from the section definitions,
// support levels, and readable text for the values a difference between two versions reports.
import {
  involvementHowLabels,
  medicationSupportLevelLabels,
  participantKindLabels,
  supportLevelLabels,
  type MedicationSupportLevel,
  type Involvement,
  type SectionContent,
  type SectionDefinition,
  type SupportLevel,
} from '@hearth/core';
import { formatDate } from '../format';
import { describeRiskChange, riskChangeLabel } from './risk-change-labels';

/** Looks up labels in the section definitions, falling back to the key so nothing is hidden when one is missing. */
export class PlanLabels {
  private readonly byKey: Map<string, SectionDefinition>;

  constructor(definitions: readonly SectionDefinition[]) {
    this.byKey = new Map(definitions.map((d) => [d.key, d]));
  }

  definition(sectionKey: string): SectionDefinition | undefined {
    return this.byKey.get(sectionKey);
  }

  sectionTitle(sectionKey: string): string {
    return this.byKey.get(sectionKey)?.title ?? humanise(sectionKey);
  }

  checklistTitle(sectionKey: string, checklistKey: string): string {
    return this.byKey.get(sectionKey)?.checklists.find((c) => c.key === checklistKey)?.title ?? humanise(checklistKey);
  }

  checklistItemLabel(sectionKey: string, checklistKey: string, itemKey: string): string {
    const checklist = this.byKey.get(sectionKey)?.checklists.find((c) => c.key === checklistKey);
    return checklist?.items.find((i) => i.key === itemKey)?.label ?? humanise(itemKey);
  }

  promptLabel(sectionKey: string, promptKey: string): string {
    return this.byKey.get(sectionKey)?.prompts.find((p) => p.key === promptKey)?.label ?? humanise(promptKey);
  }

  /** "What" changed, for a field of a difference: "checklist.washing.shower", "steps.s1", "strengths" … */
  changeLabel(sectionKey: string, field: string, from: unknown, to: unknown): string {
    const [head = '', ...rest] = field.split('.');
    const latest = asRecord(to) ?? asRecord(from);
    switch (head) {
      case 'checklist': {
        const [checklistKey = '', itemKey = ''] = rest;
        return `${this.checklistTitle(sectionKey, checklistKey)}: ${this.checklistItemLabel(sectionKey, checklistKey, itemKey)}`;
      }
      case 'answers':
        return this.promptLabel(sectionKey, rest.join('.'));
      case 'steps':
        return `Step: ${text(latest?.when) || rest.join('.')}`;
      case 'outcomes':
        return `Outcome: ${text(latest?.goal) || rest.join('.')}`;
      case 'risks':
        return `Risk: ${text(latest?.risk) || rest.join('.')}`;
      case 'equipment':
        return `Equipment: ${text(latest?.item) || rest.join('.')}`;
      case 'riskAssessments':
        return riskChangeLabel(rest[0] ?? '', to ?? from);
      default:
        return sectionFieldLabels[field] ?? humanise(field);
    }
  }
}

const sectionFieldLabels: Record<string, string> = {
  notApplicable: 'Whether this section applies',
  strengths: 'Strengths: what I can do',
  needs: 'What I need, in my words',
  medicationSupportLevel: 'Medication support level',
  nextReviewDate: 'Next review date',
  involvement: 'Who took part',
};

export const notInVersion = 'Not in this version';

/** A value from a difference as short lines of text, never a JSON dump. */
export function describeChangeValue(field: string, value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [notInVersion];
  const head = field.split('.')[0] ?? '';
  const record = asRecord(value);
  switch (head) {
    case 'checklist':
      return record ? [describeLevel(record.level), ...(text(record.note) ? [`Note: ${text(record.note)}`] : [])] : [text(value)];
    case 'steps':
      return record
        ? [
            `${text(record.time) ? `At ${text(record.time)}, ` : ''}${text(record.when)}`,
            text(record.what),
            `Who: ${text(record.who)}`,
          ]
        : [text(value)];
    case 'outcomes':
      return record ? describeOutcome(record) : [text(value)];
    case 'risks':
      return record ? [text(record.risk), `How it is managed: ${text(record.howManaged)}`] : [text(value)];
    case 'equipment':
      return record ? [text(record.item), ...(text(record.notes) ? [`Notes: ${text(record.notes)}`] : [])] : [text(value)];
    case 'riskAssessments':
      return describeRiskChange(field.split('.')[1] ?? '', value) ?? [describeObject(value)];
    case 'notApplicable':
      return record ? [`Does not apply: ${text(record.reason)}`] : [notInVersion];
    case 'medicationSupportLevel':
      return [
        typeof value === 'string' && value in medicationSupportLevelLabels
          ? medicationSupportLevelLabels[value as MedicationSupportLevel]
          : text(value),
      ];
    case 'nextReviewDate':
      return [formatDate(text(value))];
    case 'involvement':
      return Array.isArray(value)
        ? value.length === 0
          ? ['No one recorded']
          : value.map((v) => describeInvolvement(v as Involvement))
        : [text(value)];
    default:
      return [typeof value === 'object' ? describeObject(value) : text(value)];
  }
}

export function describeLevel(level: unknown): string {
  return typeof level === 'string' && level in supportLevelLabels ? supportLevelLabels[level as SupportLevel] : text(level);
}

export function describeInvolvement(i: Involvement): string {
  const who = `${i.name} (${i.relationship ?? participantKindLabels[i.kind]})`;
  return `${who}, ${involvementHowLabels[i.how]}, ${formatDate(i.date)}`;
}

function describeOutcome(record: Record<string, unknown>): string[] {
  const lines = [text(record.goal), `How: ${text(record.howMet)}`, `Who: ${text(record.whoInvolved)}`];
  if (text(record.targetDate)) lines.push(`By: ${formatDate(text(record.targetDate))}`);
  const progress = Array.isArray(record.progress) ? record.progress.length : 0;
  if (progress > 0) lines.push(`${progress} progress ${progress === 1 ? 'note' : 'notes'}`);
  return lines;
}

function describeObject(value: object): string {
  if (Array.isArray(value)) return (value as unknown[]).map((v) => text(v)).join('; ');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${humanise(k)}: ${typeof v === 'object' && v !== null ? describeObject(v) : text(v)}`)
    .join(', ');
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? describeObject(value) : '';
}

/** "my_routine" or "nextReviewDate" → "My routine", "Next review date". */
function humanise(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every step in a plan's sections, with the section it belongs to. */
export function allSteps(sections: readonly SectionContent[]): { sectionKey: string; step: SectionContent['steps'][number] }[] {
  return sections.flatMap((s) => (s.notApplicable ? [] : s.steps.map((step) => ({ sectionKey: s.sectionKey, step }))));
}
