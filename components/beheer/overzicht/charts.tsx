"use client";
// Back-office charts (recharts): stacked bars over named series. Each chart is followed on the page
// by the same figures as a table, its text alternative.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const KLEUREN = ["#2f7d32", "#a90061", "#01689b", "#8b4a00"];

export function SeriesBars({
  data,
  xKey,
  label,
  series,
  stacked = true,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  label: string;
  series: { key: string; name: string }[];
  stacked?: boolean;
}) {
  return (
    <figure aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId={stacked ? "a" : undefined} fill={KLEUREN[i % KLEUREN.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
