// The NHS summary list: pairs of label and value, read as a description list.
import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** Keep the line breaks someone typed, for longer free text. */
  preWrap?: boolean;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className={`nhsuk-summary-list__value${row.preWrap ? ' hearth-pre-wrap' : ''}`}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
