// The scatter plot as a picture: a square for each observed cell, days across and the time of day down, shaded by
// level. It carries a description in words (role="img" with a label); the table below it holds every cell's value
// for screen readers and keyboard users.
import { scatterClock, type ScatterPlotResponse } from '@hearth/core';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis, usePlotArea } from 'recharts';
import { scatterShadeFill } from './scatter-shades';

interface Point {
  x: number;
  y: number;
  level: 0 | 1 | 2 | 3;
}

interface SquareProps {
  cx?: number;
  cy?: number;
  payload?: Point;
  columns: number;
  rows: number;
}

/** One cell as a square filling its place in the grid, sized from the plot area so it fits any screen. */
function CellSquare({ cx, cy, payload, columns, rows }: SquareProps) {
  const area = usePlotArea();
  if (!area || cx === undefined || cy === undefined || !payload) return null;
  const width = Math.max(1, area.width / columns - 2);
  const height = Math.max(1, area.height / rows - 2);
  return (
    <rect
      x={cx - width / 2}
      y={cy - height / 2}
      width={width}
      height={height}
      fill={scatterShadeFill[payload.level]}
      stroke={payload.level === 0 ? '#aeb7bd' : 'none'}
    />
  );
}

const asLevel = (level: number | null): Point['level'] | null =>
  level === 0 || level === 1 || level === 2 || level === 3 ? level : null;

export default function ScatterPlotChart({ plot, description }: { plot: ScatterPlotResponse; description: string }) {
  const first = plot.rows[0]?.startMinute ?? 0;
  const last = plot.rows[plot.rows.length - 1]?.endMinute ?? 1440;
  const points: Point[] = plot.rows.flatMap((row) =>
    row.cells.flatMap((cell, col) => {
      const level = asLevel(cell.level);
      return level === null ? [] : [{ x: col, y: (row.startMinute + row.endMinute) / 2, level }];
    }),
  );
  const hours = (last - first) / 60;
  const step = hours > 12 ? 120 : 60;
  const yTicks = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => first + i * step);
  const shortDay = (col: number) => {
    const label = plot.dates[col]?.label ?? '';
    return label.split(' ').slice(0, 2).join(' ');
  };
  const height = Math.max(180, plot.rows.length * (plot.slotMinutes === 15 ? 12 : 18) + 48);

  return (
    <div className="hearth-scatter-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-0.5, plot.dates.length - 0.5]}
            ticks={plot.dates.map((_, i) => i)}
            tickFormatter={shortDay}
            interval="preserveStartEnd"
            stroke="#4c6272"
            tick={{ fill: '#212b32', fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[first, last]}
            ticks={yTicks}
            tickFormatter={scatterClock}
            reversed
            stroke="#4c6272"
            tick={{ fill: '#212b32', fontSize: 12 }}
            width={44}
          />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(props: Omit<SquareProps, 'columns' | 'rows'>) => (
              <CellSquare {...props} columns={plot.dates.length} rows={plot.rows.length} />
            )}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
