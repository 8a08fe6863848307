// The best-interests decisions, newest first: what was decided and with whom, and the section 4 checklist folded away.
import type { BestInterestsDecisionView, CapacityAssessmentView } from '@hearth/core';
import { SummaryList } from '../components/SummaryList';
import { formatDate } from '../format';
import type { SectionTitle } from './assessment-summary';
import { checklistRows, decisionRows } from './best-interests-summary';

interface Props {
  decisions: BestInterestsDecisionView[];
  assessments: CapacityAssessmentView[];
  sectionTitle: SectionTitle;
}

export function BestInterestsList({ decisions, assessments, sectionTitle }: Props) {
  return (
    <section aria-labelledby="best-interests-heading">
      <h2 className="nhsuk-heading-m" id="best-interests-heading">
        Best-interests decisions
      </h2>
      {decisions.length === 0 ? (
        <p className="nhsuk-body">No best-interests decision has been recorded.</p>
      ) : (
        decisions.map((d) => {
          const headingId = `decision-${d.id}`;
          const restsOn = assessments.find((a) => a.id === d.assessmentId);
          return (
            <div className="hearth-capacity-entry" role="group" aria-labelledby={headingId} key={d.id}>
              <h3 className="nhsuk-heading-s" id={headingId}>
                {d.decision}
                <span className="nhsuk-u-visually-hidden">, decided {formatDate(d.decidedOn)}</span>
              </h3>
              <SummaryList rows={decisionRows(d, sectionTitle)} />
              <details className="nhsuk-details">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">
                    The best-interests checklist<span className="nhsuk-u-visually-hidden">: {d.decision}</span>
                  </span>
                </summary>
                <div className="nhsuk-details__text">
                  <SummaryList
                    rows={[
                      {
                        key: 'The capacity assessment it rests on',
                        value: restsOn
                          ? `Assessed ${formatDate(restsOn.assessedOn)} by ${restsOn.assessor.name}${restsOn.inForce ? '' : ' (since replaced by a later assessment)'}`
                          : 'Not found',
                      },
                      ...checklistRows(d),
                    ]}
                  />
                </div>
              </details>
            </div>
          );
        })
      )}
    </section>
  );
}
