// The behaviour-support-planning audit questionnaire, in Hearth's words: questions a manager or quality lead answers
// about a whole service, to see where its behaviour support planning is now and what to do next.

export interface BehaviourSupportAuditQuestion {
  id: string;
  text: string;
  /** What to look at to answer it. */
  lookFor: string;
}

export interface BehaviourSupportAuditSection {
  key: string;
  title: string;
  questions: readonly BehaviourSupportAuditQuestion[];
}

/** Kept with each completed audit, so a later rewording never changes what an old audit says was asked. */
export const behaviourSupportAuditVersion = 1;

export const behaviourSupportAuditSections: readonly BehaviourSupportAuditSection[] = [
  {
    key: 'plans',
    title: 'Plans for the people who need them',
    questions: [
      {
        id: 'plans_everyone',
        text: 'Everyone whose behaviour may challenge has been identified, and each of them has a behaviour support plan.',
        lookFor: 'The people the service supports, their care and support plans, incident records.',
      },
      {
        id: 'plans_assessment',
        text: 'Each plan rests on an assessment of what the behaviour is for, using ABC records, scatter plots and the views of people who know the person well.',
        lookFor: 'ABC records and scatter plots behind each plan, and what the plan says the behaviour may be for.',
      },
      {
        id: 'plans_person_centred',
        text: 'Plans describe the person\u2019s strengths, what matters to them and how they communicate, in their own words where possible.',
        lookFor: 'The opening sections of a sample of plans.',
      },
    ],
  },
  {
    key: 'involvement',
    title: 'Involving the person and the people who know them',
    questions: [
      {
        id: 'involve_person',
        text: 'People, with their families or advocates, help to write and review their own plan.',
        lookFor: 'Who agreed each plan and how, and notes of reviews.',
      },
      {
        id: 'involve_capacity',
        text: 'Where someone lacks capacity to agree to their plan or a restriction in it, a capacity assessment and a best-interests decision are recorded.',
        lookFor: 'Capacity assessments and best-interests decisions for plans that include a restrictive practice.',
      },
    ],
  },
  {
    key: 'strategies',
    title: 'Proactive, early and reactive strategies',
    questions: [
      {
        id: 'strategies_proactive',
        text: 'Plans put most weight on proactive strategies that improve the person\u2019s quality of life.',
        lookFor: 'The balance of proactive, secondary and reactive strategies in a sample of plans.',
      },
      {
        id: 'strategies_early_signs',
        text: 'Early warning signs, and what staff should do when they see them, are clear.',
        lookFor: 'The early warning signs section of a sample of plans; ask staff.',
      },
      {
        id: 'strategies_reactive',
        text: 'Reactive strategies are clear and the least restrictive possible, and plans say what must never be done.',
        lookFor: 'The reactive strategies section of a sample of plans.',
      },
    ],
  },
  {
    key: 'restrictive_practice',
    title: 'Restrictive practice',
    questions: [
      {
        id: 'restrictive_authorised',
        text: 'Any restrictive practice is named in the person\u2019s plan, agreed, lawful, and used only as a last resort.',
        lookFor: 'Plans that allow a restrictive practice, and any liberty safeguards or court authorisations.',
      },
      {
        id: 'restrictive_recorded',
        text: 'Every use of a restrictive intervention is recorded, followed by a debrief, and reviewed.',
        lookFor: 'The restrictive intervention register and its debriefs.',
      },
      {
        id: 'restrictive_reducing',
        text: 'The service has a plan to reduce restrictive practice and can show whether its use is falling.',
        lookFor: 'The reduction plan and the trend of interventions by month.',
      },
    ],
  },
  {
    key: 'staff',
    title: 'Staff knowledge and skills',
    questions: [
      {
        id: 'staff_rrn_training',
        text: 'Staff who may use a restrictive intervention hold current training certified against the Restraint Reduction Network standards.',
        lookFor: 'Training records and the flags on the training overview.',
      },
      {
        id: 'staff_competence',
        text: 'Staff competence in positive behaviour support is checked, including by watching practice.',
        lookFor: 'Competence checklists and observations on the training records.',
      },
      {
        id: 'staff_know_plans',
        text: 'Staff can find each person\u2019s plan and describe its main strategies.',
        lookFor: 'Ask two or three staff on shift about someone they support.',
      },
    ],
  },
  {
    key: 'review',
    title: 'Monitoring and review',
    questions: [
      {
        id: 'review_on_time',
        text: 'Plans are reviewed by their review date and after any significant incident.',
        lookFor: 'Review dates and review notes of every plan.',
      },
      {
        id: 'review_use_records',
        text: 'ABC, incident and intervention records are looked at regularly and used to change plans.',
        lookFor: 'Review notes that refer to what the records showed.',
      },
      {
        id: 'review_oversight',
        text: 'Managers oversee behaviour support across the service and report on it to the provider.',
        lookFor: 'Governance meeting notes and reports.',
      },
    ],
  },
];

export const behaviourSupportAuditQuestionIds: readonly string[] = behaviourSupportAuditSections.flatMap((s) =>
  s.questions.map((q) => q.id),
);
