// The behaviour support plan form's state as typed, how a new version starts (blank, or from the latest), and the
// body sent: checked first with the schema the server uses, so the form names what is missing before sending.
import {
  bspSaveBodySchema,
  type BspContent,
  type BspFunction,
  type BspRestrictivePracticeKind,
  type BspSaveBody,
} from '@hearth/core';
import { emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import type { Checked } from '../forms/useCheckedSubmit';

export interface BehaviourForm {
  id: string;
  name: string;
  looksLike: string;
  frequency: string;
  duration: string;
  intensity: string;
}
export interface FunctionForm {
  id: string;
  behaviourId: string;
  functions: BspFunction[];
  whatItAchieves: string;
  evidence: string;
}
export interface WarningForm {
  id: string;
  sign: string;
  whatToDo: string;
}
export interface StepForm {
  id: string;
  whatToDo: string;
}
export interface PracticeForm {
  id: string;
  kind: BspRestrictivePracticeKind | '';
  whatStaffDo: string;
  onlyWhen: string;
}

export interface BspForm {
  profile: { aboutMe: string; goodDay: string; communication: string; preferences: string };
  behaviours: BehaviourForm[];
  functionalAssessment: FunctionForm[];
  primaryPrevention: { meetingNeeds: string; environment: string; skills: string };
  secondaryStrategies: WarningForm[];
  reactiveStrategies: { steps: StepForm[]; neverDo: string; restrictivePractices: PracticeForm[] };
  postIncidentSupport: { person: string; staff: string };
  reductionPlan: string;
  changeReason: string;
  reviewBy: DateParts;
}

/** The day in England a moment fell on, as YYYY-MM-DD. */
export const londonDateOf = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));

/** An id for a new entry, unique within the plan, made of the characters the schema allows. */
export const newItemId = (stem: string) => `${stem}-${Math.random().toString(36).slice(2, 10)}`;

export const newBehaviour = (): BehaviourForm => ({
  id: newItemId('b'),
  name: '',
  looksLike: '',
  frequency: '',
  duration: '',
  intensity: '',
});
export const newFunction = (behaviourId = ''): FunctionForm => ({
  id: newItemId('f'),
  behaviourId,
  functions: [],
  whatItAchieves: '',
  evidence: '',
});
export const newWarning = (): WarningForm => ({ id: newItemId('w'), sign: '', whatToDo: '' });
export const newStep = (): StepForm => ({ id: newItemId('r'), whatToDo: '' });
export const newPractice = (): PracticeForm => ({ id: newItemId('p'), kind: '', whatStaffDo: '', onlyWhen: '' });

/** A first plan: one of each list to fill in, so the form shows what a plan needs. */
export function emptyBspForm(): BspForm {
  const behaviour = newBehaviour();
  return {
    profile: { aboutMe: '', goodDay: '', communication: '', preferences: '' },
    behaviours: [behaviour],
    functionalAssessment: [newFunction(behaviour.id)],
    primaryPrevention: { meetingNeeds: '', environment: '', skills: '' },
    secondaryStrategies: [newWarning()],
    reactiveStrategies: { steps: [newStep()], neverDo: '', restrictivePractices: [] },
    postIncidentSupport: { person: '', staff: '' },
    reductionPlan: '',
    changeReason: '',
    reviewBy: emptyDate,
  };
}

/** A new version starts from the latest: everything as it was, with a new reason and review date to give. */
export function bspFormFrom(content: BspContent): BspForm {
  return {
    profile: { ...content.profile },
    behaviours: content.behaviours.map((b) => ({ ...b })),
    functionalAssessment: content.functionalAssessment.map((f) => ({ ...f, functions: [...f.functions] })),
    primaryPrevention: { ...content.primaryPrevention },
    secondaryStrategies: content.secondaryStrategies.map((s) => ({ ...s })),
    reactiveStrategies: {
      steps: content.reactiveStrategies.steps.map((s) => ({ ...s })),
      neverDo: content.reactiveStrategies.neverDo,
      restrictivePractices: content.reactiveStrategies.restrictivePractices.map((p) => ({ ...p })),
    },
    postIncidentSupport: { ...content.postIncidentSupport },
    reductionPlan: content.reductionPlan ?? '',
    changeReason: '',
    reviewBy: emptyDate,
  };
}

/** The body as typed: an unchosen kind of restrictive practice is left out, so the schema names it. */
export function bspSaveRequest(form: BspForm, basedOnVersion: number | null): Record<string, unknown> {
  const { changeReason, reviewBy, ...content } = form;
  return {
    basedOnVersion,
    changeReason,
    reviewBy: partsToDate(reviewBy),
    content: {
      ...content,
      reactiveStrategies: {
        ...content.reactiveStrategies,
        restrictivePractices: content.reactiveStrategies.restrictivePractices.map(({ kind, ...rest }) =>
          kind === '' ? rest : { kind, ...rest },
        ),
      },
    },
  };
}

export function checkBspSave(body: Record<string, unknown>): Checked<BspSaveBody> {
  return bspSaveBodySchema.safeParse(body);
}
