// A section's risk assessments, read-only, as the plan and each version show them: general assessments with their
// rating before and after controls, MUST with its score, category and actions, falls screening with its level.
import {
  fallsRiskFactorLabels,
  fallsRiskLevelLabels,
  likelihoodLabels,
  mustRiskCategoryLabels,
  residualRiskRating,
  riskRating,
  scoreMust,
  screenFallsRisk,
  severityLabels,
  type GeneralRiskAssessment,
  type SectionRiskAssessments,
} from '@hearth/core';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { formatDate } from '../../format';
import { RiskBandTag } from './RiskBandTag';
import './risk.css';

export function hasAnyRiskAssessment(assessments: SectionRiskAssessments): boolean {
  return assessments.general.length + assessments.must.length + assessments.falls.length > 0;
}

export function RiskAssessmentsView({ assessments }: { assessments: SectionRiskAssessments }) {
  if (!hasAnyRiskAssessment(assessments)) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">Risk assessments</h3>
      {assessments.general.map((a) => (
        <GeneralView key={a.id} assessment={a} />
      ))}
      {assessments.must.map((m) => (
        <MustView key={m.id} screening={m} />
      ))}
      {assessments.falls.map((f) => (
        <FallsView key={f.id} screening={f} />
      ))}
    </>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet hearth-compact-list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function GeneralView({ assessment: a }: { assessment: GeneralRiskAssessment }) {
  const before = riskRating(a.likelihood, a.severity);
  const after = residualRiskRating(a);
  const p = a.positiveRiskTaking;
  const rows: SummaryRow[] = [
    { key: 'Who could be harmed', value: a.whoCouldBeHarmed },
    {
      key: 'Rating before controls',
      value: (
        <>
          <RiskBandTag rating={before} />
          <span className="hearth-block">
            Likelihood {a.likelihood} ({likelihoodLabels[a.likelihood]}) × severity {a.severity} ({severityLabels[a.severity]})
          </span>
        </>
      ),
    },
    {
      key: 'Rating after controls',
      value:
        after && a.residualLikelihood !== null && a.residualSeverity !== null ? (
          <>
            <RiskBandTag rating={after} />
            <span className="hearth-block">
              Likelihood {a.residualLikelihood} ({likelihoodLabels[a.residualLikelihood]}) × severity {a.residualSeverity} (
              {severityLabels[a.residualSeverity]})
            </span>
          </>
        ) : (
          'Not assessed yet'
        ),
    },
    { key: 'Controls in place', value: a.existingControls.length > 0 ? <List items={a.existingControls} /> : 'None recorded' },
    ...(a.furtherActions.length > 0
      ? [
          {
            key: 'Further actions',
            value: (
              <List
                items={a.furtherActions.map(
                  (f) =>
                    `${f.action} (${f.owner}, by ${formatDate(f.dueDate)}${f.completedOn ? `; done ${formatDate(f.completedOn)}` : ''})`,
                )}
              />
            ),
          },
        ]
      : []),
    ...(a.personView ? [{ key: 'My view', value: a.personView, preWrap: true }] : []),
    ...(p
      ? [
          {
            key: 'Positive risk taking',
            value: (
              <>
                <span className="hearth-block hearth-pre-wrap">What I want: {p.whatThePersonWants}</span>
                <span className="hearth-block hearth-pre-wrap">What I gain: {p.benefitToPerson}</span>
                <span className="hearth-block hearth-pre-wrap">Agreed approach: {p.agreedApproach}</span>
                <span className="hearth-block">
                  Agreed by {p.agreedBy} on {formatDate(p.agreedOn)}
                </span>
              </>
            ),
          },
        ]
      : []),
    { key: 'Assessed', value: `${formatDate(a.assessedOn)} by ${a.assessedBy}` },
    { key: 'Review by', value: formatDate(a.reviewDate) },
  ];
  return (
    <div className="hearth-risk-view">
      <h4 className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2 hearth-pre-wrap">Risk: {a.hazard}</h4>
      <SummaryList rows={rows} />
    </div>
  );
}

function MustView({ screening: m }: { screening: SectionRiskAssessments['must'][number] }) {
  const result = scoreMust(m);
  return (
    <div className="hearth-risk-view">
      <h4 className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2">
        Malnutrition screening (MUST), {formatDate(m.screenedOn)}
      </h4>
      <SummaryList
        rows={[
          { key: 'Result', value: `Score ${result.total}: ${mustRiskCategoryLabels[result.category]}` },
          {
            key: 'Scores',
            value: `BMI ${result.bmi ?? 'estimated'}: ${result.bmiScore}; weight loss${result.weightLossPercent === null ? ' (judged)' : ` ${result.weightLossPercent}%`}: ${result.weightLossScore}; acute disease: ${result.acuteDiseaseScore}`,
          },
          { key: 'What to do', value: <List items={result.actions.map((x) => x.text)} /> },
          { key: 'Screened by', value: m.screenedBy },
          ...(m.notes ? [{ key: 'Notes', value: m.notes, preWrap: true }] : []),
        ]}
      />
    </div>
  );
}

function FallsView({ screening: f }: { screening: SectionRiskAssessments['falls'][number] }) {
  const result = screenFallsRisk(f.answers);
  return (
    <div className="hearth-risk-view">
      <h4 className="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2">Falls screening, {formatDate(f.screenedOn)}</h4>
      <SummaryList
        rows={[
          { key: 'Result', value: fallsRiskLevelLabels[result.level] },
          {
            key: 'Risk factors present',
            value:
              result.factorsPresent.length > 0 ? (
                <List items={result.factorsPresent.map((x) => fallsRiskFactorLabels[x])} />
              ) : (
                'None'
              ),
          },
          ...(result.factorsNotKnown.length > 0
            ? [{ key: 'Not known yet', value: <List items={result.factorsNotKnown.map((x) => fallsRiskFactorLabels[x])} /> }]
            : []),
          { key: 'What to do', value: <List items={result.explanation} /> },
          { key: 'Screened by', value: f.screenedBy },
          ...(f.notes ? [{ key: 'Notes', value: f.notes, preWrap: true }] : []),
        ]}
      />
    </div>
  );
}
