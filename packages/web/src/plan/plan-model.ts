// Small rules the plan pages share: what a new draft starts from, whether a section is written, who may do what.
import { type CarePlan, type Me, type Person, type PlanContent, type SaveDraftBody, type SectionContent } from '@hearth/core';
import { mayInService } from '../access/permissions';

/**
 * What the editor saves over: the draft as loaded, or (no draft yet) a new one starting from the plan in use.
 * A new draft keeps the sections but not who took part: each version records its own conversation with the person.
 */
export function draftBase(plan: CarePlan): SaveDraftBody {
  if (plan.draft) return { revision: plan.draft.revision, reason: plan.draft.reason, content: plan.draft.content };
  return {
    revision: null,
    reason: null,
    content: {
      sections: plan.current?.content.sections ?? [],
      involvement: [],
      writtenInFirstPerson: plan.current?.content.writtenInFirstPerson ?? false,
    },
  };
}

export type SectionStatus = 'written' | 'not_applicable' | 'not_started';
export const sectionStatusLabels: Record<SectionStatus, string> = {
  written: 'Written',
  not_applicable: 'Does not apply',
  not_started: 'Not started',
};

export function hasContent(section: SectionContent): boolean {
  return (
    section.checklist.length > 0 ||
    section.answers.length > 0 ||
    section.strengths !== null ||
    section.needs !== null ||
    section.outcomes.length > 0 ||
    section.steps.length > 0 ||
    section.risks.length > 0 ||
    section.equipment.length > 0 ||
    section.riskAssessments.general.length + section.riskAssessments.must.length + section.riskAssessments.falls.length > 0 ||
    section.medicationSupportLevel !== null
  );
}

export function sectionStatus(content: PlanContent, key: string): SectionStatus {
  const section = content.sections.find((s) => s.sectionKey === key);
  if (!section) return 'not_started';
  if (section.notApplicable) return 'not_applicable';
  return hasContent(section) ? 'written' : 'not_started';
}

export interface PlanPermissions {
  mayWrite: boolean;
  mayAgree: boolean;
}

/** From the same policy the server enforces; a closed record's plan is kept as it was. */
export function planPermissions(me: Me, person: Person): PlanPermissions {
  const open = !person.isReadOnly;
  return {
    mayWrite: open && mayInService(me, 'update', 'care_plan', person.serviceId),
    mayAgree: open && mayInService(me, 'agree', 'care_plan', person.serviceId),
  };
}

export const planPath = (personId: string) => `/people/${personId}/plan`;
