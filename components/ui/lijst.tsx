// The one list of the portal: a table whose column headers sort (a link, aria-sort on the active
// one), keyset paging links that keep the filters, and the export of the same selection as CSV.
// Every register and back-office list renders through it; the page owns the query and the filters.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/register/pager";

export type Kolom<T> = {
  key: string;
  header: React.ReactNode;
  cell: (rij: T) => React.ReactNode;
  /** The sort this column's header applies (a value of the list's `sorteer` parameter); none: not sortable. */
  sorteer?: string;
  /** The row's name: a row header, and sticky on the left when a narrow screen must scroll. */
  rowHeader?: boolean;
  /** Classes of both header and cells, e.g. `hidden xl:table-cell` for a secondary column. */
  className?: string;
};

export type Sortering = {
  actief: string;
  aflopend: boolean;
  href: (sorteer: string) => string;
};

const cellClass = "utrecht-table__cell px-2 py-2 align-top";
const stickyClass = "sticky left-0 z-[1] bg-white";

export async function Lijst<T>({
  caption,
  kolommen,
  rijen,
  rijSleutel,
  sortering,
  paging,
  exportHref,
  leeg,
  acties,
}: {
  caption: React.ReactNode;
  kolommen: Kolom<T>[];
  rijen: T[];
  rijSleutel: (rij: T) => string | number;
  sortering?: Sortering;
  /** Keyset paging: the cursors of the neighbouring pages and the current selection's parameters. */
  paging?: { basePath: string; params: URLSearchParams; vorige: number | null; volgende: number | null };
  /** The CSV export of the current selection (the same filters and sort); shown when there are rows. */
  exportHref?: string;
  /** Text when there are no rows (no data, or none matching the filters). */
  leeg: React.ReactNode;
  /** Anything to show beside the export link (a count, a status line). */
  acties?: React.ReactNode;
}) {
  const t = await getTranslations("lijst");
  return (
    <div data-lijst>
      {acties || (exportHref && rijen.length > 0) ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-4">
          <div>{acties}</div>
          {exportHref && rijen.length > 0 ? (
            <a href={exportHref} className="utrecht-link" download>
              {t("export")}
            </a>
          ) : null}
        </div>
      ) : null}
      {rijen.length === 0 ? (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{leeg}</p>
      ) : (
        // A scroll only where the screen is too narrow for the columns that remain (a phone); the name stays in view.
        <div className="overflow-x-auto">
          <table className="utrecht-table w-full">
            <caption className="utrecht-table__caption text-left">{caption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {kolommen.map((k) => {
                  const richting =
                    sortering && k.sorteer !== undefined && sortering.actief === k.sorteer
                      ? sortering.aflopend
                        ? "descending"
                        : "ascending"
                      : undefined;
                  return (
                    <th
                      key={k.key}
                      scope="col"
                      aria-sort={richting}
                      className={`utrecht-table__header-cell px-2 py-2 text-left ${k.rowHeader ? stickyClass : ""} ${k.className ?? ""}`}
                    >
                      {sortering && k.sorteer !== undefined ? (
                        <Link href={sortering.href(k.sorteer)} className="utrecht-link inline-flex items-center gap-1">
                          {k.header}
                          <span aria-hidden="true">
                            {richting === "descending" ? "▼" : richting === "ascending" ? "▲" : "↕"}
                          </span>
                          <span className="sr-only">
                            {richting === "descending"
                              ? t("gesorteerdAflopend")
                              : richting === "ascending"
                                ? t("gesorteerdOplopend")
                                : t("sorteer")}
                          </span>
                        </Link>
                      ) : (
                        k.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rijen.map((rij) => (
                <tr key={rijSleutel(rij)} className="utrecht-table__row">
                  {kolommen.map((k) =>
                    k.rowHeader ? (
                      <th
                        key={k.key}
                        scope="row"
                        className={`${cellClass} text-left ${stickyClass} ${k.className ?? ""}`}
                      >
                        {k.cell(rij)}
                      </th>
                    ) : (
                      <td key={k.key} className={`${cellClass} ${k.className ?? ""}`}>
                        {k.cell(rij)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paging ? (
        <Pager basePath={paging.basePath} params={paging.params} vorige={paging.vorige} volgende={paging.volgende} />
      ) : null}
    </div>
  );
}
