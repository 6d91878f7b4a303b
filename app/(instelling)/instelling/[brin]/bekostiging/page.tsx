// `/instelling/{brin}/bekostiging`: provisional and definitive funding per teldatum, as charts and
// tables, with every not-funded inschrijving and why.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SeriesBars } from "@/components/ui/bar-chart";
import { CodeLink } from "@/components/register/code-link";
import { formatDate, formatGetal, formatGewicht } from "@/components/ui/format";
import { Stat } from "@/components/ui/stat";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireInstelling } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import { bekostigingOverzicht, nietBekostigdPagina, type NietBekostigdRij } from "@/lib/register/funding/queries";
import { parseCursor } from "@/lib/shared/keyset";

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("bekostiging");
  return { title: t("title") };
}

export default async function BekostigingPage({
  params,
  searchParams,
}: {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brin } = await params;
  const { instelling } = await requireInstelling(brin);
  const t = await getTranslations("bekostiging");
  const taal = (await getLocale()) === "en" ? "en" : "nl";
  const overzicht = await bekostigingOverzicht(db, brin, instelling.sector);
  const { totalen } = overzicht;
  const search = await searchParams;
  const requested = typeof search.teldatum === "string" ? search.teldatum : undefined;
  const gekozen =
    totalen.find((x) => x.teldatum === requested) ??
    [...totalen].reverse().find((x) => x.bekostigd + x.nietBekostigd > 0) ??
    totalen[totalen.length - 1];
  if (!gekozen) return <h1 className="utrecht-heading-1">{t("title")}</h1>;

  const perCode = overzicht.perCode(gekozen.teldatum);
  const perOpleiding = instelling.sector === "MBO" ? overzicht.perOpleiding(gekozen.teldatum) : [];
  const cf = overzicht.correctiefactoren;
  const lijst = await nietBekostigdPagina(db, brin, gekozen.teldatum, parseCursor(search));
  const basePath = `/instelling/${brin}/bekostiging`;
  const series = [
    { key: "bekostigd", name: t("bekostigd") },
    { key: "nietBekostigd", name: t("nietBekostigd") },
  ];
  const nietKolommen: Kolom<NietBekostigdRij>[] = [
    {
      key: "volgnummer",
      header: t("volgnummer"),
      rowHeader: true,
      className: "font-mono font-normal",
      cell: (n) =>
        n.inschrijvingId ? (
          <Link className="utrecht-link" href={`/instelling/${brin}/deelnemers/${n.inschrijvingId}`}>
            {n.volgnummer}
          </Link>
        ) : (
          n.volgnummer
        ),
    },
    {
      key: "codes",
      header: t("codes"),
      cell: (n) => (
        <span className="flex flex-wrap gap-2">
          {n.codes.map((c) => (
            <CodeLink key={c} code={c} taal={taal} parameters={n.parameters} />
          ))}
        </span>
      ),
    },
    { key: "definitief", header: t("vd"), cell: (n) => (n.definitief ? "D" : "V") },
  ];

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-4">{t("intro")}</p>

      <nav aria-label={t("teldata")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {totalen.map((x) => (
            <li key={x.teldatum}>
              <Link
                href={`/instelling/${brin}/bekostiging?teldatum=${x.teldatum}`}
                aria-current={x.teldatum === gekozen.teldatum ? "page" : undefined}
                className="utrecht-link rounded border border-[var(--bron-border)] px-2 py-1 aria-[current=page]:bg-[var(--bron-lint)] aria-[current=page]:!text-white"
              >
                {formatDate(x.teldatum)} {x.status === "VASTGESTELD" ? `(${t("definitief")})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2 className="utrecht-heading-2 mb-2">{t("teldatumTitle", { datum: formatDate(gekozen.teldatum) })}</h2>
      <p className="mb-4">{gekozen.status === "VASTGESTELD" ? t("statusDefinitief") : t("statusVoorlopig")}</p>
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-3">
        <Stat label={t("bekostigd")} value={gekozen.bekostigd} />
        <Stat label={t("nietBekostigd")} value={gekozen.nietBekostigd} />
        <Stat label={t("gewicht")} value={formatGewicht(gekozen.gewicht)} />
      </dl>
      <p className="mb-6">
        <a
          className="utrecht-link"
          href={`/instelling/${brin}/bekostiging/export?teldatum=${gekozen.teldatum}`}
          download
        >
          {t("export")}
        </a>
      </p>

      <section aria-labelledby="per-teldatum" className="mb-8">
        <h2 id="per-teldatum" className="utrecht-heading-2 mb-2">
          {t("perTeldatum")}
        </h2>
        <SeriesBars
          data={totalen.map((x) => ({ ...x, label: formatDate(x.teldatum) }))}
          xKey="label"
          label={t("perTeldatum")}
          series={series}
        />
        <details className="mt-2">
          <summary>{t("asTable")}</summary>
          <Table headers={[t("teldatum"), t("bekostigd"), t("nietBekostigd"), t("gewicht")]}>
            {totalen.map((x) => (
              <Row key={x.teldatum}>
                <Cell>{formatDate(x.teldatum)}</Cell>
                <Cell>{x.bekostigd}</Cell>
                <Cell>{x.nietBekostigd}</Cell>
                <Cell>{formatGewicht(x.gewicht)}</Cell>
              </Row>
            ))}
          </Table>
        </details>
      </section>

      <section aria-labelledby="per-code" className="mb-8">
        <h2 id="per-code" className="utrecht-heading-2 mb-2">
          {t("perCode")}
        </h2>
        {perCode.length === 0 ? (
          <p>{t("geenNiet")}</p>
        ) : (
          <>
            <SeriesBars
              data={perCode}
              xKey="code"
              label={t("perCode")}
              series={[{ key: "aantal", name: t("nietBekostigd") }]}
              kleuren={["#a90061"]}
            />
            <Table headers={[t("code"), t("aantal")]}>
              {perCode.map((c) => (
                <Row key={c.code}>
                  <Cell>
                    <CodeLink code={c.code} taal={taal} />
                  </Cell>
                  <Cell>
                    <Link
                      href={`/instelling/${brin}/deelnemers?${new URLSearchParams({ code: c.code, teldatum: gekozen.teldatum })}`}
                      className="utrecht-link"
                    >
                      {t("aantalDeelnemers", { aantal: c.aantal })}
                    </Link>
                  </Cell>
                </Row>
              ))}
            </Table>
          </>
        )}
      </section>

      {instelling.sector === "MBO" ? (
        <>
          <section aria-labelledby="per-opleiding" className="mb-8">
            <h2 id="per-opleiding" className="utrecht-heading-2 mb-2">
              {t("perOpleiding")}
            </h2>
            <SeriesBars
              data={perOpleiding.map((o) => ({ ...o, label: `${o.opleidingscode} ${o.leerweg}` }))}
              xKey="label"
              label={t("perOpleiding")}
              series={series}
            />
            <Table headers={[t("opleiding"), t("leerweg"), t("bekostigd"), t("nietBekostigd"), t("gewicht")]}>
              {perOpleiding.map((o) => (
                <Row key={`${o.opleidingscode}-${o.leerweg}`}>
                  <Cell>
                    {o.opleidingscode} {o.naam}
                  </Cell>
                  <Cell>{o.leerweg}</Cell>
                  <Cell>{o.bekostigd}</Cell>
                  <Cell>{o.nietBekostigd}</Cell>
                  <Cell>{formatGewicht(o.gewicht)}</Cell>
                </Row>
              ))}
            </Table>
          </section>
          <section aria-labelledby="correctiefactor" className="mb-8">
            <h2 id="correctiefactor" className="utrecht-heading-2 mb-2">
              {t("correctiefactor")}
            </h2>
            <p className="mb-2">{t("correctiefactorUitleg")}</p>
            <SeriesBars
              data={cf.map((c) => ({ studiejaar: c.studiejaar, waarde: c.waarde ?? 0 }))}
              xKey="studiejaar"
              label={t("correctiefactor")}
              series={[{ key: "waarde", name: t("correctiefactor") }]}
              stacked={false}
            />
            <Table headers={[t("studiejaar"), t("correctiefactor")]}>
              {cf.map((c) => (
                <Row key={c.studiejaar}>
                  <Cell>{c.studiejaar}</Cell>
                  <Cell>
                    {c.waarde === null ? t("nvt") : formatGetal(c.waarde, taal, { maximumFractionDigits: 3 })}
                  </Cell>
                </Row>
              ))}
            </Table>
          </section>
          <section aria-labelledby="diplomas" className="mb-8">
            <h2 id="diplomas" className="utrecht-heading-2 mb-2">
              {t("diplomas")}
            </h2>
            <p className="mb-2">{t("diplomasUitleg")}</p>
            {overzicht.diplomas.length === 0 ? (
              <p>{t("geenDiplomas")}</p>
            ) : (
              <>
                <SeriesBars
                  data={overzicht.diplomas.map((d) => ({ ...d, label: String(d.kalenderjaar) }))}
                  xKey="label"
                  label={t("diplomas")}
                  series={series}
                />
                <Table headers={[t("kalenderjaar"), t("bekostigd"), t("nietBekostigd"), t("gewicht")]}>
                  {overzicht.diplomas.map((d) => (
                    <Row key={d.kalenderjaar}>
                      <Cell>
                        <Link
                          href={`/instelling/${brin}/resultaten?${new URLSearchParams({ soort: "DIPLOMA", jaar: String(d.kalenderjaar) })}`}
                          className="utrecht-link"
                        >
                          {d.kalenderjaar}
                        </Link>
                      </Cell>
                      <Cell>{d.bekostigd}</Cell>
                      <Cell>{d.nietBekostigd}</Cell>
                      <Cell>{formatGewicht(d.gewicht)}</Cell>
                    </Row>
                  ))}
                </Table>
              </>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="lijst">
        <h2 id="lijst" className="utrecht-heading-2 mb-2">
          {t("lijst")}
        </h2>
        <Lijst
          caption={t("lijstCaption", { datum: formatDate(gekozen.teldatum) })}
          kolommen={nietKolommen}
          rijen={lijst.rijen}
          rijSleutel={(n) => n.id}
          paging={{
            basePath,
            params: new URLSearchParams({ teldatum: gekozen.teldatum }),
            vorige: lijst.vorige,
            volgende: lijst.volgende,
          }}
          leeg={t("geenNiet")}
        />
      </section>
    </>
  );
}
