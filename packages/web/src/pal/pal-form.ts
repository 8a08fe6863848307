// The PAL form's values as typed, the body they send, and the same checks the server makes, made before sending.
import {
  palActivities,
  palAssessmentDateErrors,
  palAssessmentPostSchema,
  type PalActivity,
  type PalAssessmentPost,
  type PalAssessmentView,
  type PalLevel,
  type PalTicks,
} from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { failedCheck, type Checked } from '../forms/useCheckedSubmit';

export interface PalFormValues {
  assessedOn: DateParts;
  reassessBy: DateParts;
  checklist: Record<PalActivity, { level: PalLevel | ''; note: string }>;
  profile: { lifeHistory: string; interests: string; likes: string; dislikes: string };
  actionPlan: { goals: string; activities: string; howToSupport: string; who: string };
  supersedeReason: string;
}

const emptyChecklist = () => Object.fromEntries(palActivities.map((a) => [a, { level: '', note: '' }])) as PalFormValues['checklist'];

export function emptyPalForm(today: string): PalFormValues {
  return {
    assessedOn: dateToParts(today),
    reassessBy: emptyDate,
    checklist: emptyChecklist(),
    profile: { lifeHistory: '', interests: '', likes: '', dislikes: '' },
    actionPlan: { goals: '', activities: '', howToSupport: '', who: '' },
    supersedeReason: '',
  };
}

/** A correction starts from the checklist it replaces: change what was wrong. */
export function palFormFrom(assessment: PalAssessmentView): PalFormValues {
  const { checklist, profile, actionPlan } = assessment.body;
  return {
    assessedOn: dateToParts(assessment.assessedOn),
    reassessBy: dateToParts(assessment.reassessBy),
    checklist: Object.fromEntries(palActivities.map((a) => [a, { level: checklist[a].level, note: checklist[a].note ?? '' }])) as PalFormValues['checklist'],
    profile: { lifeHistory: profile.lifeHistory ?? '', interests: profile.interests ?? '', likes: profile.likes ?? '', dislikes: profile.dislikes ?? '' },
    actionPlan: { ...actionPlan },
    supersedeReason: '',
  };
}

/** The levels ticked so far, for showing the result as the form is filled in. */
export const palFormTicks = (values: PalFormValues): PalTicks =>
  Object.fromEntries(palActivities.map((a) => [a, values.checklist[a].level === '' ? null : values.checklist[a].level]));

/** The body as sent: an unticked activity is left without a level, so the server names it as the form does. */
export function palFormBody(values: PalFormValues, statementSetId: string | null, supersedes: string | null): Record<string, unknown> {
  return {
    assessedOn: partsToDate(values.assessedOn),
    reassessBy: partsToDate(values.reassessBy),
    statementSetId,
    checklist: Object.fromEntries(
      palActivities.map((a) => [a, { ...(values.checklist[a].level === '' ? {} : { level: values.checklist[a].level }), note: values.checklist[a].note }]),
    ),
    profile: values.profile,
    actionPlan: values.actionPlan,
    ...(supersedes ? { supersedes, supersedeReason: values.supersedeReason } : {}),
  };
}

/** The server's schema, then the dates against each other and today once they can be read. */
export function checkPalForm(body: Record<string, unknown>, today: string): Checked<PalAssessmentPost> {
  const parsed = palAssessmentPostSchema.safeParse(body);
  if (!parsed.success) return parsed;
  const errors = palAssessmentDateErrors(parsed.data, today);
  return errors.length === 0 ? parsed : failedCheck(errors);
}
