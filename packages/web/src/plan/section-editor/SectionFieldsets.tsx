// The parts of a section that applies, in the order the editor shows them. A new part of a section is added here.
import { AnswersFieldset } from './AnswersFieldset';
import { ChecklistFieldsets } from './ChecklistFieldsets';
import { EquipmentFieldset } from './EquipmentFieldset';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { NeedsFieldset } from './NeedsFieldset';
import { OutcomesFieldset } from './OutcomesFieldset';
import { RiskAssessmentsFieldset } from '../risk/RiskAssessmentsFieldset';
import { RisksFieldset } from './RisksFieldset';
import { StepsFieldset } from './StepsFieldset';

export function SectionFieldsets(props: SectionFieldsetProps) {
  return (
    <>
      <AnswersFieldset {...props} />
      <NeedsFieldset {...props} />
      <ChecklistFieldsets {...props} />
      <StepsFieldset {...props} />
      <OutcomesFieldset {...props} />
      <RisksFieldset {...props} />
      <RiskAssessmentsFieldset
        sectionKey={props.definition.key}
        value={props.form.riskAssessments}
        onChange={(riskAssessments) => {
          setField(props.setForm, 'riskAssessments', riskAssessments);
        }}
        errorFor={props.errorFor}
        onFocusRequest={props.onFocusRequest}
      />
      <EquipmentFieldset {...props} />
    </>
  );
}
