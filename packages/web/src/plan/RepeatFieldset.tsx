// A section's list the user adds to and removes from (outcomes, steps, risks, equipment, who took part), under its
// own h2 legend. The entries and the add button are RepeatEntries, shared with the risk assessment lists.
import { RepeatEntries, type RepeatListProps } from './RepeatEntries';

interface Props<T extends { id: string }> extends RepeatListProps<T> {
  heading: string;
}

/** Ids are from the name, such as "steps": entries' inputs are "steps-0-when" and the add button "add-steps". */
export function RepeatFieldset<T extends { id: string }>({ heading, ...list }: Props<T>) {
  return (
    <fieldset className="nhsuk-fieldset hearth-section" id={list.name}>
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading">{heading}</h2>
      </legend>
      <RepeatEntries {...list} addId={`add-${list.name}`} />
    </fieldset>
  );
}
