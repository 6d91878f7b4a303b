"use client";
// The portal's bar chart (recharts): named series, stacked or side by side. Each chart is followed
// on its page by the same figures as a table, its text alternative.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Funded green, not funded red, then the rest; the order series are given in. */
const KLEUREN = ["#2f7d32", "#a90061", "#01689b", "#8b4a00"];

export function SeriesBars({
  data,
  xKey,
  label,
  series,
  stacked = true,
  kleuren = KLEUREN,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  label: string;
  series: { key: string; name: string }[];
  stacked?: boolean;
  kleuren?: readonly string[];
}) {
  return (
    <figure aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <Tooltip />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId={stacked ? "a" : undefined}
              fill={kleuren[i % kleuren.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
