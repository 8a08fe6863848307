// The checklist itself: one group of four radios for each of the nine activities, each option the level's name with
// the provider's imported statement text (or, with none imported, a pointer to their licensed paper copy), and a note.
import { palActivities, palActivityNames, palLevelLetters, palLevelNames, palLevels, type PalActivity, type PalLevel, type PalStatements } from '@hearth/core';
import { ErrorMessage, TextInput } from '../components/fields';
import { fieldId } from '../forms/field-ids';
import type { PalFormValues } from './pal-form';

export const notImportedText = 'Statement text not imported \u2014 use your licensed copy';

interface Props {
  values: PalFormValues['checklist'];
  statements: PalStatements | null;
  onChange: (activity: PalActivity, patch: Partial<PalFormValues['checklist'][PalActivity]>) => void;
  errorFor: (path: string) => string | undefined;
}

export function PalChecklistFields({ values, statements, onChange, errorFor }: Props) {
  return (
    <>
      {palActivities.map((activity, index) => (
        <ActivityGroup
          key={activity}
          activity={activity}
          number={index + 1}
          value={values[activity]}
          statements={statements?.[activity] ?? null}
          onChange={(patch) => {
            onChange(activity, patch);
          }}
          errorFor={errorFor}
        />
      ))}
    </>
  );
}

interface GroupProps {
  activity: PalActivity;
  number: number;
  value: PalFormValues['checklist'][PalActivity];
  statements: Record<PalLevel, string> | null;
  onChange: (patch: Partial<PalFormValues['checklist'][PalActivity]>) => void;
  errorFor: (path: string) => string | undefined;
}

function ActivityGroup({ activity, number, value, statements, onChange, errorFor }: GroupProps) {
  const name = `checklist.${activity}.level`;
  const id = fieldId(name);
  const error = errorFor(name);
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
          <span className="nhsuk-u-visually-hidden">Activity </span>
          {number}. {palActivityNames[activity]}
        </legend>
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-radios">
          {palLevels.map((level, i) => {
            const optionId = i === 0 ? id : `${id}-${level}`;
            return (
              <div className="nhsuk-radios__item" key={level}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={level}
                  checked={value.level === level}
                  aria-describedby={`${optionId}-statement`}
                  onChange={() => {
                    onChange({ level });
                  }}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {palLevelNames[level]} ({palLevelLetters[level]})
                </label>
                <div className="nhsuk-hint nhsuk-radios__hint hearth-pal-statement" id={`${optionId}-statement`}>
                  {statements ? statements[level] : notImportedText}
                </div>
              </div>
            );
          })}
        </div>
        <TextInput
          name={`checklist.${activity}.note`}
          label={`Note about ${palActivityNames[activity].toLowerCase()} (optional)`}
          value={value.note}
          onChange={(note) => {
            onChange({ note });
          }}
          error={errorFor(`checklist.${activity}.note`)}
        />
      </fieldset>
    </div>
  );
}
