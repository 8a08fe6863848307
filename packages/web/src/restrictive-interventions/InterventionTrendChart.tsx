// Uses per month as stacked bars by kind. The chart is a picture for sighted readers: it carries its figures in words
// (role="img" with a label), and the table beside it holds the same figures for screen readers and keyboard users.
import {
  formatInterventionTrendMonth,
  restrictiveInterventionKindLabels,
  restrictiveInterventionKinds,
  type RestrictiveInterventionMonthFigures,
} from '@hearth/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { chartDescription } from './register-text';

/** NHS colours, distinct for each kind; the legend and the table name them, so colour is never the only cue. */
const kindColours: Record<(typeof restrictiveInterventionKinds)[number], string> = {
  physical: '#005eb8',
  seclusion: '#330072',
  chemical: '#ae2573',
  mechanical: '#007f3b',
};

export default function InterventionTrendChart({
  months,
  where,
}: {
  months: readonly RestrictiveInterventionMonthFigures[];
  where: string;
}) {
  const data = months.map((m) => ({
    month: formatInterventionTrendMonth(m.month, 'short'),
    ...Object.fromEntries(restrictiveInterventionKinds.map((k) => [k, m.byKind[k].count])),
  }));
  const most = Math.max(1, ...months.map((m) => m.count));
  return (
    <div className="hearth-ri-chart" role="img" aria-label={chartDescription(months, where)}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" stroke="#4c6272" tick={{ fill: '#212b32', fontSize: 13 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} domain={[0, most]} stroke="#4c6272" tick={{ fill: '#212b32', fontSize: 13 }} width={32} />
          <Legend wrapperStyle={{ color: '#212b32', fontSize: 14 }} />
          {restrictiveInterventionKinds.map((k) => (
            <Bar
              key={k}
              dataKey={k}
              name={restrictiveInterventionKindLabels[k]}
              stackId="uses"
              fill={kindColours[k]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
