// One student as one school knows them, for the school (with forms for its beheerder) and for DUO
// (read-only, the inzage audited): person with full PGN, inschrijvingen, resultaten or verzuim,
// funding, meldingen and the history of the records.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BekostigingTabel } from "@/components/register/bekostiging-tabel";
import { formatVolledigeNaam } from "@/components/register/format";
import { InschrijvingSectie } from "@/components/register/inschrijving-sectie";
import { MeldingenTabel } from "@/components/register/meldingen-tabel";
import { PersoonGegevens } from "@/components/register/persoon-gegevens";
import { RecordHistorie } from "@/components/register/record-historie";
import { ResultatenTabel } from "@/components/register/resultaten-tabel";
import { VerzuimTabel } from "@/components/register/verzuim-tabel";
import type { Taal } from "@/lib/bekostiging/codes";
import { verwijderdUit } from "@/lib/register/forms/types";
import { MELDINGEN_LIMIT, type DeelnemerDetail } from "@/lib/register/queries/deelnemer-detail";
import { recordHistorie } from "@/lib/register/queries/historie";
import { parseId } from "@/lib/shared/keyset";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export async function DeelnemerDetailPagina({
  scope,
  detail,
  search,
}: {
  scope: RegisterScope;
  detail: DeelnemerDetail;
  search: Record<string, string | string[] | undefined>;
}) {
  await logInzage(scope, {
    entiteit: "Persoon",
    sleutel: String(detail.persoonId),
    na: { inschrijving: detail.inschrijvingId },
  });
  const t = await getTranslations("deelnemer");
  const tf = await getTranslations("formulier");
  const th = await getTranslations("historie");
  const { brin, sector } = scope;
  const beheer = scope.mayChange ? { brin, inschrijvingId: detail.inschrijvingId } : undefined;
  const verwijderd = verwijderdUit(search);
  const base = `${scope.basePath}/deelnemers/${detail.inschrijvingId}`;
  const historieNa = parseId(search.historie);
  const historie = await recordHistorie(
    brin,
    {
      inschrijvingen: detail.inschrijvingen.map((i) => i.volgnummer),
      bpv: detail.inschrijvingen.flatMap((i) => i.bpv.map((b) => `${i.volgnummer}/${b.bpvVolgnummer}`)),
      resultaten: detail.resultaten.map((r) => r.resultaatvolgnummer),
      verzuim: detail.verzuim.map((v) => v.verzuimvolgnummer),
    },
    historieNa,
  );
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
        <Link href={`${scope.basePath}/deelnemers`} className="utrecht-link">
          {t("terug", { sector })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 mb-6">{formatVolledigeNaam(detail.persoon) ?? t("zonderNaam")}</h1>
      {verwijderd ? (
        <div
          role="status"
          className="utrecht-alert utrecht-alert--ok mb-6 border-l-4 border-[#2f7d32] bg-[var(--bron-subtle)] p-4"
        >
          <p className="utrecht-paragraph">{tf("verwijderd", verwijderd)}</p>
        </div>
      ) : null}
      {/* Keyed by the latest melding and removal: after either the forms on the page start afresh
          (closed confirmations, no refusal of a record that has changed since). */}
      <div key={`${detail.meldingen[0]?.id ?? 0}-${verwijderd?.soort ?? ""}-${verwijderd?.sleutel ?? ""}`}>
        {section("persoon", t("persoon"), <PersoonGegevens persoon={detail.persoon} />)}
        {section(
          "inschrijvingen",
          t("inschrijvingen", { naam: scope.naam }),
          detail.inschrijvingen.map((i) => (
            <InschrijvingSectie
              key={i.id}
              inschrijving={i}
              current={i.id === detail.inschrijvingId}
              taal={taal}
              beheer={beheer}
            />
          )),
        )}
        {sector === "MBO"
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
        {section(
          "meldingen",
          t("meldingen"),
          <MeldingenTabel meldingen={detail.meldingen} taal={taal} limit={MELDINGEN_LIMIT} />,
        )}
        {section(
          "historie",
          th("title"),
          <RecordHistorie
            regels={historie.regels}
            basePath={base}
            uploadsPath={`${scope.basePath}/uploads`}
            volgende={historie.volgende}
            eerste={historieNa === undefined}
          />,
        )}
      </div>
    </>
  );
}
