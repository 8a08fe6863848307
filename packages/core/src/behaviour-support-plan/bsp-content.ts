// What a behaviour support plan holds: the person's profile, each behaviour of concern described as it is seen, what
// each behaviour achieves for the person (the functional assessment), primary prevention, early warning signs,
// reactive strategies (least restrictive first, what never to do, any restrictive practice allowed as a last resort),
// support after an incident, and the plan to reduce restrictive practice.
import { z } from 'zod';
import { optionalText, requiredText } from '../schemas/common.js';

/** Items carry an id made by the form, so one behaviour or strategy can be followed across versions. */
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Item id must be 1-40 letters, digits, - or _' });

/** What a behaviour may achieve for the person: the four functions a functional assessment looks for. */
export const bspFunctions = ['attention', 'escape', 'sensory', 'tangible'] as const;
export type BspFunction = (typeof bspFunctions)[number];
export const bspFunctionLabels: Record<BspFunction, string> = {
  attention: 'Attention or contact with people',
  escape: 'Escaping or avoiding something',
  sensory: 'Sensory stimulation or relief',
  tangible: 'Getting something they want (an object or activity)',
};

/** The restrictive practices a plan may allow as a last resort: the same kinds as the register of interventions. */
export const bspRestrictivePracticeKinds = ['physical', 'seclusion', 'chemical', 'mechanical'] as const;
export type BspRestrictivePracticeKind = (typeof bspRestrictivePracticeKinds)[number];
export const bspRestrictivePracticeLabels: Record<BspRestrictivePracticeKind, string> = {
  physical: 'Physical intervention',
  seclusion: 'Seclusion',
  chemical: 'Medication given to calm (chemical restraint)',
  mechanical: 'Mechanical restraint',
};

export const bspProfileSchema = z.object({
  aboutMe: requiredText(4000, 'who I am and my life so far'),
  goodDay: requiredText(4000, 'what a good day looks like'),
  communication: requiredText(4000, 'how I communicate'),
  preferences: requiredText(4000, 'what I like and do not like'),
});

/** A behaviour of concern, described as it is seen: never a label such as "aggressive". */
export const bspBehaviourSchema = z.object({
  id: itemId,
  name: requiredText(120, 'a short name for the behaviour'),
  looksLike: requiredText(2000, 'what the behaviour looks like'),
  frequency: requiredText(300, 'how often it happens'),
  duration: requiredText(300, 'how long it lasts'),
  intensity: requiredText(1000, 'how intense it is'),
});
export type BspBehaviour = z.infer<typeof bspBehaviourSchema>;

export const bspFunctionAssessmentSchema = z.object({
  id: itemId,
  /** The behaviour (by its id) this assessment is about. */
  behaviourId: z.string({ error: 'Choose the behaviour' }).min(1, { error: 'Choose the behaviour' }),
  functions: z
    .array(z.enum(bspFunctions, { error: 'Choose what the behaviour achieves' }))
    .min(1, { error: 'Choose what the behaviour achieves for the person' })
    .max(bspFunctions.length),
  whatItAchieves: requiredText(2000, 'what the behaviour achieves for the person'),
  evidence: requiredText(2000, 'the evidence for it'),
});
export type BspFunctionAssessment = z.infer<typeof bspFunctionAssessmentSchema>;

export const bspPrimaryPreventionSchema = z.object({
  meetingNeeds: requiredText(4000, 'how my needs are met'),
  environment: requiredText(4000, 'what helps around me'),
  skills: requiredText(4000, 'the skills I am supported to learn or keep'),
});

export const bspEarlyWarningSchema = z.object({
  id: itemId,
  sign: requiredText(1000, 'the early warning sign'),
  whatToDo: requiredText(2000, 'what to do'),
});

export const bspReactiveStepSchema = z.object({
  id: itemId,
  whatToDo: requiredText(2000, 'what to do'),
});

export const bspRestrictivePracticeSchema = z.object({
  id: itemId,
  kind: z.enum(bspRestrictivePracticeKinds, { error: 'Choose the kind of restrictive practice' }),
  whatStaffDo: requiredText(2000, 'exactly what staff do'),
  onlyWhen: requiredText(2000, 'when it may be used, as a last resort'),
});
export type BspRestrictivePractice = z.infer<typeof bspRestrictivePracticeSchema>;

export const bspReactiveStrategiesSchema = z.object({
  /** In order: the least restrictive response first. */
  steps: z.array(bspReactiveStepSchema).min(1, { error: 'Add at least one thing to do, least restrictive first' }).max(20),
  neverDo: requiredText(2000, 'what never to do'),
  restrictivePractices: z.array(bspRestrictivePracticeSchema).max(bspRestrictivePracticeKinds.length).default([]),
});

export const bspPostIncidentSchema = z.object({
  person: requiredText(2000, 'how to support the person afterwards'),
  staff: requiredText(2000, 'how staff are supported afterwards'),
});

/** The sections of the plan, in the order they are read. */
export const bspSectionKeys = [
  'profile',
  'behaviours',
  'functionalAssessment',
  'primaryPrevention',
  'secondaryStrategies',
  'reactiveStrategies',
  'postIncidentSupport',
  'reductionPlan',
] as const;
export type BspSectionKey = (typeof bspSectionKeys)[number];

export const bspSectionTitles: Record<BspSectionKey, string> = {
  profile: 'About me',
  behaviours: 'Behaviours of concern',
  functionalAssessment: 'What the behaviour achieves for me',
  primaryPrevention: 'Meeting my needs (primary prevention)',
  secondaryStrategies: 'Early warning signs and what to do',
  reactiveStrategies: 'If I become distressed (reactive strategies)',
  postIncidentSupport: 'After an incident',
  reductionPlan: 'Reducing restrictive practice',
};

/** The plan's sections without their cross-checks: how a stored body is read back. */
export const bspContentObjectSchema = z.object({
  profile: bspProfileSchema,
  behaviours: z.array(bspBehaviourSchema).min(1, { error: 'Describe at least one behaviour of concern' }).max(20),
  functionalAssessment: z
    .array(bspFunctionAssessmentSchema)
    .min(1, { error: 'Say what at least one behaviour achieves for the person' })
    .max(20),
  primaryPrevention: bspPrimaryPreventionSchema,
  secondaryStrategies: z.array(bspEarlyWarningSchema).min(1, { error: 'Add at least one early warning sign' }).max(20),
  reactiveStrategies: bspReactiveStrategiesSchema,
  postIncidentSupport: bspPostIncidentSchema,
  /** Required when the plan allows any restrictive practice. */
  reductionPlan: optionalText(4000, 'the reduction plan'),
});
export type BspContent = z.infer<typeof bspContentObjectSchema>;

type Issue = { path: (string | number)[]; message: string };

/** The rules across sections: each assessment names a behaviour of the plan, every behaviour is assessed, and so on. */
export function bspContentIssues(content: BspContent): Issue[] {
  const issues: Issue[] = [];
  const behaviourIds = new Set(content.behaviours.map((b) => b.id));
  const assessed = new Set<string>();
  content.functionalAssessment.forEach((a, i) => {
    if (!behaviourIds.has(a.behaviourId))
      issues.push({ path: ['functionalAssessment', i, 'behaviourId'], message: 'Choose one of the behaviours described above' });
    assessed.add(a.behaviourId);
  });
  content.behaviours.forEach((b, i) => {
    if (!assessed.has(b.id))
      issues.push({
        path: ['behaviours', i, 'name'],
        message: `Say what \u201c${b.name}\u201d achieves for the person in the functional assessment`,
      });
  });
  const kinds = new Set<string>();
  content.reactiveStrategies.restrictivePractices.forEach((p, i) => {
    if (kinds.has(p.kind))
      issues.push({
        path: ['reactiveStrategies', 'restrictivePractices', i, 'kind'],
        message: 'This kind of restrictive practice is already listed',
      });
    kinds.add(p.kind);
  });
  if (content.reactiveStrategies.restrictivePractices.length > 0 && content.reductionPlan === null)
    issues.push({ path: ['reductionPlan'], message: 'Enter the plan to reduce the restrictive practice this plan allows' });
  return issues;
}

/** The content as a form sends it and the server checks it. */
export const bspContentSchema = bspContentObjectSchema.superRefine((content, ctx) => {
  for (const issue of bspContentIssues(content)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type BspContentInput = z.input<typeof bspContentSchema>;

/** As stored: the content and the care and support plan version it was written against (null when there was none). */
export const bspBodySchema = bspContentObjectSchema.extend({
  carePlanVersion: z.number().int().positive().nullable(),
});
export type BspBody = z.infer<typeof bspBodySchema>;

/** The restrictive practices the plan allows as a last resort, each kind once, in the register's order. */
export function bspRestrictivePractices(content: Pick<BspContent, 'reactiveStrategies'>): BspRestrictivePracticeKind[] {
  const listed = new Set(content.reactiveStrategies.restrictivePractices.map((p) => p.kind));
  return bspRestrictivePracticeKinds.filter((k) => listed.has(k));
}
