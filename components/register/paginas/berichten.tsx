// A school's inbox (kennisgevingen, funding changes, fixed teldata), newest first, keyset paged;
// unread ones marked and, for the school's administrators, to be marked read. DUO reads it
// read-only (scope); the selection is exported as CSV.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BerichtenLijst } from "@/components/register/berichten-lijst";
import { Pager } from "@/components/register/pager";
import { SelectField } from "@/components/ui/fields";
import { withQuery } from "@/lib/lijst/params";
import {
  BERICHT_SOORTEN,
  berichtenPagina,
  berichtInschrijvingen,
  unreadCount,
  type BerichtFilters,
} from "@/lib/register/queries/berichten";
import { parseCursor } from "@/lib/shared/keyset";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export function parseBerichtFilters(search: Record<string, string | string[] | undefined>): BerichtFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const soort = BERICHT_SOORTEN.find((s) => s === first(search.soort));
  return { alleenOngelezen: first(search.ongelezen) === "1", ...(soort ? { soort } : {}) };
}

export async function BerichtenPagina({
  scope,
  search,
  markeerAlle,
  markeer,
}: {
  scope: RegisterScope;
  search: Record<string, string | string[] | undefined>;
  /** The bound server actions; absent for those who only read (the school's reader, DUO). */
  markeerAlle?: () => Promise<void>;
  markeer?: (formData: FormData) => Promise<void>;
}) {
  const { brin, sector } = scope;
  const t = await getTranslations("berichten");
  const filters = parseBerichtFilters(search);
  const [page, ongelezen] = await Promise.all([berichtenPagina(brin, filters, parseCursor(search)), unreadCount(brin)]);
  const links = await berichtInschrijvingen(brin, page.rijen);
  await logInzage(scope, { entiteit: "Lijst", sleutel: "berichten", na: { berichten: page.rijen.map((b) => b.id) } });
  const mayMark = markeer !== undefined;
  const basePath = `${scope.basePath}/berichten`;
  const filterParams = new URLSearchParams();
  if (filters.alleenOngelezen) filterParams.set("ongelezen", "1");
  if (filters.soort) filterParams.set("soort", filters.soort);

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4 text-[var(--bron-muted)]">{t("intro", { aantal: ongelezen })}</p>
      {!mayMark && scope.soort === "instelling" ? (
        <div className="utrecht-alert utrecht-alert--info mb-4">
          <p className="utrecht-paragraph">{t("readOnly")}</p>
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <form method="get" action={basePath} aria-label={t("filterLabel")} className="flex flex-wrap items-end gap-4">
          <SelectField
            id="bericht-soort"
            name="soort"
            label={t("filterSoort")}
            empty={t("alleSoorten")}
            defaultValue={filters.soort}
            options={BERICHT_SOORTEN.map((s) => ({ value: s, label: t(`soort.${s}`) }))}
          />
          <div className="utrecht-form-field flex items-center gap-2 pb-2">
            <input
              id="bericht-ongelezen"
              type="checkbox"
              name="ongelezen"
              value="1"
              defaultChecked={filters.alleenOngelezen}
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />
            <label htmlFor="bericht-ongelezen" className="utrecht-form-label">
              {t("filterOngelezen")}
            </label>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("filter")}
          </button>
        </form>
        {markeerAlle && ongelezen > 0 ? (
          <form action={markeerAlle}>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("markeerAlle")}
            </button>
          </form>
        ) : null}
      </div>
      {page.rijen.length > 0 ? (
        <>
          <p className="mb-2 text-right">
            <a href={withQuery(`${basePath}/export`, filterParams)} className="utrecht-link" download>
              {t("export")}
            </a>
          </p>
          <BerichtenLijst
            deelnemersPath={`${scope.basePath}/deelnemers`}
            sector={sector}
            berichten={page.rijen}
            links={links}
            markeer={markeer}
          />
        </>
      ) : (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">
          {filters.alleenOngelezen || filters.soort ? t("emptyFiltered") : t("empty")}{" "}
          {filters.alleenOngelezen || filters.soort ? (
            <Link href={basePath} className="utrecht-link">
              {t("toonAlle")}
            </Link>
          ) : null}
        </p>
      )}
      <Pager basePath={basePath} params={filterParams} vorige={page.vorige} volgende={page.volgende} />
    </>
  );
}
