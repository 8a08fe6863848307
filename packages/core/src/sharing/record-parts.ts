// The parts of a person's record that they decide, contact by contact, to share.
export const recordParts = ['plan', 'daily_records', 'health', 'finances', 'behaviour_support'] as const;
export type RecordPart = (typeof recordParts)[number];

export const recordPartLabels: Record<RecordPart, string> = {
  plan: 'Care and support plan (everyday sections)',
  daily_records: 'Daily records of visits',
  health: 'Health information',
  finances: 'Money and finances',
  behaviour_support: 'Behaviour support',
};

export const recordPartHints: Record<RecordPart, string> = {
  plan: 'About me, my routines, personal care, getting out and about, my home, my relationships',
  daily_records: 'What happened at each visit: tasks, food and drink, mood, concerns raised',
  health: 'Health, medicines, eating and drinking, skin, emotional wellbeing, capacity and advance care planning',
  finances: 'The finances section of the plan',
  behaviour_support: 'The behaviour support section of the plan',
};

/** Plan sections that hold health information; everything not named here or below is part of the everyday plan. */
const healthSections: ReadonlySet<string> = new Set([
  'health_and_wellbeing',
  'medication',
  'nutrition_and_hydration',
  'skin_integrity',
  'emotional_wellbeing_and_mental_health',
  'mental_capacity_and_consent',
  'advance_care_planning',
]);

/** Which part of the record a plan section belongs to, so sharing a part shares exactly its sections. */
export function sectionPart(sectionKey: string): RecordPart {
  if (sectionKey === 'finances') return 'finances';
  if (sectionKey === 'behaviour_support') return 'behaviour_support';
  if (healthSections.has(sectionKey)) return 'health';
  return 'plan';
}
