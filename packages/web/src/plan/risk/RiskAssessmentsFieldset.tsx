// The risk assessments part of the section editor: general assessments in any section, MUST screening in nutrition
// and hydration, falls screening in mobility and falls. Removing one is possible only here, in the draft.
import { AssessmentList } from './AssessmentList';
import { FallsFields } from './FallsFieldset';
import { GeneralRiskFields } from './GeneralRiskFieldset';
import { MustFields } from './MustFieldset';
import { emptyFalls, emptyGeneralRisk, emptyMust, type RiskAssessmentsForm } from './risk-form';
import './risk.css';

interface Props {
  sectionKey: string;
  value: RiskAssessmentsForm;
  onChange: (value: RiskAssessmentsForm) => void;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
}

export function RiskAssessmentsFieldset({ sectionKey, value, onChange, errorFor, onFocusRequest }: Props) {
  const set = <K extends keyof RiskAssessmentsForm>(kind: K, list: RiskAssessmentsForm[K]) => {
    onChange({ ...value, [kind]: list });
  };
  return (
    <section className="hearth-section" aria-labelledby="risk-assessments-heading">
      <h2 className="nhsuk-heading-m" id="risk-assessments-heading">
        Risk assessments
      </h2>
      <p className="nhsuk-hint">
        Rate how likely harm is and how bad it would be, before and after the controls in place. Record my view, and when I choose
        to take a risk, what was agreed.
      </p>
      <AssessmentList
        name="riskAssessments.general"
        heading="General risk assessments"
        headingLevel={3}
        itemName="Risk assessment"
        addLabel="Add a risk assessment"
        items={value.general}
        max={30}
        newItem={emptyGeneralRisk}
        firstField="hazard"
        onFocusRequest={onFocusRequest}
        onChange={(general) => {
          set('general', general);
        }}
        renderItem={(item, update, path) => (
          <GeneralRiskFields value={item} update={update} path={path} errorFor={errorFor} onFocusRequest={onFocusRequest} />
        )}
      />
      {sectionKey === 'nutrition_and_hydration' && (
        <AssessmentList
          name="riskAssessments.must"
          heading="Malnutrition screening (MUST)"
          headingLevel={3}
          hint="The Malnutrition Universal Screening Tool: BMI, unplanned weight loss and acute illness."
          itemName="MUST screening"
          addLabel="Add a MUST screening"
          items={value.must}
          max={30}
          newItem={emptyMust}
          firstField="screenedOn-day"
          onFocusRequest={onFocusRequest}
          onChange={(must) => {
            set('must', must);
          }}
          renderItem={(item, update, path) => <MustFields value={item} update={update} path={path} errorFor={errorFor} />}
        />
      )}
      {sectionKey === 'mobility_and_falls' && (
        <AssessmentList
          name="riskAssessments.falls"
          heading="Falls screening"
          headingLevel={3}
          hint="A screen for common falls risk factors. It does not replace a full falls assessment."
          itemName="Falls screening"
          addLabel="Add a falls screening"
          items={value.falls}
          max={30}
          newItem={emptyFalls}
          firstField="screenedOn-day"
          onFocusRequest={onFocusRequest}
          onChange={(falls) => {
            set('falls', falls);
          }}
          renderItem={(item, update, path) => <FallsFields value={item} update={update} path={path} errorFor={errorFor} />}
        />
      )}
    </section>
  );
}
