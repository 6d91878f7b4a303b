// `/instelling/{brin}/deelnemers/{id}`: one student as this institution knows them (id = an
// inschrijving of this brin, else 404): person with full PGN, inschrijvingen, funding, meldingen.
// The school's beheerder also gets the links to the forms and the buttons to remove records.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { BekostigingTabel } from "@/components/register/bekostiging-tabel";
import { formatVolledigeNaam } from "@/components/register/format";
import { InschrijvingSectie } from "@/components/register/inschrijving-sectie";
import { MeldingenTabel } from "@/components/register/meldingen-tabel";
import { PersoonGegevens } from "@/components/register/persoon-gegevens";
import { ResultatenTabel } from "@/components/register/resultaten-tabel";
import { VerzuimTabel } from "@/components/register/verzuim-tabel";
import { mayChangeRegister } from "@/lib/auth/roles";
import { requireInstelling } from "@/lib/auth/session";
import { verwijderdUit } from "@/lib/register/forms/types";
import type { Taal } from "@/lib/bekostiging/codes";
import { deelnemerDetail, MELDINGEN_LIMIT } from "@/lib/register/queries/deelnemer-detail";
import { parseId } from "@/lib/register/queries/keyset";

type Props = { params: Promise<{ brin: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The metadata and the page share one read per request.
const loadDetail = cache((brin: string, inschrijvingId: number) => deelnemerDetail(brin, inschrijvingId));

async function load({ params }: Props) {
  const { brin, id } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const inschrijvingId = parseId(id);
  const detail = inschrijvingId === undefined ? null : await loadDetail(brin, inschrijvingId);
  if (!detail) notFound();
  return { brin, user, instelling, detail };
}

export async function generateMetadata(props: Props) {
  const { detail } = await load(props);
  const t = await getTranslations("deelnemer");
  // The title shows in browser history and tabs: the name, never the PGN.
  return { title: formatVolledigeNaam(detail.persoon) ?? t("zonderNaam") };
}

export default async function DeelnemerPage(props: Props) {
  const { brin, user, instelling, detail } = await load(props);
  const t = await getTranslations("deelnemer");
  const tf = await getTranslations("formulier");
  const beheer = mayChangeRegister(user.rol) ? { brin, inschrijvingId: detail.inschrijvingId } : undefined;
  const verwijderd = verwijderdUit(await props.searchParams);
  const base = `/instelling/${brin}/deelnemers/${detail.inschrijvingId}`;
  const toevoegen = (href: string, label: string) =>
    beheer ? (
      <p className="mt-2">
        <Link href={href} className="utrecht-link">
          {label}
        </Link>
      </p>
    ) : null;
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const section = (id: string, title: string, children: React.ReactNode) => (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="utrecht-heading-2 mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
  return (
    <>
      <p className="mb-2">
        <Link href={`/instelling/${brin}/deelnemers`} className="utrecht-link">
          {t("terug", { sector: instelling.sector })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 mb-6">{formatVolledigeNaam(detail.persoon) ?? t("zonderNaam")}</h1>
      {verwijderd ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok mb-6 border-l-4 border-[#2f7d32] bg-[var(--bron-subtle)] p-4">
          <p className="utrecht-paragraph">{tf("verwijderd", verwijderd)}</p>
        </div>
      ) : null}
      {/* Keyed by the latest melding and removal: after either the forms on the page start afresh
          (closed confirmations, no refusal of a record that has changed since). */}
      <div key={`${detail.meldingen[0]?.id ?? 0}-${verwijderd?.soort ?? ""}-${verwijderd?.sleutel ?? ""}`}>
        {section("persoon", t("persoon"), <PersoonGegevens persoon={detail.persoon} />)}
        {section(
          "inschrijvingen",
          t("inschrijvingen", { naam: instelling.naam }),
          detail.inschrijvingen.map((i) => <InschrijvingSectie key={i.id} inschrijving={i} current={i.id === detail.inschrijvingId} taal={taal} beheer={beheer} />),
        )}
        {instelling.sector === "MBO"
          ? section(
              "resultaten",
              t("resultaten"),
              <>
                <ResultatenTabel resultaten={detail.resultaten} beheer={beheer} />
                {toevoegen(`${base}/resultaten/nieuw`, tf("toevoegen.resultaat"))}
              </>,
            )
          : section(
              "verzuim",
              t("verzuim"),
              <>
                <VerzuimTabel verzuim={detail.verzuim} beheer={beheer} />
                {toevoegen(`${base}/verzuim/nieuw`, tf("toevoegen.verzuim"))}
              </>,
            )}
        {section("bekostiging", t("bekostiging"), <BekostigingTabel beoordelingen={detail.bekostiging} taal={taal} />)}
        {section("meldingen", t("meldingen"), <MeldingenTabel meldingen={detail.meldingen} taal={taal} limit={MELDINGEN_LIMIT} />)}
      </div>
    </>
  );
}
