// The plan in the formats people's information needs call for (easy read, plain text): read under the same policy as
// the plan itself (care_plan read), audited, then laid out outside the transaction.
import { plainTextPlan, type PlanVersion, type SectionDefinition } from '@hearth/core';
import { londonDate, longDate } from '../dates.js';
import type { EasyReadInput } from '../pack/easy-read-document.js';
import { printedName } from '../pack/page-frame.js';
import { currentPlanVersion } from './care-plan-repository.js';
import { communicationFlags } from './communication-needs-read.js';
import type { RequestRepository } from './request-repository.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';

export type PlanOutputFormat = 'easy_read' | 'plain_text';

interface PlanOutputData {
  person: { legalName: string; preferredName: string | null };
  plan: PlanVersion | null;
  definitions: SectionDefinition[];
  printedOn: string;
  communicationFlag: string[] | null;
}

function readPlanForOutput(repo: RequestRepository, personId: string, format: PlanOutputFormat): Promise<PlanOutputData> {
  const action = `care_plan.${format}`;
  return repo.run(async (uow) => {
    const person = (
      await uow.tx.query<{
        id: string;
        organisation_id: string;
        service_id: string;
        legal_name: string;
        preferred_name: string | null;
      }>('SELECT id, organisation_id, service_id, legal_name, preferred_name FROM people WHERE id = $1', [personId])
    ).rows[0];
    if (!person) return uow.notFound({ action, resourceType: 'person', resourceId: personId });
    uow.require(
      'read',
      { kind: 'care_plan', organisationId: person.organisation_id, serviceId: person.service_id },
      { action, resourceId: personId },
    );
    const plan = await currentPlanVersion(uow, personId);
    const flag = (await communicationFlags(uow, [person])).get(personId) ?? null;
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { planVersion: plan?.version ?? null } });
    return {
      person: { legalName: person.legal_name, preferredName: person.preferred_name },
      plan,
      definitions: await effectiveSectionDefinitions(uow),
      printedOn: longDate(londonDate(uow.now)),
      communicationFlag: flag,
    };
  });
}

/** What the easy-read layout needs, for a worker thread to render. */
export async function easyReadPlanInput(repo: RequestRepository, personId: string): Promise<EasyReadInput> {
  const data = await readPlanForOutput(repo, personId, 'easy_read');
  return { person: data.person, plan: data.plan, definitions: data.definitions, printedOn: data.printedOn };
}

/** The current plan as plain text for a screen reader or text-to-speech. */
export async function plainTextPlanFor(repo: RequestRepository, personId: string): Promise<string> {
  const data = await readPlanForOutput(repo, personId, 'plain_text');
  return plainTextPlan({
    name: printedName(data.person),
    plan: data.plan,
    definitions: data.definitions,
    printedOn: data.printedOn,
    communicationFlag: data.communicationFlag,
  });
}
