// One general risk assessment in the section editor: the hazard, likelihood × severity before and after controls
// (rated live by core's riskRating, as the server will), controls, further actions, the person's view and, where
// the person chooses to take the risk, the positive-risk-taking record.
import { likelihoodLabels, riskLevels, riskRating, severityLabels, type RiskLevel } from '@hearth/core';
import { DateInput } from '../../components/DateInput';
import { Checkbox, TextInput, Textarea } from '../../components/fields';
import { Radios, type RadioOption } from '../Radios';
import { AssessmentList } from './AssessmentList';
import { RiskBandTag } from './RiskBandTag';
import { emptyFurtherAction, type GeneralRiskForm } from './risk-form';

interface Props {
  value: GeneralRiskForm;
  update: (patch: Partial<GeneralRiskForm>) => void;
  /** "riskAssessments.general.0" */
  path: string;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
}

const levelOptions = (labels: Record<RiskLevel, string>): RadioOption[] =>
  riskLevels.map((level) => ({ value: String(level), label: `${level}: ${labels[level]}` }));
const notRecorded: RadioOption = { value: '', label: 'Not assessed yet' };

function RatingStatus({ likelihood, severity, what }: { likelihood: string; severity: string; what: string }) {
  const rating =
    likelihood !== '' && severity !== '' ? riskRating(Number(likelihood) as RiskLevel, Number(severity) as RiskLevel) : null;
  return (
    <p className="nhsuk-body hearth-risk-rating" role="status">
      {rating ? (
        <>
          Rating {what}: <RiskBandTag rating={rating} />
        </>
      ) : (
        `Choose the likelihood and severity to see the rating ${what}.`
      )}
    </p>
  );
}

export function GeneralRiskFields({ value, update, path, errorFor, onFocusRequest }: Props) {
  const pr = value.positiveRiskTaking;
  const setPr = (patch: Partial<GeneralRiskForm['positiveRiskTaking']>) => {
    update({ positiveRiskTaking: { ...pr, ...patch } });
  };
  return (
    <>
      <Textarea
        name={`${path}.hazard`}
        label="The hazard or risk"
        rows={2}
        value={value.hazard}
        onChange={(hazard) => {
          update({ hazard });
        }}
        error={errorFor(`${path}.hazard`)}
      />
      <TextInput
        name={`${path}.whoCouldBeHarmed`}
        label="Who could be harmed"
        hint="For example, “Me” or “Me and the care worker”"
        value={value.whoCouldBeHarmed}
        onChange={(whoCouldBeHarmed) => {
          update({ whoCouldBeHarmed });
        }}
        error={errorFor(`${path}.whoCouldBeHarmed`)}
      />

      <Radios
        name={`${path}.likelihood`}
        legend="How likely is harm?"
        small
        options={levelOptions(likelihoodLabels)}
        value={value.likelihood}
        onChange={(v) => {
          update({ likelihood: v as GeneralRiskForm['likelihood'] });
        }}
        error={errorFor(`${path}.likelihood`)}
      />
      <Radios
        name={`${path}.severity`}
        legend="How bad would the harm be?"
        small
        options={levelOptions(severityLabels)}
        value={value.severity}
        onChange={(v) => {
          update({ severity: v as GeneralRiskForm['severity'] });
        }}
        error={errorFor(`${path}.severity`)}
      />
      <RatingStatus likelihood={value.likelihood} severity={value.severity} what="before controls" />

      <Textarea
        name={`${path}.existingControls`}
        label="Controls in place (optional)"
        hint="What already reduces the risk. One control on each line."
        rows={3}
        value={value.existingControls}
        onChange={(existingControls) => {
          update({ existingControls });
        }}
        error={errorFor(`${path}.existingControls`)}
      />

      <Radios
        name={`${path}.residualLikelihood`}
        legend="How likely is harm with the controls in place? (optional)"
        small
        options={[...levelOptions(likelihoodLabels), notRecorded]}
        value={value.residualLikelihood}
        onChange={(v) => {
          update({ residualLikelihood: v as GeneralRiskForm['residualLikelihood'] });
        }}
        error={errorFor(`${path}.residualLikelihood`)}
      />
      <Radios
        name={`${path}.residualSeverity`}
        legend="How bad would the harm be with the controls in place? (optional)"
        small
        options={[...levelOptions(severityLabels), notRecorded]}
        value={value.residualSeverity}
        onChange={(v) => {
          update({ residualSeverity: v as GeneralRiskForm['residualSeverity'] });
        }}
        error={errorFor(`${path}.residualSeverity`)}
      />
      <RatingStatus likelihood={value.residualLikelihood} severity={value.residualSeverity} what="after controls" />

      <AssessmentList
        name={`${path}.furtherActions`}
        heading="Further actions"
        headingLevel={4}
        hint="What else will be done to reduce the risk, by whom and when."
        itemName="Action"
        addLabel="Add an action"
        items={value.furtherActions}
        max={30}
        newItem={emptyFurtherAction}
        firstField="action"
        onFocusRequest={onFocusRequest}
        onChange={(furtherActions) => {
          update({ furtherActions });
        }}
        renderItem={(action, updateAction, at) => (
          <>
            <Textarea
              name={`${at}.action`}
              label="What will be done"
              rows={2}
              value={action.action}
              onChange={(v) => {
                updateAction({ action: v });
              }}
              error={errorFor(`${at}.action`)}
            />
            <TextInput
              name={`${at}.owner`}
              label="Who will do it"
              value={action.owner}
              onChange={(owner) => {
                updateAction({ owner });
              }}
              error={errorFor(`${at}.owner`)}
            />
            <DateInput
              name={`${at}.dueDate`}
              legend="By when"
              hint="For example, 15 3 2027"
              value={action.dueDate}
              onChange={(dueDate) => {
                updateAction({ dueDate });
              }}
              error={errorFor(`${at}.dueDate`)}
            />
            <DateInput
              name={`${at}.completedOn`}
              legend="Done on (optional)"
              value={action.completedOn}
              onChange={(completedOn) => {
                updateAction({ completedOn });
              }}
              error={errorFor(`${at}.completedOn`)}
            />
          </>
        )}
      />

      <Textarea
        name={`${path}.personView`}
        label="My view, in my words (optional)"
        hint="Needed when I choose to take the risk."
        value={value.personView}
        onChange={(personView) => {
          update({ personView });
        }}
        error={errorFor(`${path}.personView`)}
      />

      <Checkbox
        name={`${path}.hasPositiveRiskTaking`}
        label="I choose to take this risk, and the approach was agreed (positive risk taking)"
        checked={value.hasPositiveRiskTaking}
        onChange={(hasPositiveRiskTaking) => {
          update({ hasPositiveRiskTaking });
        }}
      />
      {value.hasPositiveRiskTaking && (
        <div className="nhsuk-checkboxes__conditional hearth-risk-conditional">
          <Textarea
            name={`${path}.positiveRiskTaking.whatThePersonWants`}
            label="What I want, in my words"
            value={pr.whatThePersonWants}
            onChange={(whatThePersonWants) => {
              setPr({ whatThePersonWants });
            }}
            error={errorFor(`${path}.positiveRiskTaking.whatThePersonWants`)}
          />
          <Textarea
            name={`${path}.positiveRiskTaking.benefitToPerson`}
            label="What I gain from taking this risk"
            value={pr.benefitToPerson}
            onChange={(benefitToPerson) => {
              setPr({ benefitToPerson });
            }}
            error={errorFor(`${path}.positiveRiskTaking.benefitToPerson`)}
          />
          <Textarea
            name={`${path}.positiveRiskTaking.agreedApproach`}
            label="The approach agreed"
            value={pr.agreedApproach}
            onChange={(agreedApproach) => {
              setPr({ agreedApproach });
            }}
            error={errorFor(`${path}.positiveRiskTaking.agreedApproach`)}
          />
          <TextInput
            name={`${path}.positiveRiskTaking.agreedBy`}
            label="Who agreed it"
            value={pr.agreedBy}
            onChange={(agreedBy) => {
              setPr({ agreedBy });
            }}
            error={errorFor(`${path}.positiveRiskTaking.agreedBy`)}
          />
          <DateInput
            name={`${path}.positiveRiskTaking.agreedOn`}
            legend="Agreed on"
            value={pr.agreedOn}
            onChange={(agreedOn) => {
              setPr({ agreedOn });
            }}
            error={errorFor(`${path}.positiveRiskTaking.agreedOn`)}
          />
        </div>
      )}

      <DateInput
        name={`${path}.assessedOn`}
        legend="Assessed on"
        hint="For example, 20 11 2026"
        value={value.assessedOn}
        onChange={(assessedOn) => {
          update({ assessedOn });
        }}
        error={errorFor(`${path}.assessedOn`)}
      />
      <TextInput
        name={`${path}.assessedBy`}
        label="Assessed by"
        value={value.assessedBy}
        onChange={(assessedBy) => {
          update({ assessedBy });
        }}
        error={errorFor(`${path}.assessedBy`)}
      />
      <DateInput
        name={`${path}.reviewDate`}
        legend="Review by"
        value={value.reviewDate}
        onChange={(reviewDate) => {
          update({ reviewDate });
        }}
        error={errorFor(`${path}.reviewDate`)}
      />
    </>
  );
}
