"use client";
// Person search of the back-office: PGN and a required reason go by POST (a server action); the
// answer renders here, so the PGN never lands in a URL. The server logs the inzage first.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { formatDate, formatGewicht } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { zoekPersoonAction, type ZoekState } from "@/lib/beheer/personen/actions";
import type { InzageInstelling, PersoonInzage } from "@/lib/beheer/personen/zoek";

export function PersoonZoeken({ redenMin }: { redenMin: number }) {
  const t = useTranslations("personen");
  const [state, action, pending] = useActionState<ZoekState, FormData>(zoekPersoonAction, null);
  const fouten = state?.status === "fout" ? state.fouten : {};
  return (
    <>
      <form
        action={action}
        className="mb-8 flex max-w-2xl flex-col gap-4 rounded border border-[var(--bron-border)] bg-white p-4"
        noValidate
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="pgn" className="font-semibold">
            {t("pgn")}
          </label>
          <input
            id="pgn"
            name="pgn"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={state?.status === "fout" ? state.pgn : ""}
            required
            className="utrecht-textbox max-w-xs"
            aria-describedby={fouten.pgn ? "pgn-fout pgn-uitleg" : "pgn-uitleg"}
            aria-invalid={fouten.pgn ? true : undefined}
          />
          <p id="pgn-uitleg" className="text-sm">
            {t("pgnUitleg")}
          </p>
          {fouten.pgn ? (
            <p id="pgn-fout" className="font-semibold text-[var(--bron-error)]">
              {fouten.pgn}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="reden" className="font-semibold">
            {t("reden")}
          </label>
          <textarea
            id="reden"
            name="reden"
            required
            minLength={redenMin}
            rows={3}
            defaultValue={state?.status === "fout" ? state.reden : ""}
            className="utrecht-textarea"
            aria-describedby={fouten.reden ? "reden-fout reden-uitleg" : "reden-uitleg"}
            aria-invalid={fouten.reden ? true : undefined}
          />
          <p id="reden-uitleg" className="text-sm">
            {t("redenUitleg", { min: redenMin })}
          </p>
          {fouten.reden ? (
            <p id="reden-fout" className="font-semibold text-[var(--bron-error)]">
              {fouten.reden}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action">
            {t("zoeken")}
          </button>
        </div>
        {state?.status === "fout" ? (
          <p role="alert" className="text-[var(--bron-error)]">
            {t("controleer")}
          </p>
        ) : null}
      </form>
      <div aria-live="polite">
        {state?.status === "niet-gevonden" ? <p role="status">{t("nietGevonden")}</p> : null}
        {state?.status === "gevonden" ? <Inzage inzage={state.inzage} /> : null}
      </div>
    </>
  );
}

function Inzage({ inzage }: { inzage: PersoonInzage }) {
  const t = useTranslations("personen");
  return (
    <section aria-labelledby="inzage-titel">
      <h2 id="inzage-titel" className="utrecht-heading-2 mb-2">
        {t("persoon", { naam: inzage.naam || "—" })}
      </h2>
      <p className="mb-2" role="status">
        {t("gelogd")}
      </p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("pgn")}</dt>
        <dd className="font-mono">{inzage.pgn}</dd>
        <dt className="font-semibold">{t("geboortedatum")}</dt>
        <dd>{formatDate(inzage.geboortedatum)}</dd>
        <dt className="font-semibold">{t("geslacht")}</dt>
        <dd>{inzage.geslacht}</dd>
        <dt className="font-semibold">{t("postcode")}</dt>
        <dd>
          {inzage.postcode ?? "—"} ({inzage.woonland})
        </dd>
      </dl>
      <p className="mb-4">{t("aantalInstellingen", { aantal: inzage.instellingen.length })}</p>
      {inzage.instellingen.map((i) => (
        <InstellingBlok key={i.brin} instelling={i} />
      ))}
    </section>
  );
}

function InstellingBlok({ instelling: i }: { instelling: InzageInstelling }) {
  const t = useTranslations("personen");
  const jn = (b: boolean | null) => (b === null ? "—" : b ? t("ja") : t("nee"));
  const id = `instelling-${i.brin}`;
  return (
    <section aria-labelledby={id} className="mb-8 rounded border border-[var(--bron-border)] p-4">
      <h3 id={id} className="utrecht-heading-3 mb-2">
        {i.naam} ({i.brin})
      </h3>
      {i.inschrijvingen.map((s) => (
        <div key={s.volgnummer} className="mb-4">
          <h4 className="utrecht-heading-4">{t("inschrijving", { volgnummer: s.volgnummer, sector: s.sector })}</h4>
          <p className="mb-1">
            <Link href={`/beheer/instellingen/${i.brin}/deelnemers/${s.id}`} className="utrecht-link">
              {t("bijInstelling", { volgnummer: s.volgnummer })}
            </Link>
          </p>
          <p className="mb-1">
            {t("looptijd", {
              van: formatDate(s.datumInschrijving),
              tot: s.datumUitschrijving
                ? formatDate(s.datumUitschrijving)
                : s.datumUitschrijvingGepland
                  ? `${formatDate(s.datumUitschrijvingGepland)} (${t("gepland")})`
                  : "—",
            })}
            {s.redenUitschrijving ? ` · ${t("redenUitschrijving")}: ${s.redenUitschrijving}` : ""}
          </p>
          <Table
            caption={t("perioden")}
            headers={[t("begindatum"), t("opleiding"), t("leerweg"), t("bekostigbaar"), t("vestiging"), t("groep")]}
          >
            {s.perioden.map((p) => (
              <Row key={p.begindatum}>
                <Cell>{formatDate(p.begindatum)}</Cell>
                <Cell>{p.opleidingscode ?? "—"}</Cell>
                <Cell>{p.leerweg ?? "—"}</Cell>
                <Cell>{jn(p.indicatieBekostigbaar)}</Cell>
                <Cell>{p.vestigingscode ?? "—"}</Cell>
                <Cell>{p.groep ?? "—"}</Cell>
              </Row>
            ))}
          </Table>
          {s.bpv.length > 0 ? (
            <Table
              caption={t("bpv")}
              headers={[
                t("bpvVolgnummer"),
                t("leerbedrijf"),
                t("opleiding"),
                t("begindatum"),
                t("einddatum"),
                t("uren"),
              ]}
              className="mt-2"
            >
              {s.bpv.map((b) => (
                <Row key={b.bpvVolgnummer}>
                  <Cell>{b.bpvVolgnummer}</Cell>
                  <Cell>{b.leerbedrijfId}</Cell>
                  <Cell>{b.opleidingscode}</Cell>
                  <Cell>{formatDate(b.datumBegin)}</Cell>
                  <Cell>
                    {b.datumEinde ? formatDate(b.datumEinde) : `${formatDate(b.datumEindeGepland)} (${t("gepland")})`}
                  </Cell>
                  <Cell>{b.omvangUren}</Cell>
                </Row>
              ))}
            </Table>
          ) : null}
        </div>
      ))}
      {i.resultaten.length > 0 ? (
        <Table
          caption={t("resultaten")}
          headers={[
            t("resultaatVolgnummer"),
            t("inschrijvingVolgnummer"),
            t("opleiding"),
            t("soort"),
            t("datumBehaald"),
            t("bekostigbaar"),
          ]}
          className="mb-4"
        >
          {i.resultaten.map((r) => (
            <Row key={r.resultaatvolgnummer}>
              <Cell>{r.resultaatvolgnummer}</Cell>
              <Cell>{r.inschrijvingsvolgnummer}</Cell>
              <Cell>{r.opleidingscode}</Cell>
              <Cell>{r.soort}</Cell>
              <Cell>{formatDate(r.datumBehaald)}</Cell>
              <Cell>{jn(r.indicatieBekostigbaar)}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
      {i.verzuim.length > 0 ? (
        <Table
          caption={t("verzuim")}
          headers={[t("verzuimVolgnummer"), t("soort"), t("begindatum"), t("einddatum"), t("behandelstatus")]}
          className="mb-4"
        >
          {i.verzuim.map((v) => (
            <Row key={v.verzuimvolgnummer}>
              <Cell>{v.verzuimvolgnummer}</Cell>
              <Cell>{v.soort}</Cell>
              <Cell>{formatDate(v.datumBegin)}</Cell>
              <Cell>{v.datumEinde ? formatDate(v.datumEinde) : "—"}</Cell>
              <Cell>{v.behandelstatus}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
      {i.beoordelingen.length > 0 ? (
        <Table
          caption={t("beoordelingen")}
          headers={[
            t("peildatum"),
            t("soort"),
            t("volgnummer"),
            t("status"),
            t("codes"),
            t("gewicht"),
            t("definitief"),
          ]}
        >
          {i.beoordelingen.map((b) => (
            <Row key={`${b.soort}-${b.volgnummer}-${b.peildatum}`}>
              <Cell>{formatDate(b.peildatum)}</Cell>
              <Cell>{b.soort}</Cell>
              <Cell>{b.volgnummer}</Cell>
              <Cell>{b.status === "J" ? t("bekostigd") : t("nietBekostigd")}</Cell>
              <Cell>{b.codes.length ? b.codes.join(", ") : "—"}</Cell>
              <Cell>{formatGewicht(b.gewicht)}</Cell>
              <Cell>{b.definitief ? t("ja") : t("nee")}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}
    </section>
  );
}
