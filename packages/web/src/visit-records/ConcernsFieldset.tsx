// Concerns from the visit: each in words, and whether to escalate it to the senior on duty now.
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';
import type { ConcernAnswer } from './visit-form-state';

interface Props {
  concerns: ConcernAnswer[];
  onChange: (concerns: ConcernAnswer[]) => void;
  errorFor: (path: string) => string | undefined;
}

export function ConcernsFieldset({ concerns, onChange, errorFor }: Props) {
  const set = (index: number, concern: ConcernAnswer) => {
    onChange(concerns.map((c, i) => (i === index ? concern : c)));
  };
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-5">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Concerns</h2>
      </legend>
      <div className="nhsuk-hint">Anything that worried you. Leave it empty if there was nothing.</div>
      {concerns.map((concern, index) => {
        const textId = fieldId(`content.concerns.${index}.text`);
        const error = errorFor(`content.concerns.${index}.text`);
        const escalateId = fieldId(`content.concerns.${index}.escalate`);
        return (
          <div className="hearth-visit-concern" key={index}>
            <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
              <label className="nhsuk-label" htmlFor={textId}>
                Concern {concerns.length > 1 ? index + 1 : ''}
              </label>
              <ErrorMessage id={`${textId}-error`} message={error} />
              <textarea
                className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
                id={textId}
                name={`content.concerns.${index}.text`}
                rows={3}
                value={concern.text}
                aria-describedby={error ? `${textId}-error` : undefined}
                onChange={(e) => {
                  set(index, { ...concern, text: e.target.value });
                }}
              />
            </div>
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id={escalateId}
                  name={`content.concerns.${index}.escalate`}
                  type="checkbox"
                  checked={concern.escalate}
                  onChange={(e) => {
                    set(index, { ...concern, escalate: e.target.checked });
                  }}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={escalateId}>
                  Escalate to the senior on duty
                </label>
              </div>
            </div>
            {concerns.length > 1 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0"
                onClick={() => {
                  onChange(concerns.filter((_, i) => i !== index));
                }}
              >
                Remove concern {index + 1}
              </button>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => {
          onChange([...concerns, { text: '', escalate: false }]);
        }}
      >
        Add another concern
      </button>
    </fieldset>
  );
}
