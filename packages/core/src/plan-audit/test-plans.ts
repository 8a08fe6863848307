// Test plans for the audit rules: one well-written plan that passes every rule, and builders that change one thing,
// so each scenario says only what differs. Used by the tests only.
import { toolkitSections } from '../care-plan/sections/index.js';
import { planContentSchema, type Involvement, type PlanContent } from '../care-plan/plan-content.js';
import type { MedicationSupportLevel, SupportLevel } from '../care-plan/support-levels.js';
import type { AuditCapacity, AuditInput, AuditPerson, AuditVersion } from './audit-input.js';
import { auditPlan } from './audit-plan.js';
import { defaultAuditConfig, type AuditConfig } from './config.js';
import type { Finding } from './finding.js';
import type { AuditRule } from './rule.js';

export interface SectionSpec {
  na?: string;
  answers?: Record<string, string>;
  /** checklistKey → itemKey → level. */
  checklist?: Record<string, Record<string, SupportLevel>>;
  strengths?: string;
  needs?: string;
  outcomes?: { goal?: string; howMet?: string; whoInvolved?: string; targetDate?: string | null }[];
  steps?: { when: string; time?: string | null; what: string; who?: string }[];
  risks?: { risk: string; howManaged: string }[];
  equipment?: { item: string; notes?: string }[];
  level?: MedicationSupportLevel;
  /** Structured assessments, as the plan stores them: { general, must, falls }. */
  riskAssessments?: Record<string, unknown[]>;
  nextReviewDate?: string;
}

/** Every item of a section's checklist at one level, with some items set otherwise. */
export function fullChecklist(
  sectionKey: string,
  checklistKey: string,
  level: SupportLevel,
  except: Record<string, SupportLevel> = {},
): Record<string, Record<string, SupportLevel>> {
  const items = toolkitSections.find((d) => d.key === sectionKey)?.checklists.find((c) => c.key === checklistKey)?.items ?? [];
  return {
    [checklistKey]: Object.fromEntries(items.filter((i) => i.key !== 'other').map((i) => [i.key, except[i.key] ?? level])),
  };
}

const outcome = (goal: string) => ({
  goal,
  howMet: 'My care professional helps me practise on Mondays and Thursdays',
  whoInvolved: 'Me and my care professionals',
  targetDate: '2026-09-01',
});

export const goodSections: Record<string, SectionSpec | null> = {
  one_page_profile: {
    answers: {
      what_matters_to_me: 'My garden and my grandson Leo, who visits on Saturdays.',
      people_important_to_me: 'My son Tom, who phones me every evening at 18:00.',
      key_worker: 'Priya Shah; Tom and I know she is our first contact at the office.',
      dentist: 'High Street Dental, Hitchin',
      pharmacy: 'Boots, Market Place',
      equipment_services: 'Herts Community Equipment Service, 0300 123 4040',
      dietary_requirements: 'No special diet; I do not eat pork.',
      dnacpr_location: 'No',
      advance_care_plan_location: 'Yes, in the blue folder on the hall table',
      treatment_escalation_plan: 'No',
      purple_folder_location: 'No',
      behaviour_support_plan_location: 'No',
      days_of_significance: 'Christmas and Easter; I go to church on Easter Sunday.',
      equality_and_diversity_adjustments: 'None needed',
    },
  },
  visits_and_support: {
    strengths: 'I make my own breakfast and choose my clothes.',
    steps: [
      { when: 'Morning visit', time: '08:00', what: 'Help me wash my back and legs, then I choose my clothes' },
      { when: 'Bedtime visit', time: '20:30', what: 'Help me undress and check my pendant alarm is on' },
    ],
  },
  communication_and_information: {
    strengths: 'I read large print easily.',
    outcomes: [outcome('I want to read my own letters')],
  },
  health_and_wellbeing: {
    answers: {
      medication_support: 'Yes, administer: staff give my tablets',
      present_conditions: 'Arthritis in both knees since 2015.',
    },
    strengths: 'I know when my knees are bad and I say so.',
    outcomes: [outcome('I want to walk to the shop at the end of the road')],
  },
  mental_capacity_and_consent: {
    answers: {
      capacity_status: 'I have capacity to make all decisions about my care.',
      consent_to_plan: 'I agreed this plan on 20 May 2026.',
      sharing_preferences: 'My son Tom and my GP may see it.',
    },
  },
  medication: {
    level: 'level_2',
    checklist: fullChecklist('medication', 'other_things_to_consider', 'full_support'),
    answers: {
      support_by_time_of_day: 'Morning (08:00): give me my tablets from the blister pack with water.',
      side_effects: 'Dizziness when I stand up: tell the office the same day.',
      consent: 'Ask me before giving each medicine; if I say no, write it on my MAR and tell the office.',
      medicines_contact: 'Boots, Market Place, 01462 000000',
      review: 'My medicines support is reviewed after six weeks, on 1 July 2026.',
    },
    strengths: 'I take my tablets myself once they are in my hand.',
    outcomes: [outcome('I want to know what each of my tablets is for')],
  },
  mobility_and_falls: {
    checklist: {
      ...fullChecklist('mobility_and_falls', 'activities', 'some_support'),
      equipment: { walking_frame: 'equipment' },
    },
    answers: {
      concerns: 'I am unsteady when I am tired in the evening.',
      how_i_could_improve: 'Practise walking to the gate with my physiotherapist\u2019s exercises.',
      how_far_i_can_mobilise: 'Around my flat with my walking frame; to the gate and back with a care professional.',
      referral_needed: 'No',
      falls_risk_assessment: 'Done on 20 May 2026: risks are evening tiredness and the hall rug.',
      falls_prevention: 'The hall rug is gone; walk beside me at the teatime visit.',
      after_a_fall: 'Do not lift me: check me for injury, call the office and follow the falls procedure.',
    },
    strengths: 'I stand up from my armchair by myself.',
    outcomes: [outcome('I want to walk to the shop again')],
  },
  personal_care: {
    checklist: {
      ...fullChecklist('personal_care', 'personal_care', 'some_support'),
      ...fullChecklist('personal_care', 'getting_dressed', 'no_support'),
      ...fullChecklist('personal_care', 'toileting_and_continence', 'no_support', {
        catheter: 'not_used',
        stoma_bag: 'not_used',
        change_pad: 'not_used',
      }),
      ...fullChecklist('personal_care', 'my_personal_space', 'no_support'),
      personal_care: {
        ...fullChecklist('personal_care', 'personal_care', 'some_support').personal_care,
        manage_skin_integrity: 'no_support',
      },
    },
    answers: {
      personal_care_needed: 'Yes',
      how_i_like_it_done: 'Please ask me if I am ready for my shower, and wash only the parts I cannot reach.',
      cultural_or_religious_preferences: 'None identified',
      toiletries: 'Tom buys my toiletries; they are in the bathroom cabinet.',
    },
    strengths: 'I wash my face, arms and front myself.',
    outcomes: [outcome('I want to wash my hair myself again')],
  },
  nutrition_and_hydration: {
    answers: {
      dietary_requirements: 'No special diet; I do not eat pork.',
      likes_and_dislikes: 'Porridge at breakfast; I dislike fish.',
      drinks: 'Tea with one sugar; leave a jug of water by my chair at each visit.',
      screening: 'MUST score 0 on 20 May 2026.',
    },
    strengths: 'I make my own sandwiches.',
    outcomes: [outcome('I want to cook a roast for Tom at Christmas')],
  },
  skin_integrity: { na: 'My skin is healthy and I look after it myself.' },
  sleep_and_night_time: { na: 'I sleep well and need no support at night.' },
  emotional_wellbeing_and_mental_health: { na: 'I have no support needs here; I will say if that changes.' },
  community_access_and_engagement: {
    checklist: fullChecklist('community_access_and_engagement', 'community_access', 'no_support'),
    answers: { activity_plan: 'Sundays at 10:00 Tom takes me to church.' },
    strengths: 'I know my way around town.',
    outcomes: [outcome('I want to go to church on Sundays')],
  },
  culture_religion_identity_and_relationships: { na: 'Covered in my one-page profile; nothing more to add.' },
  finances: { na: 'I manage my own money.' },
  safety_and_my_home: { na: 'I have no support needs at home beyond my visits.' },
  advance_care_planning: {
    answers: { advance_care_plan: 'Yes, in the blue folder on the hall table', dnacpr_or_respect: 'No' },
    outcomes: [outcome('I want to stay in my own home')],
  },
  behaviour_support: { na: 'I have no behaviour support needs.' },
  contingency_plans: {
    answers: {
      trigger_factors: 'No answer at the door at a planned visit.',
      what_should_happen: 'Phone me, then Tom; if neither answers within 10 minutes, call the office.',
      who_to_contact: 'Tom Clarke (son) 07700 900000, then the office 01462 000001.',
    },
  },
};

/** A structured falls screening and MUST screening, as the section editor saves them. */
export const fallsScreening = {
  id: 'f1',
  screenedOn: '2026-05-20',
  screenedBy: 'Priya Shah',
  answers: Object.fromEntries(
    [
      'fall_in_last_12_months',
      'fear_of_falling',
      'needs_help_walking_or_transferring',
      'medicines',
      'dizziness_or_low_blood_pressure',
      'continence_urgency_or_night_toileting',
      'poor_eyesight',
      'cognitive_impairment',
      'footwear_or_home_hazards',
    ].map((k) => [k, 'no']),
  ),
};
export const mustScreening = {
  id: 'm1',
  screenedOn: '2026-05-20',
  screenedBy: 'Priya Shah',
  setting: 'community',
  bmi: { method: 'calculated', weightKg: 60, heightM: 1.6 },
  weightLoss: { method: 'estimated_category', category: 'under_5', basis: 'Clothes fit as before' },
  acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
};

export const goodPerson: AuditPerson = {
  serviceStartDate: '2026-01-10',
  emergencyStart: false,
  serviceKind: 'homecare',
  nhsNumber: '9434765919',
  contacts: [{ isNextOfKin: true }],
  gp: { practice: 'Bancroft Surgery' },
  alerts: [{ kind: 'allergy', description: 'Penicillin' }],
  accessDetails: { howToGetIn: 'Key safe to the left of the front door' },
};

export const goodVersion: AuditVersion = {
  status: 'in_use',
  createdOn: '2026-05-18',
  agreedOn: '2026-05-20',
  agreement: {
    method: 'signed_on_screen',
    agreedBy: 'Edith Clarke',
    date: '2026-05-20',
    witness: null,
    authority: null,
    bestInterestsDecision: null,
  },
  authorRole: 'senior_care_worker',
};

export const goodInvolvement: Involvement[] = [
  { kind: 'person', name: 'Edith Clarke', relationship: null, how: 'in_person', date: '2026-05-18' },
  { kind: 'family', name: 'Tom Clarke', relationship: 'Son', how: 'phone', date: '2026-05-18' },
];

export type SectionChange = (spec: SectionSpec) => SectionSpec | null;

/** Merge answers into a section; an answer given as null is removed. */
export const answers =
  (patch: Record<string, string | null>): SectionChange =>
  (spec) => {
    const next = { ...spec.answers };
    for (const [key, text] of Object.entries(patch)) {
      if (text === null) Reflect.deleteProperty(next, key);
      else next[key] = text;
    }
    return { ...spec, answers: next };
  };
export const set =
  (patch: Partial<SectionSpec>): SectionChange =>
  (spec) => ({ ...spec, ...patch });
export const remove: SectionChange = () => null;
export const notApplicable: SectionChange = () => ({ na: 'Does not apply to me.' });
export const replace =
  (spec: SectionSpec): SectionChange =>
  () =>
    spec;

export interface Change {
  sections?: Record<string, SectionChange | SectionChange[]>;
  involvement?: Involvement[];
  writtenInFirstPerson?: boolean;
  person?: Partial<AuditPerson> | null;
  version?: Partial<AuditVersion>;
  firstAgreedOn?: string | null;
  today?: string;
  /** The person's capacity records; left out, the audit reads the plan alone. */
  capacity?: AuditCapacity;
}

function contentFrom(
  specs: Record<string, SectionSpec | null>,
  involvement: Involvement[],
  writtenInFirstPerson: boolean,
): PlanContent {
  const sections = Object.entries(specs).flatMap(([key, spec]): Record<string, unknown>[] => {
    if (spec === null) return [];
    if (spec.na !== undefined) return [{ sectionKey: key, notApplicable: { reason: spec.na } }];
    let n = 0;
    const id = () => `i${++n}`;
    return [
      {
        sectionKey: key,
        checklist: Object.entries(spec.checklist ?? {}).flatMap(([checklistKey, items]) =>
          Object.entries(items).map(([itemKey, level]) => ({ checklistKey, itemKey, level })),
        ),
        answers: Object.entries(spec.answers ?? {}).map(([promptKey, text]) => ({ promptKey, text })),
        strengths: spec.strengths,
        needs: spec.needs ?? 'I need help with the things I cannot reach or lift.',
        outcomes: (spec.outcomes ?? []).map((o) => ({ id: id(), ...outcome('I want to stay at home'), ...o })),
        steps: (spec.steps ?? []).map((s) => ({ id: id(), who: 'Care worker', time: null, ...s })),
        risks: (spec.risks ?? []).map((r) => ({ id: id(), ...r })),
        equipment: (spec.equipment ?? []).map((e) => ({ id: id(), ...e })),
        riskAssessments: spec.riskAssessments,
        medicationSupportLevel: spec.level,
        nextReviewDate: spec.nextReviewDate,
      },
    ];
  });
  return planContentSchema.parse({ sections, involvement, writtenInFirstPerson });
}

/** The good plan with the changes given: the shape of every scenario. */
export function planInput(change: Change = {}): AuditInput {
  const specs: Record<string, SectionSpec | null> = { ...goodSections };
  for (const [key, changes] of Object.entries(change.sections ?? {})) {
    for (const apply of Array.isArray(changes) ? changes : [changes]) {
      const current = specs[key];
      specs[key] = apply(current ?? {});
    }
  }
  return {
    today: change.today ?? '2026-06-01',
    content: contentFrom(specs, change.involvement ?? goodInvolvement, change.writtenInFirstPerson ?? true),
    version: { ...goodVersion, ...change.version },
    firstAgreedOn: change.firstAgreedOn === undefined ? '2026-01-09' : change.firstAgreedOn,
    person: change.person === null ? null : { ...goodPerson, ...change.person },
    definitions: toolkitSections,
    ...(change.capacity ? { capacity: change.capacity } : {}),
  };
}

export type Expected = 'n/a' | 'pass' | ('fail' | 'warn')[];

/** What one rule makes of an input: not applicable, a pass, or the severities of its findings in order. */
export function outcomeOf(rule: AuditRule, input: AuditInput, config: AuditConfig = defaultAuditConfig): Expected {
  const result = auditPlan(input, config, [rule]);
  if (result.rulesNotApplicable.length > 0) return 'n/a';
  return result.findings.length === 0 ? 'pass' : result.findings.map((f) => f.severity);
}

export function findingsOf(rule: AuditRule, input: AuditInput, config: AuditConfig = defaultAuditConfig): Finding[] {
  return auditPlan(input, config, [rule]).findings;
}
