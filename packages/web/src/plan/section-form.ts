// The section editor's form: built from a saved section, turned back into the section the schema checks, and the
// schema's paths ("checklist.3.note") mapped to the editor's inputs ("checklist.personal_care.wash_my_face.note").
import type { MedicationSupportLevel, SectionContent, SectionDefinition, SupportLevel } from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { riskAssessmentsFormFrom, type RiskAssessmentsForm } from './risk/risk-form';
import { hasRiskAssessments, riskAssessmentFieldFor, riskAssessmentsInput } from './risk/risk-input';

export interface ChecklistAnswerForm {
  level: SupportLevel | '';
  note: string;
}
export interface OutcomeForm {
  id: string;
  goal: string;
  howMet: string;
  whoInvolved: string;
  targetDate: DateParts;
  /** Kept as saved: progress notes are written elsewhere. */
  progress: SectionContent['outcomes'][number]['progress'];
}
export interface StepForm {
  id: string;
  when: string;
  time: string;
  what: string;
  who: string;
}
export interface RiskForm {
  id: string;
  risk: string;
  howManaged: string;
}
export interface EquipmentForm {
  id: string;
  item: string;
  notes: string;
}

export interface SectionForm {
  notApplicable: boolean;
  notApplicableReason: string;
  /** By "checklistKey.itemKey". */
  checklist: Record<string, ChecklistAnswerForm>;
  /** By prompt key. */
  answers: Record<string, string>;
  strengths: string;
  needs: string;
  outcomes: OutcomeForm[];
  steps: StepForm[];
  risks: RiskForm[];
  equipment: EquipmentForm[];
  riskAssessments: RiskAssessmentsForm;
  medicationSupportLevel: MedicationSupportLevel | '';
  /** Kept as saved. */
  nextReviewDate: string | null;
}

/** A short id for a new outcome, step, risk or piece of equipment (works outside secure contexts too). */
export function newItemId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const checklistFieldKey = (checklistKey: string, itemKey: string) => `${checklistKey}.${itemKey}`;

export function sectionFormFrom(saved: SectionContent | undefined): SectionForm {
  const checklist: Record<string, ChecklistAnswerForm> = {};
  for (const a of saved?.checklist ?? [])
    checklist[checklistFieldKey(a.checklistKey, a.itemKey)] = { level: a.level, note: a.note ?? '' };
  const answers: Record<string, string> = {};
  for (const a of saved?.answers ?? []) answers[a.promptKey] = a.text;
  return {
    notApplicable: Boolean(saved?.notApplicable),
    notApplicableReason: saved?.notApplicable?.reason ?? '',
    checklist,
    answers,
    strengths: saved?.strengths ?? '',
    needs: saved?.needs ?? '',
    outcomes: (saved?.outcomes ?? []).map((o) => ({
      id: o.id,
      goal: o.goal,
      howMet: o.howMet,
      whoInvolved: o.whoInvolved,
      targetDate: dateToParts(o.targetDate),
      progress: o.progress,
    })),
    steps: (saved?.steps ?? []).map((s) => ({ id: s.id, when: s.when, time: s.time ?? '', what: s.what, who: s.who })),
    risks: (saved?.risks ?? []).map((r) => ({ ...r })),
    equipment: (saved?.equipment ?? []).map((e) => ({ id: e.id, item: e.item, notes: e.notes ?? '' })),
    riskAssessments: riskAssessmentsFormFrom(saved?.riskAssessments),
    medicationSupportLevel: saved?.medicationSupportLevel ?? '',
    nextReviewDate: saved?.nextReviewDate ?? null,
  };
}

export const emptyOutcome = (): OutcomeForm => ({
  id: newItemId(),
  goal: '',
  howMet: '',
  whoInvolved: '',
  targetDate: emptyDate,
  progress: [],
});
export const emptyStep = (): StepForm => ({ id: newItemId(), when: '', time: '', what: '', who: '' });
export const emptyRisk = (): RiskForm => ({ id: newItemId(), risk: '', howManaged: '' });
export const emptyEquipment = (): EquipmentForm => ({ id: newItemId(), item: '', notes: '' });

export interface SectionBody {
  /** The section as typed, for sectionContentSchema to check and trim. */
  input: Record<string, unknown>;
  /** A path inside the section as the schema or server names it → the editor's field name, or null if none shows it. */
  fieldFor: (path: readonly PropertyKey[]) => string | null;
  /** Nothing written and not marked as not applying: the section is left out of the plan. */
  isEmpty: boolean;
}

export function sectionBodyFrom(definition: SectionDefinition, form: SectionForm): SectionBody {
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  if (form.notApplicable) {
    return {
      input: { sectionKey: definition.key, notApplicable: { reason: form.notApplicableReason } },
      fieldFor: (path) => (path[0] === 'notApplicable' ? 'notApplicable.reason' : null),
      isEmpty: false,
    };
  }
  // Answered checklist items, in the order the section lists them.
  const checklistKeys: string[] = [];
  const checklist = definition.checklists.flatMap((c) =>
    c.items.flatMap((item) => {
      const key = checklistFieldKey(c.key, item.key);
      const answer = form.checklist[key];
      if (!answer || answer.level === '') return [];
      checklistKeys.push(key);
      return [{ checklistKey: c.key, itemKey: item.key, level: answer.level, note: orNull(answer.note) }];
    }),
  );
  const promptKeys = definition.prompts.map((p) => p.key).filter((key) => (form.answers[key] ?? '').trim() !== '');
  const input = {
    sectionKey: definition.key,
    notApplicable: null,
    checklist,
    answers: promptKeys.map((key) => ({ promptKey: key, text: form.answers[key] ?? '' })),
    strengths: orNull(form.strengths),
    needs: orNull(form.needs),
    outcomes: form.outcomes.map((o) => ({
      id: o.id,
      goal: o.goal,
      howMet: o.howMet,
      whoInvolved: o.whoInvolved,
      targetDate: orNull(partsToDate(o.targetDate)),
      progress: o.progress,
    })),
    steps: form.steps.map((s) => ({ id: s.id, when: s.when, time: orNull(s.time.trim()), what: s.what, who: s.who })),
    risks: form.risks.map((r) => ({ id: r.id, risk: r.risk, howManaged: r.howManaged })),
    equipment: form.equipment.map((e) => ({ id: e.id, item: e.item, notes: orNull(e.notes) })),
    riskAssessments: riskAssessmentsInput(form.riskAssessments),
    medicationSupportLevel:
      definition.key === 'medication' && form.medicationSupportLevel !== '' ? form.medicationSupportLevel : null,
    nextReviewDate: form.nextReviewDate,
  };
  const isEmpty =
    checklist.length === 0 &&
    promptKeys.length === 0 &&
    input.strengths === null &&
    input.needs === null &&
    form.outcomes.length + form.steps.length + form.risks.length + form.equipment.length === 0 &&
    !hasRiskAssessments(form.riskAssessments) &&
    input.medicationSupportLevel === null;

  const fieldFor = (path: readonly PropertyKey[]): string | null => {
    const [first, index, field] = path;
    const list = typeof first === 'string' ? first : '';
    const i = typeof index === 'number' ? index : Number(index);
    switch (list) {
      case 'checklist': {
        const key = checklistKeys[i];
        if (key === undefined) return null;
        return field === 'note' ? `checklist.${key}.note` : `checklist.${key}`;
      }
      case 'answers': {
        const key = promptKeys[i];
        return key === undefined ? null : `answers.${key}`;
      }
      case 'strengths':
      case 'needs':
      case 'medicationSupportLevel':
        return list;
      case 'riskAssessments':
        return riskAssessmentFieldFor(path.slice(1));
      case 'outcomes':
      case 'steps':
      case 'risks':
      case 'equipment':
        if (Number.isNaN(i) || typeof field !== 'string' || field === 'id' || field === 'progress') return null;
        return `${list}.${i}.${field}`;
      default:
        return null;
    }
  };
  return { input, fieldFor, isEmpty };
}
