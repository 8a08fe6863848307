// A trend as the pages show it: whether uses are falling, said plainly; the monthly chart; and the same figures as a
// table behind "Show the figures as a table".
import {
  describeRestrictiveInterventionDirection,
  formatInterventionTrendMonth,
  restrictiveInterventionKindLabels,
  restrictiveInterventionKinds,
  type RestrictiveInterventionRegister,
} from '@hearth/core';
import { lazy, Suspense } from 'react';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';

const InterventionTrendChart = lazy(() => import('./InterventionTrendChart'));

type Trend = RestrictiveInterventionRegister['trend'];

export function TrendFigures({ trend, where, id }: { trend: Trend; where: string; id: string }) {
  const headings = [
    'Month',
    ...restrictiveInterventionKinds.map((k) => restrictiveInterventionKindLabels[k]),
    'All uses',
    'Minutes in all',
  ];
  return (
    <>
      <p className="nhsuk-body hearth-ri-direction" id={`${id}-direction`}>
        {describeRestrictiveInterventionDirection(trend.comparison, formatDate)}
      </p>
      <Suspense fallback={<p className="nhsuk-body">Drawing the chart…</p>}>
        <InterventionTrendChart months={trend.months} where={where} />
      </Suspense>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the figures as a table</span>
        </summary>
        <div className="nhsuk-details__text">
          <ResponsiveTable caption={`Restrictive interventions per month for ${where}`} headings={headings}>
            {trend.months.map((m) => (
              <tr className="nhsuk-table__row" role="row" key={m.month}>
                <ResponsiveCell heading="Month">{formatInterventionTrendMonth(m.month)}</ResponsiveCell>
                {restrictiveInterventionKinds.map((k) => (
                  <ResponsiveCell key={k} heading={restrictiveInterventionKindLabels[k]}>
                    {m.byKind[k].count}
                  </ResponsiveCell>
                ))}
                <ResponsiveCell heading="All uses">{m.count}</ResponsiveCell>
                <ResponsiveCell heading="Minutes in all">{m.minutes}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </div>
      </details>
    </>
  );
}
