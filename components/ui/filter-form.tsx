// A list's filter form: GET to the list itself, so the filters land in the URL (bookmarkable,
// exportable); a new selection starts at the first page (no cursor in the form).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FieldGrid } from "./fields";
import { LegeVeldenWeg } from "./lege-velden-weg";

export async function FilterForm({
  action,
  label,
  resetHref,
  hidden,
  children,
}: {
  action: string;
  label: string;
  resetHref: string;
  hidden?: Record<string, string>;
  children: React.ReactNode;
}) {
  const t = await getTranslations("lijst");
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className="mb-6 flex flex-col gap-4 rounded border border-[var(--bron-border)] p-4"
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <LegeVeldenWeg />
      <FieldGrid>{children}</FieldGrid>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("filteren")}
        </button>
        <Link href={resetHref} className="utrecht-link">
          {t("wissen")}
        </Link>
      </div>
    </form>
  );
}
