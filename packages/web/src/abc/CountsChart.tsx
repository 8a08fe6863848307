// How often each antecedent or consequence was recorded, as a bar chart. The chart is a picture for sighted readers:
// its label gives every figure, and the table beside it holds the same figures for screen readers and keyboards.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface CountBar {
  /** Short enough to sit beside its bar on a phone. */
  short: string;
  label: string;
  count: number;
}

/** Every figure in words, for the chart's text alternative. */
export function describeCounts(title: string, bars: readonly CountBar[]): string {
  return `${title}: ${bars.map((b) => `${b.label}, ${b.count}`).join('; ')}.`;
}

export default function CountsChart({ title, bars }: { title: string; bars: readonly CountBar[] }) {
  const data = bars.map((b) => ({ name: b.short, count: b.count }));
  return (
    <div className="hearth-abc-chart" role="img" aria-label={describeCounts(title, bars)}>
      <ResponsiveContainer width="100%" height={bars.length * 34 + 40}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dde0" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke="#4c6272" tick={{ fill: '#212b32', fontSize: 13 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={132}
            stroke="#4c6272"
            tick={{ fill: '#212b32', fontSize: 13 }}
            interval={0}
          />
          <Bar dataKey="count" fill="#005eb8" isAnimationActive={false} barSize={20}>
            <LabelList dataKey="count" position="right" fill="#212b32" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
