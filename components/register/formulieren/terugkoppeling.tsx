"use client";
// The terugkoppeling of a verwerkt form melding: what happened, the record's signalen with their
// explanation, and its funding assessments as the register computed them in the same transaction.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { CodeLink, CodeLinks } from "@/components/register/code-link";
import { formatDate, formatGewicht } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { codeTekst } from "@/lib/bekostiging/codes";
import type { FormulierUitkomst } from "@/lib/register/forms/verwerk";

type Verwerkt = Extract<FormulierUitkomst, { status: "verwerkt" }>;

export function Terugkoppeling({
  uitkomst,
  detailHref,
  sector,
  onOpnieuw,
}: {
  uitkomst: Verwerkt;
  detailHref: string | null;
  sector: "MBO" | "PO";
  onOpnieuw: () => void;
}) {
  const t = useTranslations("formulier");
  const td = useTranslations("deelnemer");
  const locale = useLocale();
  const taal = locale === "en" ? "en" : "nl";
  const titel = useRef<HTMLHeadingElement>(null);
  useEffect(() => titel.current?.focus(), []);

  return (
    <section
      aria-labelledby="terugkoppeling-titel"
      className="flex max-w-3xl flex-col gap-4 rounded border-l-4 border-[#2f7d32] bg-[var(--bron-subtle)] p-4"
    >
      <h2 id="terugkoppeling-titel" ref={titel} tabIndex={-1} className="utrecht-heading-2">
        {uitkomst.aangemaakt ? t("aangemaakt") : uitkomst.gewijzigd ? t("gewijzigd") : t("ongewijzigd")}
      </h2>
      <p className="utrecht-paragraph">{t("verwerktUitleg")}</p>

      <h3 className="utrecht-heading-3">{td("signalen")}</h3>
      {uitkomst.signalen.length === 0 ? (
        <p className="utrecht-paragraph">{td("geenSignalen")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {uitkomst.signalen.map((s) => (
            <li key={s.code} className="rounded border-l-4 border-[var(--bron-focus)] bg-white p-2">
              <CodeLink code={s.code} taal={taal} /> {codeTekst(s.code, taal)?.omschrijving}
              {s.parameters.brin ? <> {td("signaalBrin", { brin: s.parameters.brin.split(",").join(", ") })}</> : null}
              {s.parameters.datumUitschrijving ? (
                <> {td("signaalUitschrijving", { datum: formatDate(s.parameters.datumUitschrijving) })}</>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {uitkomst.bekostiging.length > 0 ? (
        <div className="overflow-x-auto">
          <Table
            caption={t("bekostigingCaption")}
            headers={[td("peildatum"), td("vd"), td("status"), td("codes"), td("gewicht")]}
          >
            {uitkomst.bekostiging.map((a) => {
              const peil =
                a.kind === "RESULTAAT" ? td("kalenderjaar", { jaar: a.kalenderjaar }) : formatDate(a.teldatum);
              return (
                <Row key={peil}>
                  <Cell rowHeader className="font-normal whitespace-nowrap">
                    {peil}
                  </Cell>
                  <Cell>
                    <abbr title={a.definitief ? td("definitief") : td("voorlopig")}>{a.definitief ? "D" : "V"}</abbr>
                  </Cell>
                  <Cell>{a.status === "J" ? td("bekostigd") : td("nietBekostigd")}</Cell>
                  <Cell>
                    <CodeLinks codes={a.codes} taal={taal} />
                    {a.parameters.brin ? (
                      <span className="text-sm"> {td("teltBij", { brin: a.parameters.brin })}</span>
                    ) : null}
                  </Cell>
                  <Cell className="text-right tabular-nums">{formatGewicht(a.gewicht, locale)}</Cell>
                </Row>
              );
            })}
          </Table>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        {detailHref ? (
          <Link href={detailHref} className="utrecht-button utrecht-button--primary-action">
            {t("naarDeelnemer", { sector })}
          </Link>
        ) : null}
        <button type="button" onClick={onOpnieuw} className="utrecht-button utrecht-button--secondary-action">
          {t("opnieuw")}
        </button>
      </div>
    </section>
  );
}
