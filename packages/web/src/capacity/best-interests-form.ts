// The best-interests form's state as typed (the section 4 checklist, the people consulted and the options weighed
// as rows added and removed), and the body the server checks with the same schema. The decision and the
// assessment it rests on are not typed: they come from the assessment, so the two always match.
import type { CapacityAssessmentView, ConsultedRelationship, RegainOutlook } from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import type { YesNo } from './assessment-form';

export interface ConsultedRow {
  id: string;
  name: string;
  relationship: '' | ConsultedRelationship;
  views: string;
}

export interface OptionRow {
  id: string;
  option: string;
  assessment: string;
}

export interface BestInterestsForm {
  decidedOn: DateParts;
  makerName: string;
  makerRole: string;
  notBasedOnAppearance: boolean;
  relevantCircumstances: string;
  regainOutlook: '' | RegainOutlook;
  regainDetail: string;
  canWait: YesNo;
  whyNotWait: string;
  participation: string;
  wishesFeelingsBeliefsValues: string;
  writtenStatements: string;
  lifeSustainingTreatment: YesNo;
  notMotivatedByDesireForDeath: boolean;
  consulted: ConsultedRow[];
  options: OptionRow[];
  decisionMade: string;
  sectionKeys: string[];
  reviewOn: DateParts;
}

let nextId = 0;
const rowId = (kind: string) => `${kind}-${String(nextId++)}`;
export const newConsulted = (): ConsultedRow => ({ id: rowId('consulted'), name: '', relationship: '', views: '' });
export const newOption = (): OptionRow => ({ id: rowId('option'), option: '', assessment: '' });

export function emptyBestInterestsForm(
  today: string,
  maker: { name: string; role: string },
  assessment: Pick<CapacityAssessmentView, 'sectionKeys'>,
): BestInterestsForm {
  return {
    decidedOn: dateToParts(today),
    makerName: maker.name,
    makerRole: maker.role,
    notBasedOnAppearance: false,
    relevantCircumstances: '',
    regainOutlook: '',
    regainDetail: '',
    canWait: '',
    whyNotWait: '',
    participation: '',
    wishesFeelingsBeliefsValues: '',
    writtenStatements: '',
    lifeSustainingTreatment: '',
    notMotivatedByDesireForDeath: false,
    consulted: [],
    options: [],
    decisionMade: '',
    // The sections the assessment was about are where the decision most likely lands.
    sectionKeys: [...assessment.sectionKeys],
    reviewOn: emptyDate,
  };
}

const yesNo = (value: YesNo): boolean | undefined => (value === '' ? undefined : value === 'yes');

/** The body as typed: unanswered questions left out so the schema names them; hidden follow-ups not sent. */
export function bestInterestsBody(
  form: BestInterestsForm,
  assessment: Pick<CapacityAssessmentView, 'id' | 'decision' | 'decisionKey'>,
): unknown {
  const isLifeSustaining = form.lifeSustainingTreatment === 'yes';
  return {
    decision: assessment.decision,
    decisionKey: assessment.decisionKey,
    assessmentId: assessment.id,
    decidedOn: partsToDate(form.decidedOn),
    decisionMaker: { name: form.makerName, role: form.makerRole },
    notBasedOnAppearance: form.notBasedOnAppearance,
    relevantCircumstances: form.relevantCircumstances,
    regainCapacity: {
      outlook: form.regainOutlook === '' ? undefined : form.regainOutlook,
      detail: form.regainDetail,
    },
    canWait: yesNo(form.canWait),
    whyNotWait: form.canWait === 'no' ? form.whyNotWait : null,
    participation: form.participation,
    wishesFeelingsBeliefsValues: form.wishesFeelingsBeliefsValues,
    writtenStatements: form.writtenStatements,
    lifeSustainingTreatment: yesNo(form.lifeSustainingTreatment),
    notMotivatedByDesireForDeath: isLifeSustaining ? form.notMotivatedByDesireForDeath : null,
    consulted: form.consulted.map(({ name, relationship, views }) => ({
      name,
      relationship: relationship === '' ? undefined : relationship,
      views,
    })),
    lessRestrictiveOptions: form.options.map(({ option, assessment: why }) => ({ option, assessment: why })),
    decisionMade: form.decisionMade,
    sectionKeys: form.sectionKeys,
    reviewOn: partsToDate(form.reviewOn),
  };
}
