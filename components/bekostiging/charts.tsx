"use client";
// Funding charts (recharts). Each chart has a text alternative: the same figures as a table follow it.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const GREEN = "#2f7d32";
const RED = "#a90061";

export function StackedBars({
  data,
  xKey,
  label,
  labels,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  label: string;
  labels: { bekostigd: string; nietBekostigd: string };
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
          <Bar dataKey="bekostigd" name={labels.bekostigd} stackId="a" fill={GREEN} isAnimationActive={false} />
          <Bar dataKey="nietBekostigd" name={labels.nietBekostigd} stackId="a" fill={RED} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function SimpleBars({ data, xKey, yKey, label, name }: { data: Record<string, string | number>[]; xKey: string; yKey: string; label: string; name: string }) {
  return (
    <figure aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#1b1b1b", fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey={yKey} name={name} fill={RED} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
