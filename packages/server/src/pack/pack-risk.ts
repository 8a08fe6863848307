// The risk assessments of one plan section, compactly, for the printed pack: each general assessment's rating before
// and after controls with its band, MUST's score, category and actions, and the falls screen's level and factors.
import {
  fallsRiskFactorLabels,
  fallsRiskLevelLabels,
  mustRiskCategoryLabels,
  residualRiskRating,
  riskBandLabels,
  riskRating,
  scoreMust,
  screenFallsRisk,
  type GeneralRiskAssessment,
  type RiskRating,
  type SectionRiskAssessments,
} from '@hearth/core';
import type { Content } from 'pdfmake/interfaces.js';

const ratingText = (r: RiskRating) => `${r.score} (${riskBandLabels[r.band]})`;
const label = (text: string) => ({ text, style: 'label' });
const indented = (content: Content): Content => ({ stack: [content], margin: [12, 0, 0, 0] });

export function riskAssessmentsBlock(assessments: SectionRiskAssessments): Content[] {
  return [...assessments.general.map(generalBlock), ...assessments.must.map(mustBlock), ...assessments.falls.map(fallsBlock)];
}

function generalBlock(a: GeneralRiskAssessment): Content {
  const before = riskRating(a.likelihood, a.severity);
  const after = residualRiskRating(a);
  const lines: Content[] = [
    { text: [label('Risk assessment: '), a.hazard] },
    indented({ text: `Rating before controls ${ratingText(before)}; after controls ${after ? ratingText(after) : 'not recorded'}. Who could be harmed: ${a.whoCouldBeHarmed}.` }),
  ];
  if (a.existingControls.length > 0) lines.push(indented({ text: [label('Controls: '), a.existingControls.join('; ')] }));
  if (a.furtherActions.length > 0) {
    const actions = a.furtherActions.map((f) => `${f.action} (${f.owner}, by ${f.dueDate}${f.completedOn ? `, done ${f.completedOn}` : ''})`);
    lines.push(indented({ text: [label('Further actions: '), actions.join('; ')] }));
  }
  if (a.personView) lines.push(indented({ text: [label('My view: '), a.personView] }));
  const p = a.positiveRiskTaking;
  if (p) {
    lines.push(indented({ text: [label('Positive risk taking: '), `${p.whatThePersonWants} Benefit: ${p.benefitToPerson} Agreed approach: ${p.agreedApproach} Agreed by ${p.agreedBy} on ${p.agreedOn}.`] }));
  }
  lines.push(indented({ text: `Assessed ${a.assessedOn} by ${a.assessedBy}; review by ${a.reviewDate}.` }));
  return { stack: lines, margin: [0, 2, 0, 4] };
}

function mustBlock(m: SectionRiskAssessments['must'][number]): Content {
  const result = scoreMust(m);
  return {
    stack: [
      { text: [label('Nutrition screening (MUST): '), `score ${result.total}, ${mustRiskCategoryLabels[result.category]}. Screened ${m.screenedOn} by ${m.screenedBy}.`] },
      indented({ ul: result.actions.map((action) => action.text) }),
      ...(m.notes ? [indented({ text: [label('Notes: '), m.notes] })] : []),
    ],
    margin: [0, 2, 0, 4],
  };
}

function fallsBlock(f: SectionRiskAssessments['falls'][number]): Content {
  const result = screenFallsRisk(f.answers);
  const present = result.factorsPresent.map((x) => fallsRiskFactorLabels[x]);
  const notKnown = result.factorsNotKnown.map((x) => fallsRiskFactorLabels[x]);
  return {
    stack: [
      { text: [label('Falls screening: '), `${fallsRiskLevelLabels[result.level]}. Screened ${f.screenedOn} by ${f.screenedBy}.`] },
      indented({ text: [label('Factors present: '), present.length > 0 ? present.join('; ') : 'none'] }),
      ...(notKnown.length > 0 ? [indented({ text: [label('Not known yet: '), notKnown.join('; ')] })] : []),
      ...(result.referralSuggested ? [indented({ text: 'Referral for a full falls assessment suggested.' })] : []),
      ...(f.notes ? [indented({ text: [label('Notes: '), f.notes] })] : []),
    ],
    margin: [0, 2, 0, 4],
  };
}
