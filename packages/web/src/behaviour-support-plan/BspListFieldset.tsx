// A list in the behaviour support plan form (behaviours, assessments, warning signs, steps), under its own heading,
// with the list's own error (such as "add at least one") where the error summary links to it.
import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/fields';
import { fieldId } from '../forms/field-ids';
import { RepeatEntries, type RepeatListProps } from '../plan/RepeatEntries';

interface Props<T extends { id: string }> extends RepeatListProps<T> {
  heading: ReactNode;
  /** h2 for a section of its own, h3 inside one. */
  level?: 2 | 3;
  error?: string | undefined;
}

export function BspListFieldset<T extends { id: string }>({ heading, level = 2, error, ...list }: Props<T>) {
  const id = fieldId(list.name);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset hearth-section"
        id={id}
        tabIndex={-1}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <legend className={`nhsuk-fieldset__legend nhsuk-fieldset__legend--${level === 2 ? 'm' : 's'}`}>
          <Heading className="nhsuk-fieldset__heading">{heading}</Heading>
        </legend>
        <ErrorMessage id={`${id}-error`} message={error} />
        <RepeatEntries {...list} addId={`add-${id}`} />
      </fieldset>
    </div>
  );
}
