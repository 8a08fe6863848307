// The weekly average score as a line chart. The chart is a picture for sighted readers: it has a text
// description, and the table beside it holds the same figures for screen readers and keyboard users.
import { describeTrend, type AuditTrendPoint } from '@hearth/core';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate } from '../format';

const shortDate = (day: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export default function TrendChart({ trend }: { trend: readonly AuditTrendPoint[] }) {
  const data = trend.map((w) => ({ week: shortDate(w.weekStarting), score: w.meanScore }));
  return (
    <div className="hearth-trend-chart" role="img" aria-label={describeTrend(trend, formatDate)}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" strokeDasharray="3 3" />
          <XAxis dataKey="week" stroke="#4c6272" tick={{ fill: '#212b32', fontSize: 14 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="#4c6272" tick={{ fill: '#212b32', fontSize: 14 }} width={40} />
          <Line type="linear" dataKey="score" stroke="#005eb8" strokeWidth={3} dot={{ r: 4, fill: '#005eb8' }} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
