// The plan-audit settings form: which settings it edits, how a word list reads in a text box (one per line), and
// turning the form back into the settings to save.
import type { AuditConfig, AuditConfigOverrides, AuditSettings, FieldError } from '@hearth/core';

type ListKey = 'vaguePhrases' | 'specificWords' | 'subjectiveTerms' | 'genericOutcomes';
type NumberKey = 'firstPlanWithinDays' | 'minStepWords' | 'fluidChartMaxDays' | 'templateSimilarity';

export const wordLists: { key: ListKey; label: string; hint: string }[] = [
  { key: 'vaguePhrases', label: 'Vague phrases', hint: 'Instructions that leave a care worker guessing, unless the same sentence says when or how much (rule B12).' },
  { key: 'specificWords', label: 'Words that make a sentence specific', hint: 'Times of day, days and frequencies that make a vague phrase precise (rule B12).' },
  { key: 'subjectiveTerms', label: 'Subjective or disrespectful terms', hint: 'Words that judge the person rather than describe what happens (rule B11).' },
  { key: 'genericOutcomes', label: 'Outcomes too general to say anything', hint: 'Desired outcomes that could be anyone’s (rule J69).' },
];

export const numbers: { key: NumberKey; label: string; hint: string }[] = [
  { key: 'firstPlanWithinDays', label: 'First plan due within (days of the service starting)', hint: 'Rules A1 and A2. The toolkit says 2.' },
  { key: 'minStepWords', label: 'Fewest words in a visit step', hint: 'Rule C22: a shorter step says too little about what happens.' },
  { key: 'fluidChartMaxDays', label: 'Longest fluid chart without a clinical reason (days)', hint: 'Rule I62. Guidance says 3 to 5.' },
  { key: 'templateSimilarity', label: 'How alike a field and the good example may be before it reads as copied (0.1 to 1)', hint: 'Rule B13: 0.7 means 70% of word pairs shared.' },
];

export interface SettingsForm {
  lists: Record<ListKey, string>;
  numbers: Record<NumberKey, string>;
  disabledRules: string[];
  reason: string;
}

export const linesOf = (list: readonly string[]) => list.join('\n');

export function formFrom(settings: AuditSettings): SettingsForm {
  const e = settings.effective;
  return {
    lists: { vaguePhrases: linesOf(e.vaguePhrases), specificWords: linesOf(e.specificWords), subjectiveTerms: linesOf(e.subjectiveTerms), genericOutcomes: linesOf(e.genericOutcomes) },
    numbers: {
      firstPlanWithinDays: String(e.firstPlanWithinDays),
      minStepWords: String(e.minStepWords),
      fluidChartMaxDays: String(e.fluidChartMaxDays),
      templateSimilarity: String(e.templateSimilarity),
    },
    disabledRules: [...e.disabledRules],
    reason: '',
  };
}

/** One phrase per line, blank lines ignored, each phrase once. */
const phrases = (text: string) => [...new Set(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];

/** A number as typed; text that is not a number is sent as it is, so the settings' check names the field. */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/** The settings to save: the provider's other changes (severities, lists not on the form) kept, the form's on top. */
export function overridesFrom(form: SettingsForm, current: AuditConfigOverrides): Record<string, unknown> {
  const overrides: Record<string, unknown> = { ...current };
  for (const { key } of wordLists) overrides[key] = phrases(form.lists[key]);
  for (const { key } of numbers) overrides[key] = numberOf(form.numbers[key]);
  overrides.disabledRules = [...form.disabledRules].sort();
  return overrides;
}

/** A field error as the form names its fields: "overrides.vaguePhrases.3" is the vague phrases box. */
export function formErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => {
    if (!e.field.startsWith('overrides.')) return e;
    const key = e.field.split('.')[1] ?? '';
    const isList = wordLists.some((l) => l.key === key);
    return { field: key === 'severityOverrides' ? 'disabledRules' : key, message: isList && /\.\d+$/.test(e.field) ? `Each line must be 1 to 100 characters` : e.message };
  });
}

export const defaultLines = (defaults: AuditConfig, key: ListKey) => linesOf(defaults[key]);
