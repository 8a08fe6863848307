// The scatter plot as a real table, the chart's text alternative: days as columns, time slots as rows and the
// activity column, each cell saying its value (never colour alone). A wide grid scrolls in its own box.
import type { ScatterPlotResponse } from '@hearth/core';
import { scatterCellShort } from './scatter-cell-text';
import { scatterLevelClass, scatterShade } from './scatter-shades';

export function ScatterPlotTable({ plot, caption }: { plot: ScatterPlotResponse; caption: string }) {
  return (
    <div className="hearth-scatter-scroll" role="region" aria-labelledby="scatter-table-caption" tabIndex={0}>
      <table className="hearth-scatter-table hearth-scatter-grid">
        <caption id="scatter-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            {plot.dates.map((d) => (
              <th scope="col" key={d.date}>
                {d.label}
              </th>
            ))}
            <th scope="col">Activity</th>
          </tr>
        </thead>
        <tbody>
          {plot.rows.map((row) => (
            <tr key={row.startMinute}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td key={cell.date} className={scatterLevelClass(cell.level)}>
                  <span aria-hidden="true">{scatterCellShort(cell)}</span>
                  <span className="nhsuk-u-visually-hidden">{cell.text}</span>
                </td>
              ))}
              <td className="hearth-scatter-activity">{row.activities.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What each shade means for the measure shown, and how to read a cell's short text. */
export function ScatterPlotKey({ plot }: { plot: ScatterPlotResponse }) {
  return (
    <>
      <h3 className="nhsuk-heading-s">Key</h3>
      <ul className="hearth-scatter-key">
        {plot.legend.map((entry) => (
          <li key={entry.level ?? 'blank'}>
            <span className="hearth-scatter-swatch" aria-hidden="true" style={{ background: scatterShade(entry.level) }} />
            {entry.meaning}
          </li>
        ))}
      </ul>
      <p className="nhsuk-body-s">
        In the table, &ldquo;2, int 5&rdquo; means 2 ABC records, the most intense at 5 on the 1 to 5 scale; &ldquo;Some&rdquo;
        and &ldquo;High&rdquo; are marks filled in directly, and &ldquo;&ndash;&rdquo; means nobody observed that time.
      </p>
    </>
  );
}
