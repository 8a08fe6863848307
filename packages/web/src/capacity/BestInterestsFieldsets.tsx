// The fieldsets of the best-interests form, following the checklist of the Mental Capacity Act, section 4: who
// decides and when, the checklist itself, and the decision made. The lists of rows are in BestInterestsRows.
import { regainOutlookLabels, regainOutlooks } from '@hearth/core';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { DateInput } from '../components/DateInput';
import { TextInput, Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';
import type { BestInterestsForm } from './best-interests-form';
import type { SectionOption } from './section-options';

export interface BestInterestsFieldsProps {
  form: BestInterestsForm;
  name: string;
  set: (patch: Partial<BestInterestsForm>) => void;
  errorFor: (path: string) => string | undefined;
}

const asYesNo = (v: string) => (v === 'yes' ? 'yes' : 'no');

export function DecisionMakerFields({ form, set, errorFor }: BestInterestsFieldsProps) {
  return (
    <>
      <DateInput
        name="decidedOn"
        legend="Date of the decision"
        hint="For example, 15 3 2026"
        value={form.decidedOn}
        onChange={(v) => {
          set({ decidedOn: v });
        }}
        error={errorFor('decidedOn')}
      />
      <TextInput
        name="decisionMaker.name"
        label="Name of the decision maker"
        value={form.makerName}
        autoComplete="off"
        onChange={(v) => {
          set({ makerName: v });
        }}
        error={errorFor('decisionMaker.name')}
      />
      <TextInput
        name="decisionMaker.role"
        label="Their role"
        value={form.makerRole}
        autoComplete="off"
        onChange={(v) => {
          set({ makerRole: v });
        }}
        error={errorFor('decisionMaker.role')}
      />
    </>
  );
}

export function ChecklistFields({ form, name, set, errorFor }: BestInterestsFieldsProps) {
  return (
    <>
      <CheckboxGroup
        name="notBasedOnAppearance"
        legend="Not based on appearances"
        values={form.notBasedOnAppearance ? ['confirmed'] : []}
        options={[
          {
            value: 'confirmed',
            label: `The decision is not based on ${name}\u2019s age, appearance, condition or behaviour`,
          },
        ]}
        onChange={(v) => {
          set({ notBasedOnAppearance: v.length > 0 });
        }}
        error={errorFor('notBasedOnAppearance')}
      />
      <Textarea
        name="relevantCircumstances"
        label="What are the relevant circumstances?"
        hint="Everything you are aware of that is relevant to this decision."
        value={form.relevantCircumstances}
        onChange={(v) => {
          set({ relevantCircumstances: v });
        }}
        error={errorFor('relevantCircumstances')}
      />
      <Radios
        name="regainCapacity.outlook"
        legend={`Is ${name} likely to regain capacity for this decision?`}
        value={form.regainOutlook}
        onChange={(v) => {
          set({ regainOutlook: regainOutlooks.find((o) => o === v) ?? '' });
        }}
        error={errorFor('regainCapacity.outlook')}
        options={regainOutlooks.map((o) => ({ value: o, label: regainOutlookLabels[o] }))}
      >
        <Textarea
          name="regainCapacity.detail"
          label="Whether and when they may regain capacity"
          value={form.regainDetail}
          onChange={(v) => {
            set({ regainDetail: v });
          }}
          error={errorFor('regainCapacity.detail')}
        />
      </Radios>
      <Radios
        name="canWait"
        legend="Can the decision wait until then?"
        hint="If they are likely to regain capacity and the decision can wait, wait and help them make it themselves."
        value={form.canWait}
        onChange={(v) => {
          set({ canWait: asYesNo(v) });
        }}
        error={errorFor('canWait')}
        options={[
          { value: 'yes', label: 'Yes' },
          {
            value: 'no',
            label: 'No',
            conditional: (
              <Textarea
                name="whyNotWait"
                label="Why can the decision not wait?"
                value={form.whyNotWait}
                onChange={(v) => {
                  set({ whyNotWait: v });
                }}
                error={errorFor('whyNotWait')}
              />
            ),
          },
        ]}
      />
      <Textarea
        name="participation"
        label={`How was ${name} helped to take part in the decision?`}
        hint="Everything done to involve them as fully as possible, even though they cannot make the decision."
        value={form.participation}
        onChange={(v) => {
          set({ participation: v });
        }}
        error={errorFor('participation')}
      />
      <Textarea
        name="wishesFeelingsBeliefsValues"
        label={`${name}\u2019s past and present wishes, feelings, beliefs and values`}
        hint="What they have said or shown, now and before, and what matters to them."
        value={form.wishesFeelingsBeliefsValues}
        onChange={(v) => {
          set({ wishesFeelingsBeliefsValues: v });
        }}
        error={errorFor('wishesFeelingsBeliefsValues')}
      />
      <Textarea
        name="writtenStatements"
        label={`Anything ${name} wrote while they had capacity (optional)`}
        hint="For example, an advance statement."
        value={form.writtenStatements}
        onChange={(v) => {
          set({ writtenStatements: v });
        }}
        error={errorFor('writtenStatements')}
      />
      <Radios
        name="lifeSustainingTreatment"
        legend="Is the decision about life-sustaining treatment?"
        value={form.lifeSustainingTreatment}
        onChange={(v) => {
          set({ lifeSustainingTreatment: asYesNo(v) });
        }}
        error={errorFor('lifeSustainingTreatment')}
        options={[
          {
            value: 'yes',
            label: 'Yes',
            conditional: (
              <CheckboxGroup
                name="notMotivatedByDesireForDeath"
                legend="Motivation"
                values={form.notMotivatedByDesireForDeath ? ['confirmed'] : []}
                options={[{ value: 'confirmed', label: 'The decision is not motivated by a desire to bring about their death' }]}
                onChange={(v) => {
                  set({ notMotivatedByDesireForDeath: v.length > 0 });
                }}
                error={errorFor('notMotivatedByDesireForDeath')}
              />
            ),
          },
          { value: 'no', label: 'No' },
        ]}
      />
    </>
  );
}

export function DecisionMadeFields({ form, name, set, errorFor, sections }: BestInterestsFieldsProps & { sections: SectionOption[] }) {
  return (
    <>
      <Textarea
        name="decisionMade"
        label={`The decision made, and why it is in ${name}\u2019s best interests`}
        rows={5}
        value={form.decisionMade}
        onChange={(v) => {
          set({ decisionMade: v });
        }}
        error={errorFor('decisionMade')}
      />
      {sections.length > 0 && (
        <CheckboxGroup
          name="sectionKeys"
          legend="Which parts of the care and support plan does this decision change? (optional)"
          values={form.sectionKeys}
          options={sections}
          onChange={(v) => {
            set({ sectionKeys: v });
          }}
          error={errorFor('sectionKeys')}
        />
      )}
      <DateInput
        name="reviewOn"
        legend="Review by (optional)"
        hint="When to look at this decision again."
        value={form.reviewOn}
        onChange={(v) => {
          set({ reviewOn: v });
        }}
        error={errorFor('reviewOn')}
      />
    </>
  );
}
