// A list of assessments (or a list inside one, such as further actions) the author adds to and removes from while
// the plan is a draft, under an h3 or h4 heading. The entries and the add button are RepeatEntries. Names are dotted
// paths ("riskAssessments.general"); ids are their dashed form, and the add button carries the list's own id so an
// error about the whole list links to it.
import type { ReactNode } from 'react';
import { fieldId } from '../../forms/field-ids';
import { RepeatEntries, type RepeatListProps } from '../RepeatEntries';

interface Props<T extends { id: string }> extends RepeatListProps<T> {
  heading: ReactNode;
  /** h3 for a kind of assessment, h4 for a list inside one. */
  headingLevel: 3 | 4;
}

export function AssessmentList<T extends { id: string }>({ heading, headingLevel, ...list }: Props<T>) {
  const addId = fieldId(list.name);
  const headingId = `${addId}-heading`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="hearth-risk-list" role="group" aria-labelledby={headingId}>
      <Heading
        className={headingLevel === 3 ? 'nhsuk-heading-s' : 'nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-2'}
        id={headingId}
      >
        {heading}
      </Heading>
      <RepeatEntries {...list} addId={addId} />
    </div>
  );
}
