// One figure with its label, for overview pages.
export function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="rounded border border-[var(--bron-border)] p-4">
      <dt className="text-sm text-[var(--bron-muted)]">{label}</dt>
      <dd className="text-3xl font-bold text-[var(--bron-lint)]">{typeof value === "number" ? value.toLocaleString("nl-NL") : value}</dd>
    </div>
  );
}
