// The capacity assessment form's state as typed, and the body the server checks with the same schema. Questions
// hidden by an earlier answer (stage 2 when there is no impairment) are not sent, so they cannot contradict it.
import {
  stageTwoAbilities,
  type AssessmentOutcome,
  type CapacityAssessmentView,
  type CausalLinkAnswer,
  type FieldError,
  type PracticableStepKind,
  type StageOneAnswer,
  type StageTwoAbility,
  type StageTwoAnswer,
} from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';

/** "yes", "no" or "" (not answered). */
export type YesNo = '' | 'yes' | 'no';

export interface StageTwoForm {
  answer: '' | StageTwoAnswer;
  evidence: string;
}

export interface AssessmentForm {
  decision: string;
  /** Carried over from the assessment replaced, so the two stay matched; never typed. */
  decisionKey: string | null;
  sectionKeys: string[];
  assessedOn: DateParts;
  assessorName: string;
  assessorRole: string;
  stepKinds: PracticableStepKind[];
  stepDetail: string;
  impairment: '' | StageOneAnswer;
  impairmentEvidence: string;
  stageTwo: Record<StageTwoAbility, StageTwoForm>;
  causalLink: '' | CausalLinkAnswer;
  causalExplanation: string;
  outcome: '' | AssessmentOutcome;
  fluctuates: YesNo;
  reassessOn: DateParts;
  personsWords: string;
  /** The assessment this one replaces, or null for a new decision. */
  supersedes: string | null;
  supersedeReason: string;
}

const unanswered = (): StageTwoForm => ({ answer: '', evidence: '' });

export function emptyAssessmentForm(today: string, assessor: { name: string; role: string }): AssessmentForm {
  return {
    decision: '',
    decisionKey: null,
    sectionKeys: [],
    assessedOn: dateToParts(today),
    assessorName: assessor.name,
    assessorRole: assessor.role,
    stepKinds: [],
    stepDetail: '',
    impairment: '',
    impairmentEvidence: '',
    stageTwo: { understand: unanswered(), retain: unanswered(), useOrWeigh: unanswered(), communicate: unanswered() },
    causalLink: '',
    causalExplanation: '',
    outcome: '',
    fluctuates: '',
    reassessOn: emptyDate,
    personsWords: '',
    supersedes: null,
    supersedeReason: '',
  };
}

/**
 * A new assessment replacing a signed one: the same decision (a different decision is a new assessment, not a
 * replacement) and the same plan sections to start from; everything else is assessed afresh.
 */
export function replacing(form: AssessmentForm, replaced: CapacityAssessmentView): AssessmentForm {
  return {
    ...form,
    decision: replaced.decision,
    decisionKey: replaced.decisionKey,
    sectionKeys: [...replaced.sectionKeys],
    supersedes: replaced.id,
  };
}

const yesNo = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** The body as typed: an unanswered question is left out so the schema names it. */
export function assessmentBody(form: AssessmentForm): unknown {
  const impaired = form.impairment === 'yes';
  const stageTwo = Object.fromEntries(
    stageTwoAbilities.map((ability) => {
      const { answer, evidence } = form.stageTwo[ability];
      const isBlank = answer === '' && evidence.trim() === '';
      return [ability, !impaired || isBlank ? null : { answer: answer === '' ? undefined : answer, evidence }];
    }),
  );
  return {
    decision: form.decision,
    decisionKey: form.decisionKey,
    sectionKeys: form.sectionKeys,
    assessedOn: partsToDate(form.assessedOn),
    assessor: { name: form.assessorName, role: form.assessorRole },
    practicableSteps: { kinds: form.stepKinds, detail: form.stepDetail },
    stageOne: {
      impairment: form.impairment === '' ? undefined : form.impairment,
      evidence: impaired ? form.impairmentEvidence : null,
    },
    stageTwo,
    causalLink: impaired
      ? { answer: form.causalLink === '' ? null : form.causalLink, explanation: form.causalExplanation }
      : { answer: null, explanation: null },
    outcome: form.outcome === '' ? undefined : form.outcome,
    fluctuates: yesNo(form.fluctuates),
    reassessOn: partsToDate(form.reassessOn),
    personsWords: form.personsWords,
    supersedes: form.supersedes,
    supersedeReason: form.supersedes === null ? null : form.supersedeReason,
  };
}

/**
 * Errors where the form shows them: a stage 2 question is one set of radios named after the ability, so "say
 * whether they can or cannot" (on `.answer`) sits with "answer this question" (on the ability itself).
 */
export function placeAssessmentErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    const match = /^stageTwo\.(\w+)\.answer$/.exec(e.field);
    return match ? { ...e, field: `stageTwo.${match[1] ?? ''}` } : e;
  });
}
