// Export and import of a person's plan in the documented exchange format (docs/exchange/plan.schema.json).
import { checkAgainstDefinitions, planExchangeFormat, planExchangeFormatVersion, type PlanExchange, type PlanVersion } from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import { draftFromImport, planVersionsForExport } from './care-plan-repository.js';
import type { RequestRepository } from './request-repository.js';
import { readEffectiveSectionDefinitions } from './section-definitions-repository.js';

export function exportPlan(repo: RequestRepository, personId: string): Promise<PlanExchange> {
  return repo.run(async (uow) => {
    const { person, versions } = await planVersionsForExport(uow, personId);
    await uow.audit({ action: 'care_plan.export', resourceType: 'person', resourceId: personId, detail: { versions: versions.length } });
    return {
      format: planExchangeFormat,
      formatVersion: planExchangeFormatVersion,
      exportedAt: uow.now.toISOString(),
      source: 'Hearth',
      person,
      versions: versions.map((v) => ({
        version: v.version, status: v.status, reason: v.reason, content: v.content, agreement: v.agreement, createdAt: v.createdAt, agreedAt: v.agreedAt,
      })),
    };
  });
}

/**
 * Reads a plan from another system or a transcribed paper plan into a new draft, to be checked and agreed
 * with the person in Hearth: an agreement made elsewhere is kept in the reason, not taken as Hearth's.
 * Every version is checked first, so a document with any problem imports nothing.
 */
export async function importPlan(repo: RequestRepository, personId: string, doc: PlanExchange): Promise<PlanVersion> {
  const definitions = await readEffectiveSectionDefinitions(repo, 'care_plan.import');
  const problems = doc.versions.flatMap((v, i) => checkAgainstDefinitions(v.content, definitions).map((p) => ({ ...p, field: `versions.${i}.content.${p.field}` })));
  if (problems.length > 0) throw new HttpError('validation', 'The document does not follow Hearth\u2019s plan sections', problems);
  const latest = [...doc.versions].sort((a, b) => b.version - a.version)[0];
  if (!latest) throw new HttpError('validation', 'The document holds no plan version', [{ field: 'versions', message: 'Add at least one version' }]);
  return draftFromImport(repo, personId, doc, latest);
}
