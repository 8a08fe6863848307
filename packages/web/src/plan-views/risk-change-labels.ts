// Words for a risk assessment that changed between two plan versions ("riskAssessments.general.g1" …): what it is,
// and its value as short lines (the rating with its band, the MUST score and category, the falls level).
import {
  fallsRiskFactorLabels,
  fallsRiskLevelLabels,
  fallsScreeningSchema,
  generalRiskAssessmentSchema,
  mustRiskCategoryLabels,
  mustScreeningSchema,
  residualRiskRating,
  riskBandLabels,
  riskRating,
  scoreMust,
  screenFallsRisk,
  type RiskRating,
} from '@hearth/core';
import { formatDate } from '../format';

const ratingText = (r: RiskRating) => `${r.score} (${riskBandLabels[r.band]})`;

/** The difference reports an assessment without its id (the id is in the field name); put one back to parse it. */
function withId(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? { ...value, id: 'x' } : value;
}

export function riskChangeLabel(kind: string, value: unknown): string {
  switch (kind) {
    case 'general': {
      const parsed = generalRiskAssessmentSchema.safeParse(withId(value));
      return parsed.success ? `Risk assessment: ${parsed.data.hazard}` : 'Risk assessment';
    }
    case 'must': {
      const parsed = mustScreeningSchema.safeParse(withId(value));
      return parsed.success ? `MUST screening, ${formatDate(parsed.data.screenedOn)}` : 'MUST screening';
    }
    case 'falls': {
      const parsed = fallsScreeningSchema.safeParse(withId(value));
      return parsed.success ? `Falls screening, ${formatDate(parsed.data.screenedOn)}` : 'Falls screening';
    }
    default:
      return 'Risk assessment';
  }
}

/** Null when the value cannot be read as an assessment, so the caller falls back to its general description. */
export function describeRiskChange(kind: string, value: unknown): string[] | null {
  switch (kind) {
    case 'general': {
      const parsed = generalRiskAssessmentSchema.safeParse(withId(value));
      if (!parsed.success) return null;
      const a = parsed.data;
      const after = residualRiskRating(a);
      return [
        a.hazard,
        `Before controls: ${ratingText(riskRating(a.likelihood, a.severity))}`,
        `After controls: ${after ? ratingText(after) : 'not assessed'}`,
        ...(a.existingControls.length > 0 ? [`Controls: ${a.existingControls.join('; ')}`] : []),
        ...a.furtherActions.map(
          (f) =>
            `Action: ${f.action} (${f.owner}, by ${formatDate(f.dueDate)}${f.completedOn ? `; done ${formatDate(f.completedOn)}` : ''})`,
        ),
        ...(a.personView ? [`My view: ${a.personView}`] : []),
        ...(a.positiveRiskTaking ? [`Positive risk taking agreed: ${a.positiveRiskTaking.agreedApproach}`] : []),
        `Review by ${formatDate(a.reviewDate)}`,
      ];
    }
    case 'must': {
      const parsed = mustScreeningSchema.safeParse(withId(value));
      if (!parsed.success) return null;
      const result = scoreMust(parsed.data);
      return [`Score ${result.total}: ${mustRiskCategoryLabels[result.category]}`, `Screened by ${parsed.data.screenedBy}`];
    }
    case 'falls': {
      const parsed = fallsScreeningSchema.safeParse(withId(value));
      if (!parsed.success) return null;
      const result = screenFallsRisk(parsed.data.answers);
      const present = result.factorsPresent.map((f) => fallsRiskFactorLabels[f]);
      return [fallsRiskLevelLabels[result.level], `Factors present: ${present.length > 0 ? present.join('; ') : 'none'}`];
    }
    default:
      return null;
  }
}
