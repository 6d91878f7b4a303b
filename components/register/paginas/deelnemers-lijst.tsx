// The student list (mbo deelnemers, po leerlingen) of one school, as the school sees it and as DUO
// reads it (scope): searched, filtered, sorted by column and paged by keyset, with the funding of
// each inschrijving on a chosen teldatum; the selection exported as CSV.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DeelnemersZoekformulier } from "@/components/register/deelnemers-zoekformulier";
import { BekostigingCel } from "@/components/register/bekostiging-cel";
import { CodeLinks } from "@/components/register/code-link";
import { formatNaam } from "@/components/register/format";
import { formatDate } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import { withQuery } from "@/lib/lijst/params";
import type { Taal } from "@/lib/bekostiging/codes";
import { todayIso } from "@/lib/shared/dates";
import { filtersToParams, isFiltered, type Sortering } from "@/lib/register/queries/deelnemer-filters";
import { deelnemersPagina, gemaskeerdePgn, type DeelnemerRij } from "@/lib/register/queries/deelnemers";
import { parseCursor } from "@/lib/shared/keyset";
import { opleidingKeuzes, standaardTeldatum, teldataVan } from "@/lib/register/queries/referentie";
import { filtersMetZoekopdracht, lijstParams } from "@/lib/register/queries/zoekopdracht";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export async function DeelnemersLijst({
  scope,
  search,
  zoekAction,
  boven,
}: {
  scope: RegisterScope;
  search: Record<string, string | string[] | undefined>;
  /** The search form's server action, bound to the school (the PGN goes in the body, never the URL). */
  zoekAction: (formData: FormData) => Promise<void>;
  /** What the school's page shows above the form (a notice, the "new inschrijving" button). */
  boven?: React.ReactNode;
}) {
  const { brin, sector, basePath: base } = scope;
  const t = await getTranslations("deelnemers");
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  // A search name comes back from its stored id (`zoek`), never from the URL itself.
  const { filters, zoek } = await filtersMetZoekopdracht(search, scope.gebruikerId, brin);
  const teldata = await teldataVan(sector);
  const teldatum = filters.teldatum ?? standaardTeldatum(teldata, todayIso()) ?? undefined;
  const [page, opleidingen, persoonPgn] = await Promise.all([
    deelnemersPagina(brin, filters, parseCursor(search), { teldatum }),
    sector === "MBO" ? opleidingKeuzes() : Promise.resolve([]),
    filters.persoon ? gemaskeerdePgn(brin, filters.persoon) : Promise.resolve(null),
  ]);
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "deelnemers",
    na: { filters: Object.fromEntries(filtersToParams(filters)), inschrijvingen: page.rijen.map((r) => r.id) },
  });

  const basePath = `${base}/deelnemers`;
  const filterParams = lijstParams(filters, zoek);
  // The export shows the same teldatum's funding as the screen, also when it is the default one.
  const exportParams = new URLSearchParams(filterParams);
  if (teldatum && !filters.teldatum) exportParams.set("kolomTeldatum", teldatum);
  const withoutPersoon = lijstParams({ ...filters, persoon: undefined }, zoek);
  const sortHref = (s: string) =>
    withQuery(
      basePath,
      lijstParams(
        { ...filters, sorteer: s as Sortering, aflopend: filters.sorteer === s ? !filters.aflopend : false },
        zoek,
      ),
    );

  const kolommen: Kolom<DeelnemerRij>[] = [
    {
      key: "naam",
      header: t("col.naam"),
      sorteer: "naam",
      rowHeader: true,
      cell: (r) => (
        <Link href={`${basePath}/${r.id}`} className="utrecht-link">
          {formatNaam(r) ?? t("naamOnbekend", { volgnummer: r.volgnummer })}
        </Link>
      ),
    },
    {
      key: "volgnummer",
      header: t("col.volgnummer"),
      sorteer: "volgnummer",
      className: "font-mono break-all",
      cell: (r) => r.volgnummer,
    },
    {
      key: "pgn",
      header: t("col.pgn"),
      className: "hidden font-mono whitespace-nowrap 2xl:table-cell",
      cell: (r) => r.pgn,
    },
    {
      key: "inschrijving",
      header: t("col.inschrijving"),
      sorteer: "datum",
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.datumInschrijving),
    },
    {
      key: "uitschrijving",
      header: t("col.uitschrijving"),
      className: "hidden whitespace-nowrap 2xl:table-cell",
      cell: (r) => formatDate(r.datumUitschrijving) || "—",
    },
    ...(sector === "MBO"
      ? ([
          {
            key: "opleiding",
            header: t("col.opleiding"),
            cell: (r) =>
              r.opleidingscode ? (
                <span title={r.opleidingNaam ?? undefined}>
                  {r.opleidingscode} <span className="hidden text-sm 2xl:inline">{r.opleidingNaam}</span>
                </span>
              ) : (
                "—"
              ),
          },
          { key: "leerweg", header: t("col.leerweg"), cell: (r) => r.leerweg ?? "—" },
        ] satisfies Kolom<DeelnemerRij>[])
      : ([{ key: "groep", header: t("col.groep"), cell: (r) => r.groep ?? "—" }] satisfies Kolom<DeelnemerRij>[])),
    { key: "signalen", header: t("col.signalen"), cell: (r) => <CodeLinks codes={r.signalen} taal={taal} /> },
    {
      key: "bekostiging",
      header: teldatum ? t("col.bekostigingOp", { datum: formatDate(teldatum) }) : t("col.bekostiging"),
      cell: (r) => <BekostigingCel bekostiging={r.bekostiging} taal={taal} />,
    },
  ];

  return (
    <>
      {boven}
      <DeelnemersZoekformulier
        action={zoekAction}
        sector={sector}
        filters={filters}
        opleidingen={opleidingen}
        teldata={teldata.map((datum) => ({ datum, label: formatDate(datum) }))}
        resetHref={basePath}
      />
      {filters.persoon !== undefined ? (
        <div role="status" className="utrecht-alert utrecht-alert--info mb-4">
          <p className="utrecht-paragraph">
            {persoonPgn ? t("persoonFilter", { pgn: persoonPgn }) : t("persoonNietGevonden", { sector })}{" "}
            <Link href={withQuery(basePath, withoutPersoon)} className="utrecht-link">
              {t("persoonFilterWeg")}
            </Link>
          </p>
        </div>
      ) : null}
      <Lijst
        caption={t("caption", { sector })}
        kolommen={kolommen}
        rijen={page.rijen}
        rijSleutel={(r) => r.id}
        sortering={{ actief: filters.sorteer, aflopend: filters.aflopend, href: sortHref }}
        paging={{ basePath, params: filterParams, vorige: page.vorige, volgende: page.volgende }}
        exportHref={withQuery(`${basePath}/export`, exportParams)}
        acties={
          <p className="utrecht-paragraph">
            {filters.actief ? t("periodeOp", { datum: formatDate(filters.actief) }) : t("periodeVandaag")}
          </p>
        }
        leeg={isFiltered(filters) ? t("emptyFiltered", { sector }) : t("empty", { sector })}
      />
    </>
  );
}
