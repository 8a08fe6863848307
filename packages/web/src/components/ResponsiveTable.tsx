// A table in NHS design system markup that stacks on small screens, each cell labelled with its column heading.
import type { ReactNode } from 'react';

export function ResponsiveTable({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    <table className="nhsuk-table-responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {headings.map((heading) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" role="rowgroup">
        {children}
      </tbody>
    </table>
  );
}

/** A cell whose column heading is shown beside it only when the table is stacked; screen readers use the real heading. */
export function ResponsiveCell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      {children}
    </td>
  );
}
