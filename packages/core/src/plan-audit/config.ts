// The audit's thresholds and word lists: configuration with sensible defaults, so a provider can tune them
// without touching a rule. `auditConfigSchema.parse(overrides)` fills in everything a provider leaves out.
import { z } from 'zod';
import { participantKinds } from '../care-plan/plan-content.js';
import { staffRoles } from '../roles.js';
import { severities } from './finding.js';

const days = (fallback: number) => z.number().int().min(0).max(36500).default(fallback);
const words = (fallback: readonly string[]) =>
  z
    .array(z.string().trim().min(1).max(100))
    .max(500)
    .default([...fallback]);

export const auditConfigSchema = z.object({
  /** A1/A2: a first plan is due this many days after the service starts (toolkit: 2). */
  firstPlanWithinDays: days(2),
  /** A3: "as soon as possible" after an emergency start, in days. */
  emergencyPlanWithinDays: days(2),
  /** A7: the longest time between reviews; a provider sets it per service. */
  reviewIntervalDays: days(182),
  /** A5: anything unreviewed this long is stale (toolkit: 2 years). */
  archiveAfterDays: days(730),
  /** B9: who counts as co-producing the plan with the provider. */
  coProducerKinds: z
    .array(z.enum(participantKinds))
    .default(['person', 'family', 'friend', 'advocate', 'attorney', 'deputy', 'imca']),
  /** B11: subjective or disrespectful terms, matched as whole words or phrases. */
  subjectiveTerms: words([
    'difficult',
    'uncooperative',
    'un-cooperative',
    'aggressive',
    'attention-seeking',
    'attention seeker',
    'wanders',
    'wanderer',
    'wandering',
    'non-compliant',
    'noncompliant',
    'refuses care',
    'challenging behaviour',
    'manipulative',
    'demanding',
    'stubborn',
    'awkward',
    'naughty',
    'bed blocker',
    'feeder',
    'kicks off',
  ]),
  /** B12: phrases that leave a care professional guessing, unless the same sentence gives a time, frequency or quantity. */
  vaguePhrases: words([
    'as required',
    'as needed',
    'when needed',
    'if needed',
    'when necessary',
    'as necessary',
    'assist as necessary',
    'as appropriate',
    'as and when',
    'regularly',
    'regular',
    'periodically',
    'from time to time',
    'frequently',
    'occasionally',
    'monitor',
    'encourage',
    'keep an eye on',
    'check on',
    'support as needed',
    'prn',
  ]),
  /** B12: words that make a sentence specific (times of day, days, frequencies); numbers with units count too. */
  specificWords: words([
    'once',
    'twice',
    'daily',
    'weekly',
    'fortnightly',
    'monthly',
    'hourly',
    'nightly',
    'every',
    'each visit',
    'each morning',
    'each evening',
    'each night',
    'morning',
    'lunch',
    'lunchtime',
    'afternoon',
    'teatime',
    'tea time',
    'evening',
    'bedtime',
    'night',
    'breakfast',
    'dinner',
    'supper',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'weekend',
  ]),
  /** B13: how alike (0–1, shared word pairs) a written field and the section's good example may be before it reads as copied. */
  templateSimilarity: z.number().min(0.1).max(1).default(0.7),
  /** B14: sections that need not record what the person can do for themselves. */
  enablingExemptSections: words([
    'contingency_plans',
    'advance_care_planning',
    'mental_capacity_and_consent',
    'one_page_profile',
  ]),
  /** B16: the sections every plan must have (present, or marked not applicable with a reason); null means every section definition in use. */
  requiredSectionKeys: z.array(z.string()).nullable().default(null),
  /** C21: roles that may write the one-page profile (toolkit: Care Supervisor or Registered Manager). */
  profileAuthorRoles: z.array(z.enum(staffRoles)).default(['senior_care_worker', 'registered_manager']),
  /** C22: a visit step with fewer words than this says nothing about what happens in it. */
  minStepWords: z.number().int().min(1).max(50).default(3),
  /** G46: the words that name each mobility equipment check list item in a narrative. */
  equipmentTerms: z.record(z.string(), z.array(z.string().min(1).max(100))).default({
    hoist: ['hoist'],
    slings: ['sling', 'slings'],
    standing_hoist: ['standing hoist', 'stand aid', 'sara stedy', 'stedy'],
    ceiling_hoist: ['ceiling hoist', 'tracking hoist'],
    rota_stand: ['rota stand', 'rotastand', 'rotary stand', 'turner'],
    slide_sheet: ['slide sheet', 'slide sheets'],
    rota_stand_belt: ['belt for rotary stand', 'handling belt', 'transfer belt'],
    profiling_bed: ['profiling bed', 'profile bed', 'hospital bed'],
    bedrails: ['bedrails', 'bed rails', 'bed rail'],
    walking_frame: ['walking frame', 'zimmer', 'frame', 'rollator'],
    walk_in_shower: ['walk-in shower', 'walk in shower'],
    recliner_chair: ['recliner', 'riser recliner', 'rise and recline'],
    wheelchair: ['wheelchair'],
    sliding_board: ['sliding board', 'transfer board', 'banana board'],
    shower_chair: ['shower chair', 'shower stool'],
  }),
  /** G47/H56: phrases that show the person is cared for in bed, or double incontinent. */
  bedCarePhrases: words(['cared for in bed', 'bed-bound', 'bedbound', 'bed bound', 'nursed in bed', 'stay in bed all day']),
  doubleIncontinencePhrases: words(['double incontinent', 'doubly incontinent', 'double incontinence']),
  /** H54: words that show a dignity or choice prompt. */
  dignityPhrases: words([
    'ask me',
    'if i am ready',
    'when i am ready',
    'my choice',
    'i choose',
    'i prefer',
    'i would like',
    'i like',
    'privacy',
    'dignity',
    'let me',
    'knock',
    'cover me',
    'towel',
    'only if i need',
  ]),
  /** H59, I62: words that show who to tell, or why a chart is kept. */
  escalationWords: words([
    'gp',
    'nurse',
    'district nurse',
    'dietitian',
    'manager',
    'registered manager',
    'report',
    'tell',
    'inform',
    'call',
    'phone',
    'office',
    '111',
  ]),
  /** I62: a fluid chart running longer than this needs a recorded clinical reason (guidance: 3–5 days). */
  fluidChartMaxDays: days(5),
  /** J69: desired outcomes so general they say nothing about the person, unless longer than genericOutcomeMaxWords. */
  genericOutcomes: words([
    'maintain independence',
    'remain independent',
    'stay independent',
    'improve wellbeing',
    'improve well-being',
    'stay safe',
    'keep safe',
    'remain safe',
    'be safe',
    'increase social inclusion',
    'maintain health',
    'stay healthy',
    'be happy',
    'maintain dignity',
    'improve quality of life',
    'meet needs',
    'needs met',
  ]),
  genericOutcomeMaxWords: z.number().int().min(1).max(50).default(6),
  /** J69: sections that need not hold a desired outcome. */
  outcomesExemptSections: words(['one_page_profile', 'visits_and_support', 'contingency_plans', 'mental_capacity_and_consent']),
  /** K74: conditions that are progressive, or capacity that fluctuates, so advance care planning should be offered. */
  progressiveConditionTerms: words([
    'dementia',
    "alzheimer's",
    'alzheimers',
    'alzheimer',
    "parkinson's",
    'parkinsons',
    'motor neurone disease',
    'mnd',
    'multiple sclerosis',
    'copd',
    'heart failure',
    'cancer',
    "huntington's",
    'fluctuating capacity',
    'capacity fluctuates',
    'kidney failure',
    'end stage',
    'palliative',
    'frailty',
  ]),
  /** Rules a provider has switched off, by id. */
  disabledRules: z.array(z.string()).default([]),
  /** A provider may make a rule stricter or gentler: every finding of that rule gets this severity. */
  severityOverrides: z.record(z.string(), z.enum(severities)).default({}),
  /** The score: what a rule that fails or only warns costs, out of what it could cost. */
  scoreWeights: z.object({ fail: z.number().min(0).max(100), warn: z.number().min(0).max(100) }).default({ fail: 3, warn: 1 }),
});

export type AuditConfig = z.infer<typeof auditConfigSchema>;
export type AuditConfigOverrides = z.input<typeof auditConfigSchema>;

export const defaultAuditConfig: AuditConfig = auditConfigSchema.parse({});
