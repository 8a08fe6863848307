// The rules a provider has switched off, chosen from every rule by id and title. Hidden in a details element, as
// most providers switch none off.
import type { AuditSettings } from '@hearth/core';
import { ErrorMessage } from '../../components/fields';

interface Props {
  rules: AuditSettings['rules'];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error: string | undefined;
  readOnly: boolean;
}

export function RulesSwitchedOff({ rules, chosen, onChange, error, readOnly }: Props) {
  const toggle = (id: string, on: boolean) => { onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id)); };
  return (
    <details className="nhsuk-details" open={error !== undefined || undefined}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Rules switched off ({chosen.length})</span>
      </summary>
      <div className="nhsuk-details__text">
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <fieldset className="nhsuk-fieldset" id="disabledRules" aria-describedby="disabledRules-hint">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Switch off</legend>
            <div className="nhsuk-hint" id="disabledRules-hint">A rule switched off is not run and does not count in any score.</div>
            <ErrorMessage id="disabledRules-error" message={error} />
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
              {rules.map((rule) => (
                <div className="nhsuk-checkboxes__item" key={rule.id}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`disabledRules-${rule.id}`}
                    type="checkbox"
                    checked={chosen.includes(rule.id)}
                    disabled={readOnly}
                    onChange={(e) => { toggle(rule.id, e.target.checked); }}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`disabledRules-${rule.id}`}>
                    {rule.id}: {rule.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </details>
  );
}
