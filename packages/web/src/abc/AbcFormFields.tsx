// The ABC form's questions in the order an incident is told: when and where, what was going on in the background,
// what happened just before, the behaviour, what happened straight after, and what it may have meant.
import {
  abcAntecedentCategories,
  abcAntecedentLabels,
  abcConsequenceCategories,
  abcConsequenceLabels,
  abcIntensityLabels,
  abcSettingEventKinds,
  abcSettingEventLabels,
} from '@hearth/core';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { DateInput } from '../components/DateInput';
import { ErrorMessage, Textarea, TextInput } from '../components/fields';
import { fieldId } from '../forms/field-ids';
import { Radios } from '../plan/Radios';
import { TimeInput } from '../visit-records/TimeInput';
import { chosenSettingEvents, type AbcForm } from './abc-form-state';

export interface AbcFieldsProps {
  form: AbcForm;
  set: (patch: Partial<AbcForm>) => void;
  errorFor: (field: string) => string | undefined;
  /** The person's preferred name, for questions about them. */
  name: string;
  /** Behaviours recorded before, offered as suggestions. */
  behaviours: readonly string[];
}

export function AbcFormFields({ form, set, errorFor, name, behaviours }: AbcFieldsProps) {
  const chosen = chosenSettingEvents(form);
  return (
    <>
      <h2 className="nhsuk-heading-m">When and where</h2>
      <DateInput
        name="occurredAt"
        legend="Date it happened"
        hint="Today is filled in. Change it if it was earlier."
        value={form.date}
        onChange={(date) => {
          set({ date });
        }}
        error={errorFor('occurredAt')}
      />
      <TimeInput
        name="occurredTime"
        label="Time it started"
        hint="The time now is filled in. Change it to when it started."
        value={form.time}
        onChange={(time) => {
          set({ time });
        }}
        error={errorFor('occurredTime')}
      />
      <TextInput
        name="setting"
        label="Where it happened"
        hint="For example, the lounge or the front hall."
        value={form.setting}
        onChange={(setting) => {
          set({ setting });
        }}
        error={errorFor('setting')}
      />
      <TextInput
        name="activity"
        label="What was happening (optional)"
        hint="For example, tea being served or visitors leaving."
        value={form.activity}
        onChange={(activity) => {
          set({ activity });
        }}
        error={errorFor('activity')}
      />
      <TextInput
        name="peoplePresent"
        label="Who was there (optional)"
        value={form.peoplePresent}
        onChange={(peoplePresent) => {
          set({ peoplePresent });
        }}
        error={errorFor('peoplePresent')}
      />
      <CheckboxGroup
        name="settingEvents"
        legend="Was anything going on in the background? (optional)"
        hint="Things earlier in the day or around them that can make behaviour more likely. Tick any that apply."
        values={form.settingEvents}
        error={errorFor('settingEvents')}
        onChange={(settingEvents) => {
          set({ settingEvents });
        }}
        options={abcSettingEventKinds.map((kind) => ({
          value: kind,
          label: abcSettingEventLabels[kind],
          conditional: (
            <TextInput
              name={`settingEvents.${chosen.indexOf(kind)}.detail`}
              label="What was it? (optional)"
              value={form.settingEventDetail[kind]}
              onChange={(detail) => {
                set({ settingEventDetail: { ...form.settingEventDetail, [kind]: detail } });
              }}
              error={errorFor(`settingEvents.${chosen.indexOf(kind)}.detail`)}
            />
          ),
        }))}
      />

      <h2 className="nhsuk-heading-m">Before: what happened just before</h2>
      <Radios
        name="antecedent.category"
        legend="What happened just before?"
        hint="Choose the closest."
        value={form.antecedentCategory}
        onChange={(antecedentCategory) => {
          set({ antecedentCategory });
        }}
        error={errorFor('antecedent.category')}
        small
        options={abcAntecedentCategories.map((c) => ({ value: c, label: abcAntecedentLabels[c] }))}
      />
      <Textarea
        name="antecedent.description"
        label="Describe what happened just before, in your words"
        value={form.antecedentDescription}
        onChange={(antecedentDescription) => {
          set({ antecedentDescription });
        }}
        error={errorFor('antecedent.description')}
      />

      <h2 className="nhsuk-heading-m">The behaviour</h2>
      <BehaviourInput
        value={form.behaviour}
        onChange={(behaviour) => {
          set({ behaviour });
        }}
        error={errorFor('behaviour')}
        suggestions={behaviours}
      />
      <Textarea
        name="behaviourForm"
        label={`What did ${name} do?`}
        hint="Describe what you saw and heard."
        value={form.behaviourForm}
        onChange={(behaviourForm) => {
          set({ behaviourForm });
        }}
        error={errorFor('behaviourForm')}
      />
      <Radios
        name="intensity"
        legend="How intense was it?"
        value={form.intensity}
        onChange={(intensity) => {
          set({ intensity });
        }}
        error={errorFor('intensity')}
        small
        options={([1, 2, 3, 4, 5] as const).map((n) => ({ value: String(n), label: abcIntensityLabels[n] }))}
      />
      <TextInput
        name="durationMinutes"
        label="How long did it last, in minutes?"
        value={form.duration}
        onChange={(duration) => {
          set({ duration });
        }}
        inputMode="numeric"
        widthClass="nhsuk-input--width-4"
        error={errorFor('durationMinutes')}
      />

      <h2 className="nhsuk-heading-m">After: what happened straight after</h2>
      <Radios
        name="consequence.category"
        legend="What happened straight after?"
        hint="Choose the closest."
        value={form.consequenceCategory}
        onChange={(consequenceCategory) => {
          set({ consequenceCategory });
        }}
        error={errorFor('consequence.category')}
        small
        options={abcConsequenceCategories.map((c) => ({ value: c, label: abcConsequenceLabels[c] }))}
      />
      <Textarea
        name="consequence.description"
        label="Describe what happened straight after, in your words"
        value={form.consequenceDescription}
        onChange={(consequenceDescription) => {
          set({ consequenceDescription });
        }}
        error={errorFor('consequence.description')}
      />

      <h2 className="nhsuk-heading-m">What it may have meant</h2>
      <Textarea
        name="communicating"
        label={`What might ${name} have been trying to tell you? (optional)`}
        hint="A possibility, not a certainty."
        value={form.communicating}
        onChange={(communicating) => {
          set({ communicating });
        }}
        error={errorFor('communicating')}
      />
      <Radios
        name="restrictiveInterventionUsed"
        legend="Was a restrictive intervention used?"
        hint="For example, holding, guiding by the arms, a locked door or medication given to calm. You can record it in the register after saving."
        value={form.restrictive}
        onChange={(restrictive) => {
          set({ restrictive: restrictive === 'yes' ? 'yes' : 'no' });
        }}
        error={errorFor('restrictiveInterventionUsed')}
        small
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
      <Textarea
        name="whatHelped"
        label="What helped, and what did not (optional)"
        value={form.whatHelped}
        onChange={(whatHelped) => {
          set({ whatHelped });
        }}
        error={errorFor('whatHelped')}
      />
    </>
  );
}

/** The behaviour's name, with the names recorded before offered as the user types. */
function BehaviourInput({
  value,
  onChange,
  error,
  suggestions,
}: {
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  suggestions: readonly string[];
}) {
  const id = fieldId('behaviour');
  const listId = `${id}-suggestions`;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        Behaviour
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        As the behaviour support plan names it, or in your words.
        {suggestions.length > 0 && ' Earlier names are suggested as you type.'}
      </div>
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name="behaviour"
        type="text"
        list={suggestions.length > 0 ? listId : undefined}
        autoComplete="off"
        value={value}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
