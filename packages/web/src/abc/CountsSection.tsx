// Antecedent or consequence counts: the bar chart (loaded only when needed, so the charting library stays out of
// other pages) and, under "Show the figures as a table", the same figures as a table.
import { lazy, Suspense } from 'react';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import type { CountBar } from './CountsChart';

const CountsChart = lazy(() => import('./CountsChart'));

interface Props {
  id: string;
  title: string;
  intro: string;
  column: string;
  bars: readonly CountBar[];
}

export function CountsSection({ id, title, intro, column, bars }: Props) {
  return (
    <section aria-labelledby={id} className="hearth-abc-counts">
      <h2 className="nhsuk-heading-m" id={id}>
        {title}
      </h2>
      <p className="nhsuk-body">{intro}</p>
      <Suspense fallback={<p className="nhsuk-body">Drawing the chart…</p>}>
        <CountsChart title={title} bars={bars} />
      </Suspense>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the figures as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <ResponsiveTable caption={title} headings={[column, 'Records']}>
            {bars.map((b) => (
              <tr className="nhsuk-table__row" role="row" key={b.label}>
                <ResponsiveCell heading={column}>{b.label}</ResponsiveCell>
                <ResponsiveCell heading="Records">{b.count}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </div>
      </details>
    </section>
  );
}
