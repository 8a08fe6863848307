// One list of changes in a draft conflict, as a table that stacks on phones: what, then two versions of it.
import type { ConflictRow } from './conflict-rows';

interface Props {
  caption: string;
  rows: ConflictRow[];
  columns: [
    { heading: string; value: (row: ConflictRow) => string[] },
    { heading: string; value: (row: ConflictRow) => string[] },
  ];
}

export function ConflictTable({ caption, rows, columns }: Props) {
  return (
    <table className="nhsuk-table-responsive hearth-diff-table" role="table">
      {/* The heading above says the same: the caption names the table for screen readers only. */}
      <caption className="nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          <th className="nhsuk-table__header" scope="col" role="columnheader">
            What
          </th>
          {columns.map((c) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={c.heading}>
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body" role="rowgroup">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.field}>
            <th className="nhsuk-table__header" scope="row" role="rowheader">
              {row.label}
            </th>
            {columns.map((c) => (
              <td className="nhsuk-table__cell" role="cell" key={c.heading}>
                <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                  {c.heading}{' '}
                </span>
                <span className="hearth-diff-value">
                  {c.value(row).map((line, i) => (
                    <span key={i}>
                      {i > 0 && <br />}
                      {line}
                    </span>
                  ))}
                </span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
