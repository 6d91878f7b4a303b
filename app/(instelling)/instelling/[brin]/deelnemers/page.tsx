// `/instelling/{brin}/deelnemers`: the institution's students (mbo deelnemers, po leerlingen),
// searched, filtered and paged by keyset; the selection can be exported as CSV. The beheerder
// starts a new inschrijving here, and lands here after removing a student's last inschrijving.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeelnemersTabel } from "@/components/register/deelnemers-tabel";
import { DeelnemersZoekformulier } from "@/components/register/deelnemers-zoekformulier";
import { Pager } from "@/components/register/pager";
import { formatDate } from "@/components/ui/format";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling } from "@/lib/auth/session";
import { verwijderdUit } from "@/lib/register/forms/types";
import { isFiltered } from "@/lib/register/queries/deelnemer-filters";
import { deelnemersPagina, gemaskeerdePgn } from "@/lib/register/queries/deelnemers";
import { parseCursor } from "@/lib/register/queries/keyset";
import { opleidingKeuzes, teldataVan } from "@/lib/register/queries/referentie";
import { filtersMetZoekopdracht, lijstParams } from "@/lib/register/queries/zoekopdracht";
import { zoekDeelnemers } from "./actions";

type Props = { params: Promise<{ brin: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { brin } = await params;
  const { instelling } = await requireInstelling(brin);
  const t = await getTranslations("deelnemers");
  return { title: t("title", { sector: instelling.sector }) };
}

export default async function DeelnemersPage({ params, searchParams }: Props) {
  const { brin } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const t = await getTranslations("deelnemers");
  const tf = await getTranslations("formulier");
  const search = await searchParams;
  const verwijderd = verwijderdUit(search);
  const { filters, zoek } = await filtersMetZoekopdracht(search, user.id, brin);
  const [page, opleidingen, persoonPgn, teldata] = await Promise.all([
    deelnemersPagina(brin, filters, parseCursor(search)),
    instelling.sector === "MBO" ? opleidingKeuzes() : Promise.resolve([]),
    filters.persoon ? gemaskeerdePgn(brin, filters.persoon) : Promise.resolve(null),
    teldataVan(instelling.sector),
  ]);
  const basePath = `/instelling/${brin}/deelnemers`;
  const filterParams = lijstParams(filters, zoek);
  const exportHref = `${basePath}/export${filterParams.size ? `?${filterParams}` : ""}`;
  const withoutPersoon = lijstParams({ ...filters, persoon: undefined }, zoek).toString();

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title", { sector: instelling.sector })}</h1>
      <p className="utrecht-paragraph mb-6 text-[var(--bron-muted)]">{t("intro", { sector: instelling.sector, naam: instelling.naam })}</p>
      {verwijderd ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok mb-6 border-l-4 border-[#2f7d32] bg-[var(--bron-subtle)] p-4">
          <p className="utrecht-paragraph">{tf("verwijderd", verwijderd)}</p>
        </div>
      ) : null}
      {mayChangeRegister(user.rol) ? (
        <p className="mb-6">
          <Link href={`${basePath}/nieuw`} className="utrecht-button utrecht-button--primary-action">
            {tf("toevoegen.inschrijving")}
          </Link>
        </p>
      ) : null}
      <DeelnemersZoekformulier action={zoekDeelnemers.bind(null, brin)} sector={instelling.sector} filters={filters} opleidingen={opleidingen} teldata={teldata.map((datum) => ({ datum, label: formatDate(datum) }))} resetHref={basePath} />
      {filters.persoon !== undefined ? (
        <div role="status" className="utrecht-alert utrecht-alert--info mb-4">
          <p className="utrecht-paragraph">
            {persoonPgn ? t("persoonFilter", { pgn: persoonPgn }) : t("persoonNietGevonden", { sector: instelling.sector })}{" "}
            <Link href={withoutPersoon ? `${basePath}?${withoutPersoon}` : basePath} className="utrecht-link">
              {t("persoonFilterWeg")}
            </Link>
          </p>
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p className="utrecht-paragraph">{filters.actief ? t("periodeOp", { datum: formatDate(filters.actief) }) : t("periodeVandaag")}</p>
        {page.rijen.length > 0 ? (
          <a href={exportHref} className="utrecht-link" download>
            {t("export")}
          </a>
        ) : null}
      </div>
      {page.rijen.length > 0 ? (
        <DeelnemersTabel brin={brin} sector={instelling.sector} rijen={page.rijen} caption={t("caption", { sector: instelling.sector })} />
      ) : (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{isFiltered(filters) ? t("emptyFiltered", { sector: instelling.sector }) : t("empty", { sector: instelling.sector })}</p>
      )}
      <Pager basePath={basePath} params={filterParams} vorige={page.vorige} volgende={page.volgende} />
    </>
  );
}
