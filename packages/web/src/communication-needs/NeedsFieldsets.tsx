// The questions of steps 1 and 2 of the Accessible Information Standard: how the person was asked, and what they need.
import {
  answeredByKinds,
  answeredByLabels,
  askedHowKinds,
  askedHowLabels,
  communicationSupportLabels,
  communicationSupports,
  contactMethodLabels,
  contactMethods,
  informationFormatLabels,
  informationFormats,
} from '@hearth/core';
import { DateInput } from '../components/DateInput';
import { Textarea, TextInput } from '../components/fields';
import { Radios } from '../plan/Radios';
import { CheckboxGroup } from '../components/CheckboxGroup';
import type { NeedsForm } from './needs-form';

interface Props {
  form: NeedsForm;
  name: string;
  set: (patch: Partial<NeedsForm>) => void;
  errorFor: (path: string) => string | undefined;
}

export function AskFieldset({ form, name, set, errorFor }: Props) {
  return (
    <>
      <TextInput
        name="needs.askedBy"
        label="Who asked"
        value={form.askedBy}
        onChange={(v) => {
          set({ askedBy: v });
        }}
        error={errorFor('needs.askedBy')}
        autoComplete="off"
      />
      <Radios
        name="needs.answeredBy"
        legend="Who answered"
        value={form.answeredBy}
        onChange={(v) => {
          set({ answeredBy: v });
        }}
        error={errorFor('needs.answeredBy')}
        options={answeredByKinds.map((k) => ({
          value: k,
          label: k === 'person' ? name : answeredByLabels[k],
          ...(k === 'someone_else'
            ? {
                conditional: (
                  <TextInput
                    name="needs.answeredByName"
                    label="Their name, and how they know the person"
                    hint="For example, Susan Thompson, daughter"
                    value={form.answeredByName}
                    onChange={(v) => {
                      set({ answeredByName: v });
                    }}
                    error={errorFor('needs.answeredByName')}
                  />
                ),
              }
            : {}),
        }))}
      />
      <DateInput
        name="needs.askedOn"
        legend="When were they asked?"
        hint="For example, 15 3 2027. Today or earlier."
        value={form.askedOn}
        onChange={(v) => {
          set({ askedOn: v });
        }}
        error={errorFor('needs.askedOn')}
      />
      <Radios
        name="needs.askedHow"
        legend="How were they asked?"
        value={form.askedHow}
        onChange={(v) => {
          set({ askedHow: v });
        }}
        error={errorFor('needs.askedHow')}
        options={askedHowKinds.map((k) => ({ value: k, label: askedHowLabels[k] }))}
      />
    </>
  );
}

export function RecordFieldset({ form, name, set, errorFor }: Props) {
  const hasNeeds = form.outcome === 'has_needs';
  return (
    <>
      <Radios
        name="needs.outcome"
        legend={`Does ${name} have information or communication needs?`}
        hint="Needs that come from a disability, impairment or sensory loss, and a need for an interpreter."
        value={form.outcome}
        onChange={(v) => {
          set({ outcome: v });
        }}
        error={errorFor('needs.outcome')}
        options={[
          { value: 'has_needs', label: 'Yes' },
          { value: 'no_needs', label: 'No, they have no needs of this kind' },
        ]}
      />
      {hasNeeds && (
        <>
          <CheckboxGroup
            name="needs.formats"
            legend="How should information be given?"
            hint="Select all that apply. Hearth produces the plan in easy read, large print and plain text."
            values={form.formats}
            onChange={(v) => {
              set({ formats: v });
            }}
            error={errorFor('needs.formats')}
            options={informationFormats.map((f) => ({
              value: f,
              label: informationFormatLabels[f],
              ...(f === 'spoken_language_interpreter'
                ? {
                    conditional: (
                      <TextInput
                        name="needs.interpreterLanguage"
                        label="Which language?"
                        value={form.interpreterLanguage}
                        onChange={(v) => {
                          set({ interpreterLanguage: v });
                        }}
                        error={errorFor('needs.interpreterLanguage')}
                      />
                    ),
                  }
                : f === 'other'
                  ? {
                      conditional: (
                        <TextInput
                          name="needs.otherFormat"
                          label="Which format?"
                          value={form.otherFormat}
                          onChange={(v) => {
                            set({ otherFormat: v });
                          }}
                          error={errorFor('needs.otherFormat')}
                        />
                      ),
                    }
                  : {}),
            }))}
          />
          <CheckboxGroup
            name="needs.supports"
            legend="What support do they need to communicate?"
            hint="Select all that apply."
            values={form.supports}
            onChange={(v) => {
              set({ supports: v });
            }}
            error={errorFor('needs.supports')}
            options={communicationSupports.map((s) => ({
              value: s,
              label: communicationSupportLabels[s],
              ...(s === 'communication_aid'
                ? {
                    conditional: (
                      <TextInput
                        name="needs.communicationAid"
                        label="Which aid?"
                        hint="For example, a communication board or a Lightwriter"
                        value={form.communicationAid}
                        onChange={(v) => {
                          set({ communicationAid: v });
                        }}
                        error={errorFor('needs.communicationAid')}
                      />
                    ),
                  }
                : s === 'other'
                  ? {
                      conditional: (
                        <TextInput
                          name="needs.otherSupport"
                          label="What support?"
                          value={form.otherSupport}
                          onChange={(v) => {
                            set({ otherSupport: v });
                          }}
                          error={errorFor('needs.otherSupport')}
                        />
                      ),
                    }
                  : {}),
            }))}
          />
        </>
      )}
      <Radios
        name="needs.contactMethod"
        legend="How do they prefer to be contacted?"
        value={form.contactMethod}
        onChange={(v) => {
          set({ contactMethod: v });
        }}
        error={errorFor('needs.contactMethod')}
        options={[
          ...contactMethods.map((m) => ({
            value: m,
            label: contactMethodLabels[m],
            ...(m === 'through_contact'
              ? {
                  conditional: (
                    <TextInput
                      name="needs.contactName"
                      label="Who, and how they know the person"
                      hint="For example, Susan (daughter)"
                      value={form.contactName}
                      onChange={(v) => {
                        set({ contactName: v });
                      }}
                      error={errorFor('needs.contactName')}
                    />
                  ),
                }
              : {}),
          })),
          { value: 'none', label: 'No preference' },
        ]}
      />
      <TextInput
        name="needs.contactNote"
        label="Anything else about contacting them (optional)"
        hint="For example, phone calls to Susan in the evening"
        value={form.contactNote}
        onChange={(v) => {
          set({ contactNote: v });
        }}
        error={errorFor('needs.contactNote')}
      />
      <Textarea
        name="needs.ownWords"
        label={`In ${name}\u2019s own words (optional)`}
        hint="What they said about how they like information and conversation."
        value={form.ownWords}
        onChange={(v) => {
          set({ ownWords: v });
        }}
        error={errorFor('needs.ownWords')}
      />
      <DateInput
        name="needs.reviewOn"
        legend="When should these needs be reviewed?"
        hint="For example, 15 9 2027. At the plan review, or sooner if things change."
        value={form.reviewOn}
        onChange={(v) => {
          set({ reviewOn: v });
        }}
        error={errorFor('needs.reviewOn')}
      />
    </>
  );
}
