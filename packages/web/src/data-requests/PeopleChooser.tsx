// Choosing the people a request is about: a checkbox for each person of the chosen service, with a name filter for
// a large service. People already ticked stay ticked (and listed) when the filter hides them.
import type { PersonSummary } from '@hearth/core';
import { useState } from 'react';
import { ErrorMessage } from '../components/fields';
import { displayName } from '../format';
import { fieldId } from '../forms/field-ids';

interface Props {
  people: PersonSummary[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}

export function PeopleChooser({ people, chosen, onChange, error }: Props) {
  const [filter, setFilter] = useState('');
  const id = fieldId('personIds');
  const words = filter.trim().toLowerCase();
  const shown = people.filter((p) => chosen.includes(p.id) || words === '' || displayName(p).toLowerCase().includes(words));
  const toggle = (personId: string, on: boolean) => {
    onChange(on ? [...chosen, personId] : chosen.filter((c) => c !== personId));
  };
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who the request is about</legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Tick each person named in the request. {chosen.length === 1 ? '1 person chosen.' : `${chosen.length} people chosen.`}
        </div>
        <ErrorMessage id={`${id}-error`} message={error} />
        {people.length > 10 && (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="people-filter">Find by name</label>
            <input className="nhsuk-input nhsuk-u-width-one-half" id="people-filter" type="search" value={filter} onChange={(e) => { setFilter(e.target.value); }} />
          </div>
        )}
        {people.length === 0 ? (
          <p className="nhsuk-body">No one is supported by this service yet.</p>
        ) : (
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {shown.map((p, index) => (
              <div className="nhsuk-checkboxes__item" key={p.id}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={index === 0 ? id : `${id}-${p.id}`}
                  type="checkbox"
                  checked={chosen.includes(p.id)}
                  onChange={(e) => { toggle(p.id, e.target.checked); }}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={index === 0 ? id : `${id}-${p.id}`}>
                  {displayName(p)}
                </label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
}
