// One inschrijving on the detail page: its dates, perioden, BPV (mbo) and signalen; for a beheerder
// also the links to change them and the buttons to remove them.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecordActies } from "@/components/register/formulieren/record-acties";
import { Cell, Row, Table } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import type { Taal } from "@/lib/bekostiging/codes";
import type { DetailInschrijving } from "@/lib/register/queries/deelnemer-detail";
import { DetailList } from "./detail-list";
import { SignalenLijst } from "./signalen-lijst";

export async function InschrijvingSectie({
  inschrijving: i,
  current,
  taal,
  beheer,
}: {
  inschrijving: DetailInschrijving;
  current: boolean;
  taal: Taal;
  beheer?: { brin: string };
}) {
  const t = await getTranslations("deelnemer");
  const tf = await getTranslations("formulier");
  const base = beheer ? `/instelling/${beheer.brin}/deelnemers/${i.id}` : "";
  const ja = (v: boolean | null) => (v === null ? "—" : v ? t("ja") : t("nee"));
  const headingId = `inschrijving-${i.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`mb-6 rounded border p-4 ${current ? "border-[var(--bron-lint)] border-2" : "border-[var(--bron-border)]"}`}
    >
      <h3 id={headingId} className="utrecht-heading-3 mb-2">
        {t("inschrijvingTitel", { volgnummer: i.volgnummer })}
        {current ? <span className="ml-2 text-sm font-normal text-[var(--bron-muted)]">{t("geopend")}</span> : null}
      </h3>
      {beheer ? (
        <div className="mb-3">
          <RecordActies
            brin={beheer.brin}
            inschrijvingId={i.id}
            soort={i.sector === "MBO" ? "mbo-inschrijvingen" : "po-inschrijvingen"}
            volgnummer={i.volgnummer}
            wijzigHref={`${base}/wijzigen`}
          />
        </div>
      ) : null}
      <DetailList
        items={[
          [t("datumInschrijving"), formatDate(i.datumInschrijving)],
          ...(i.sector === "MBO"
            ? ([[t("datumUitschrijvingGepland"), formatDate(i.datumUitschrijvingGepland) || "—"]] as [string, string][])
            : []),
          [t("datumUitschrijving"), formatDate(i.datumUitschrijving) || "—"],
          ...(i.sector === "MBO"
            ? ([[t("redenUitschrijving"), i.redenUitschrijving ?? "—"]] as [string, string][])
            : []),
        ]}
      />
      <div className="mt-4 overflow-x-auto">
        <Table
          caption={t("perioden")}
          headers={
            i.sector === "MBO"
              ? [t("begindatum"), t("opleiding"), t("leerweg"), t("indicatieBekostigbaar")]
              : [t("begindatum"), t("vestiging"), t("groep")]
          }
        >
          {i.perioden.map((p) => (
            <Row key={p.begindatum}>
              <Cell rowHeader className="font-normal">
                {formatDate(p.begindatum)}
              </Cell>
              {i.sector === "MBO" ? (
                <>
                  <Cell>
                    {p.opleidingscode} {p.opleidingNaam}
                  </Cell>
                  <Cell>{p.leerweg}</Cell>
                  <Cell>{ja(p.indicatieBekostigbaar)}</Cell>
                </>
              ) : (
                <>
                  <Cell>
                    {p.vestigingscode} {p.vestigingNaam}
                  </Cell>
                  <Cell>{p.groep}</Cell>
                </>
              )}
            </Row>
          ))}
        </Table>
      </div>
      {i.sector === "MBO" ? (
        i.bpv.length > 0 ? (
          <div className="mt-4 overflow-x-auto">
            <Table
              caption={t("bpv")}
              headers={[
                t("bpvVolgnummer"),
                t("leerbedrijf"),
                t("opleidingscode"),
                t("afsluitdatum"),
                t("bpvBegin"),
                t("bpvEinde"),
                t("omvangUren"),
                ...(beheer ? [tf("acties")] : []),
              ]}
            >
              {i.bpv.map((b) => (
                <Row key={b.bpvVolgnummer}>
                  <Cell rowHeader className="font-mono font-normal">
                    {b.bpvVolgnummer}
                  </Cell>
                  <Cell className="font-mono">{b.leerbedrijfId}</Cell>
                  <Cell>{b.opleidingscode}</Cell>
                  <Cell>{formatDate(b.afsluitdatum)}</Cell>
                  <Cell>{formatDate(b.datumBegin)}</Cell>
                  <Cell>
                    {b.datumEinde ? formatDate(b.datumEinde) : t("gepland", { datum: formatDate(b.datumEindeGepland) })}
                  </Cell>
                  <Cell>{b.omvangUren}</Cell>
                  {beheer ? (
                    <Cell>
                      <RecordActies
                        brin={beheer.brin}
                        inschrijvingId={i.id}
                        soort="mbo-bpv"
                        volgnummer={b.bpvVolgnummer}
                        wijzigHref={`${base}/bpv/${encodeURIComponent(b.bpvVolgnummer)}/wijzigen`}
                      />
                    </Cell>
                  ) : null}
                </Row>
              ))}
            </Table>
          </div>
        ) : (
          <p className="utrecht-paragraph mt-4">{t("geenBpv")}</p>
        )
      ) : null}
      {beheer && i.sector === "MBO" ? (
        <p className="mt-2">
          <Link href={`${base}/bpv/nieuw`} className="utrecht-link">
            {tf("toevoegen.bpv")}
            <span className="sr-only"> {tf("wat.inschrijving", { volgnummer: i.volgnummer })}</span>
          </Link>
        </p>
      ) : null}
      <h4 className="utrecht-heading-4 mt-4 mb-2">{t("signalen")}</h4>
      <SignalenLijst signalen={i.signalen} taal={taal} />
    </section>
  );
}
