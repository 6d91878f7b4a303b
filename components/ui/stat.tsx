// One figure with its label, for overview pages, in the reader's number format.
import { useLocale } from "next-intl";
import { formatGetal } from "./format";

export function Stat({ label, value }: { label: string; value: number | string }) {
  const locale = useLocale();
  return (
    <div className="rounded border border-[var(--bron-border)] p-4">
      <dt className="text-sm text-[var(--bron-muted)]">{label}</dt>
      <dd className="text-3xl font-bold text-[var(--bron-lint)]">
        {typeof value === "number" ? formatGetal(value, locale) : value}
      </dd>
    </div>
  );
}
