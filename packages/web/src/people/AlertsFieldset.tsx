// Allergies and alerts: a repeatable group; what matters most for safety, so it sits near the top of the form.
import { alertKinds } from '@hearth/core';
import { ErrorMessage, Select, TextInput } from '../components/fields';
import { emptyAlert, type AlertForm } from './person-form-state';

const kindLabels: Record<(typeof alertKinds)[number], string> = { allergy: 'Allergy', alert: 'Other alert' };

interface Props {
  alerts: AlertForm[];
  onChange: (alerts: AlertForm[]) => void;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
}

export function AlertsFieldset({ alerts, onChange, errorFor, onFocusRequest }: Props) {
  const update = (index: number, patch: Partial<AlertForm>) => {
    onChange(alerts.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  };

  const add = () => {
    onChange([...alerts, emptyAlert()]);
    onFocusRequest(`alerts-${alerts.length}-kind`);
  };

  const remove = (index: number) => {
    onChange(alerts.filter((_, i) => i !== index));
    onFocusRequest('add-alert');
  };

  const listError = errorFor('alerts');
  return (
    <fieldset className="nhsuk-fieldset hearth-section" id="alerts" aria-describedby={listError ? 'alerts-error' : undefined}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">Allergies and alerts</h2>
      </legend>
      <div className="nhsuk-hint">
        Allergies, and anything else staff must know before they support the person, such as a risk of choking.
      </div>
      <ErrorMessage id="alerts-error" message={listError} />
      {alerts.length === 0 && <p className="nhsuk-body">No known allergies or alerts recorded.</p>}
      {alerts.map((alert, index) => {
        const path = `alerts.${index}`;
        const number = index + 1;
        return (
          <fieldset className="nhsuk-fieldset hearth-repeat" key={alert.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Allergy or alert {number}</legend>
            <Select
              name={`${path}.kind`}
              label="Type"
              value={alert.kind}
              placeholder="Choose allergy or other alert"
              options={alertKinds.map((k) => ({ value: k, label: kindLabels[k] }))}
              onChange={(kind) => {
                update(index, { kind: kind === 'allergy' || kind === 'alert' ? kind : '' });
              }}
              error={errorFor(`${path}.kind`)}
            />
            <TextInput
              name={`${path}.description`}
              label="Description"
              hint="For example, penicillin: rash and swelling"
              value={alert.description}
              onChange={(description) => {
                update(index, { description });
              }}
              error={errorFor(`${path}.description`)}
            />
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => {
                remove(index);
              }}
            >
              Remove<span className="nhsuk-u-visually-hidden"> allergy or alert {number}</span>
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id="add-alert"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={add}
        disabled={alerts.length >= 30}
      >
        Add an allergy or alert
      </button>
    </fieldset>
  );
}
