// The fieldsets of the capacity assessment form, in the order of the test: the decision and who assessed, the steps
// taken to help, stage 1, stage 2 and the causal link (only once stage 1 finds an impairment), and the outcome.
import {
  assessmentOutcomeLabels,
  assessmentOutcomes,
  practicableStepKinds,
  practicableStepLabels,
  stageTwoAbilities,
  stageTwoAbilityLabels,
  type StageTwoAbility,
} from '@hearth/core';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { DateInput } from '../components/DateInput';
import { ErrorMessage, TextInput, Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';
import type { AssessmentForm } from './assessment-form';
import type { SectionOption } from './section-options';

export interface AssessmentFieldsProps {
  form: AssessmentForm;
  name: string;
  set: (patch: Partial<AssessmentForm>) => void;
  errorFor: (path: string) => string | undefined;
}

const yesNoOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function DecisionFields({ form, set, errorFor, sections }: AssessmentFieldsProps & { sections: SectionOption[] }) {
  return (
    <>
      {form.supersedes === null && form.decisionKey !== null && (
        <p className="nhsuk-body">
          The decision in question: <strong>{form.decision}</strong>
        </p>
      )}
      {form.supersedes === null && form.decisionKey === null && (
        <Textarea
          name="decision"
          label="The decision in question"
          hint="Capacity is about one decision at a time. For example: whether to move into a care home, or managing their own medicines."
          value={form.decision}
          rows={2}
          onChange={(v) => {
            set({ decision: v });
          }}
          error={errorFor('decision')}
        />
      )}
      <DateInput
        name="assessedOn"
        legend="Date of the assessment"
        hint="For example, 15 3 2026"
        value={form.assessedOn}
        onChange={(v) => {
          set({ assessedOn: v });
        }}
        error={errorFor('assessedOn')}
      />
      <TextInput
        name="assessor.name"
        label="Name of the assessor"
        value={form.assessorName}
        autoComplete="off"
        onChange={(v) => {
          set({ assessorName: v });
        }}
        error={errorFor('assessor.name')}
      />
      <TextInput
        name="assessor.role"
        label="Their role"
        hint="For example, senior care worker, social worker, GP"
        value={form.assessorRole}
        autoComplete="off"
        onChange={(v) => {
          set({ assessorRole: v });
        }}
        error={errorFor('assessor.role')}
      />
      {sections.length > 0 && (
        <CheckboxGroup
          name="sectionKeys"
          legend="Which parts of the care and support plan is this decision about? (optional)"
          values={form.sectionKeys}
          options={sections}
          onChange={(v) => {
            set({ sectionKeys: v });
          }}
          error={errorFor('sectionKeys')}
        />
      )}
    </>
  );
}

export function PracticableStepsFields({ form, name, set, errorFor }: AssessmentFieldsProps) {
  return (
    <>
      <CheckboxGroup
        name="practicableSteps.kinds"
        legend={`What was done to help ${name} make the decision?`}
        hint="No one is treated as unable to decide until all practicable steps to help them have been tried. Tick each step taken."
        values={form.stepKinds}
        options={practicableStepKinds.map((k) => ({ value: k, label: practicableStepLabels[k] }))}
        onChange={(v) => {
          set({ stepKinds: v });
        }}
        error={errorFor('practicableSteps.kinds')}
      />
      <Textarea
        name="practicableSteps.detail"
        label="Describe what was done"
        hint="For example, the information given and how, the time of day, and who was there."
        value={form.stepDetail}
        onChange={(v) => {
          set({ stepDetail: v });
        }}
        error={errorFor('practicableSteps.detail')}
      />
    </>
  );
}

export function StageOneFields({ form, set, errorFor }: AssessmentFieldsProps) {
  return (
    <Radios
      name="stageOne.impairment"
      legend="Is there an impairment of, or disturbance in the functioning of, the mind or brain?"
      hint="The impairment can be temporary or permanent. If there is none, the person cannot be found to lack capacity."
      value={form.impairment}
      onChange={(v) => {
        set({ impairment: v === 'yes' ? 'yes' : 'no' });
      }}
      error={errorFor('stageOne.impairment')}
      options={[
        {
          value: 'yes',
          label: 'Yes',
          conditional: (
            <Textarea
              name="stageOne.evidence"
              label="The evidence of the impairment"
              hint="For example, a diagnosis, or what was observed"
              value={form.impairmentEvidence}
              onChange={(v) => {
                set({ impairmentEvidence: v });
              }}
              error={errorFor('stageOne.evidence')}
            />
          ),
        },
        { value: 'no', label: 'No' },
      ]}
    />
  );
}

/** Words read after "The evidence" so each of the four evidence boxes has its own name. */
const evidenceFor: Record<StageTwoAbility, string> = {
  understand: 'for whether they can understand the information',
  retain: 'for whether they can retain the information',
  useOrWeigh: 'for whether they can use or weigh the information',
  communicate: 'for whether they can communicate their decision',
};

export function StageTwoFields({ form, set, errorFor }: AssessmentFieldsProps) {
  const setAbility = (ability: StageTwoAbility, patch: Partial<AssessmentForm['stageTwo'][StageTwoAbility]>) => {
    set({ stageTwo: { ...form.stageTwo, [ability]: { ...form.stageTwo[ability], ...patch } } });
  };
  const stageError = errorFor('stageTwo');
  return (
    <>
      {/* The target of the error summary's link when nothing at stage 2 was found that they cannot do. */}
      <h2 className="nhsuk-heading-m" id="stageTwo" tabIndex={-1}>
        Stage 2: can they make the decision?
      </h2>
      <div className={stageError ? 'nhsuk-form-group nhsuk-form-group--error' : undefined}>
        <ErrorMessage id="stageTwo-error" message={stageError} />
        {stageTwoAbilities.map((ability) => (
          <Radios
            key={ability}
            name={`stageTwo.${ability}`}
            legend={stageTwoAbilityLabels[ability]}
            value={form.stageTwo[ability].answer}
            onChange={(v) => {
              setAbility(ability, { answer: v === 'can' ? 'can' : 'cannot' });
            }}
            error={errorFor(`stageTwo.${ability}`)}
            options={[
              { value: 'can', label: 'They can' },
              { value: 'cannot', label: 'They cannot' },
            ]}
          >
            <Textarea
              name={`stageTwo.${ability}.evidence`}
              label={
                <>
                  The evidence<span className="nhsuk-u-visually-hidden"> {evidenceFor[ability]}</span>
                </>
              }
              value={form.stageTwo[ability].evidence}
              onChange={(v) => {
                setAbility(ability, { evidence: v });
              }}
              error={errorFor(`stageTwo.${ability}.evidence`)}
            />
          </Radios>
        ))}
      </div>
      <Radios
        name="causalLink.answer"
        legend="If they cannot do one or more of these things, is it because of the impairment?"
        hint="A person lacks capacity only if they cannot make the decision because of the impairment."
        value={form.causalLink}
        onChange={(v) => {
          set({ causalLink: v === 'yes' ? 'yes' : 'no' });
        }}
        error={errorFor('causalLink.answer')}
        options={yesNoOptions}
      >
        <Textarea
          name="causalLink.explanation"
          label="Explain how the impairment causes the inability to decide, or why it does not"
          value={form.causalExplanation}
          onChange={(v) => {
            set({ causalExplanation: v });
          }}
          error={errorFor('causalLink.explanation')}
        />
      </Radios>
    </>
  );
}

export function OutcomeFields({ form, name, set, errorFor }: AssessmentFieldsProps) {
  return (
    <>
      <Radios
        name="outcome"
        legend="What is the outcome?"
        value={form.outcome}
        onChange={(v) => {
          set({ outcome: v === 'lacks_capacity' ? 'lacks_capacity' : 'has_capacity' });
        }}
        error={errorFor('outcome')}
        options={assessmentOutcomes.map((o) => ({ value: o, label: assessmentOutcomeLabels[o] }))}
      />
      <Radios
        name="fluctuates"
        legend={`Does ${name}\u2019s capacity for this decision fluctuate?`}
        hint="For example, it changes with the time of day, an infection or their medicines."
        value={form.fluctuates}
        onChange={(v) => {
          set({ fluctuates: v === 'yes' ? 'yes' : 'no' });
        }}
        error={errorFor('fluctuates')}
        options={yesNoOptions}
      />
      <DateInput
        name="reassessOn"
        legend="Reassess by (optional unless their capacity fluctuates)"
        hint="The date to assess this decision again."
        value={form.reassessOn}
        onChange={(v) => {
          set({ reassessOn: v });
        }}
        error={errorFor('reassessOn')}
      />
      <Textarea
        name="personsWords"
        label={`What ${name} said, in their own words (optional)`}
        value={form.personsWords}
        onChange={(v) => {
          set({ personsWords: v });
        }}
        error={errorFor('personsWords')}
      />
    </>
  );
}
