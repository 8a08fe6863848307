// The care and support plan a behaviour support plan sits beside: its version in use, and the sections about
// behaviour support and risk to link to, for readers who may read the care plan.
import type { BspCarePlanLink, SectionContent } from '@hearth/core';
import { currentPlanVersion, type PersonRef } from './care-plan-repository.js';
import type { UnitOfWork } from './request-repository.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';

const hasRisks = (s: SectionContent) =>
  !s.notApplicable &&
  (s.risks.length > 0 ||
    s.riskAssessments.general.length > 0 ||
    s.riskAssessments.must.length > 0 ||
    s.riskAssessments.falls.length > 0);

export async function bspCarePlanLink(uow: UnitOfWork, person: PersonRef): Promise<BspCarePlanLink | null> {
  if (!uow.allows('read', { kind: 'care_plan', organisationId: person.organisation_id, serviceId: person.service_id }))
    return null;
  const plan = await currentPlanVersion(uow, person.id);
  if (plan === null) return null;
  const titles = new Map((await effectiveSectionDefinitions(uow)).map((d) => [d.key, d.title]));
  const title = (key: string) => titles.get(key) ?? key.replace(/_/g, ' ');
  const sections = plan.content.sections.flatMap((s): BspCarePlanLink['sections'] => [
    ...(s.sectionKey === 'behaviour_support'
      ? [{ key: s.sectionKey, title: title(s.sectionKey), about: 'behaviour_support' as const }]
      : []),
    ...(s.sectionKey !== 'behaviour_support' && hasRisks(s)
      ? [{ key: s.sectionKey, title: title(s.sectionKey), about: 'risk' as const }]
      : []),
  ]);
  return { version: plan.version, agreedOn: plan.agreement?.date ?? null, sections };
}

/** The care plan version a new behaviour support plan version is written against: the one care follows now. */
export async function carePlanVersionNow(uow: UnitOfWork, personId: string): Promise<number | null> {
  return (await currentPlanVersion(uow, personId))?.version ?? null;
}
