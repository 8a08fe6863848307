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

/** The toolkit's medication support levels, in the person's voice. */
export const medicationSupportLevelLabels: Record<MedicationSupportLevel, string> = {
  none_required: 'No medication required',
  self_medicating: 'No support required: I take my own medication',
  level_0: 'Level 0: a reminder to take my medication',
  level_1: 'Level 1: general support or help with my medication',
  level_2: 'Level 2: my medication is given to me',
  level_3: 'Level 3: my medication is given by specialist techniques',
};
