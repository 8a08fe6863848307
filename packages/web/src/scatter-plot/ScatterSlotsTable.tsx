// One day's time slots as a table of controls: for each slot, what was seen (none, some or high) and the activity.
// Every control has its own label naming the slot, so it reads well one by one with a keyboard or screen reader.
import { scatterGradeLabels, scatterGrades } from '@hearth/core';
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';
import { slotField, slotLabel, type SlotValue } from './scatter-entry-form';

interface Props {
  slots: readonly number[];
  slotMinutes: number;
  valueOf: (minute: number) => SlotValue;
  /** A slot marked before can be changed but not made blank again: the record keeps what was observed. */
  wasMarked: (minute: number) => boolean;
  onChange: (minute: number, patch: Partial<SlotValue>) => void;
  errorFor: (path: string) => string | undefined;
  loading: boolean;
}

export function ScatterSlotsTable({ slots, slotMinutes, valueOf, wasMarked, onChange, errorFor, loading }: Props) {
  return (
    <div className="hearth-scatter-scroll" role="region" aria-labelledby="scatter-slots-caption" tabIndex={0}>
      <table className="hearth-scatter-table hearth-scatter-slots">
        <caption id="scatter-slots-caption">Time slots{loading ? ' (loading what was filled in before…)' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">What was seen</th>
            <th scope="col">Activity</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((minute) => {
            const label = slotLabel(minute, slotMinutes);
            const value = valueOf(minute);
            const gradeName = slotField(minute, 'grade');
            const activityName = slotField(minute, 'activity');
            const gradeError = errorFor(gradeName);
            const activityError = errorFor(activityName);
            return (
              <tr key={minute}>
                <th scope="row">{label}</th>
                <td className={gradeError ? 'nhsuk-form-group--error' : undefined}>
                  <label className="nhsuk-u-visually-hidden" htmlFor={fieldId(gradeName)}>
                    What was seen, {label}
                  </label>
                  <ErrorMessage id={`${fieldId(gradeName)}-error`} message={gradeError} />
                  <select
                    className={`nhsuk-select${gradeError ? ' nhsuk-select--error' : ''}`}
                    id={fieldId(gradeName)}
                    name={gradeName}
                    value={value.grade}
                    aria-describedby={gradeError ? `${fieldId(gradeName)}-error` : undefined}
                    aria-invalid={gradeError ? true : undefined}
                    onChange={(e) => {
                      const grade = scatterGrades.find((g) => g === e.target.value) ?? '';
                      onChange(minute, { grade });
                    }}
                  >
                    {!wasMarked(minute) && <option value="">Not observed</option>}
                    {scatterGrades.map((g) => (
                      <option key={g} value={g}>
                        {scatterGradeLabels[g]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={activityError ? 'nhsuk-form-group--error' : undefined}>
                  <label className="nhsuk-u-visually-hidden" htmlFor={fieldId(activityName)}>
                    Activity, {label}
                  </label>
                  <ErrorMessage id={`${fieldId(activityName)}-error`} message={activityError} />
                  <input
                    className={`nhsuk-input${activityError ? ' nhsuk-input--error' : ''}`}
                    id={fieldId(activityName)}
                    name={activityName}
                    type="text"
                    value={value.activity}
                    maxLength={200}
                    aria-describedby={activityError ? `${fieldId(activityName)}-error` : undefined}
                    aria-invalid={activityError ? true : undefined}
                    onChange={(e) => {
                      onChange(minute, { activity: e.target.value });
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
