// An accessible progress bar: a visible label, the percentage as text, and role=progressbar with its value.
export function ProgressBar({
  id,
  label,
  value,
  valueText,
}: {
  id: string;
  label: React.ReactNode;
  value: number;
  valueText?: string;
}) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between gap-4">
        <span id={`${id}-label`} className="font-semibold">
          {label}
        </span>
        <span aria-hidden="true">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText ?? `${percent}%`}
        className="h-4 w-full overflow-hidden rounded border border-[var(--bron-border)] bg-[var(--bron-subtle)]"
      >
        <div
          className="h-full bg-[var(--bron-lint)] transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
