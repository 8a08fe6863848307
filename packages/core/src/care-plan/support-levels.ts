// The toolkit's support levels for a checklist item, in the words it uses.
export const supportLevels = [
  'no_support',
  'some_support',
  'verbal_prompt',
  'full_support',
  'equipment',
  'not_used',
] as const;
export type SupportLevel = (typeof supportLevels)[number];

export const supportLevelLabels: Record<SupportLevel, string> = {
  no_support: 'I do not need any support',
  some_support: 'I need some support',
  verbal_prompt: 'I need a verbal prompt',
  full_support: 'I need full support',
  equipment: 'I need equipment',
  not_used: 'I do not use or need that',
};

/** Medication support, which the toolkit grades on its own scale. */
export const medicationSupportLevels = ['none_required', 'self_medicating', 'level_0', 'level_1', 'level_2', 'level_3'] as const;
export type MedicationSupportLevel = (typeof medicationSupportLevels)[number];
