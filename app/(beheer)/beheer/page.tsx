// `/beheer`: the national overview — per sector and per institution, from the summary tables that
// vernieuwOverzicht keeps (never a scan of the register per request).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SeriesBars } from "@/components/ui/bar-chart";
import { VernieuwKnop } from "@/components/beheer/overzicht/vernieuw-knop";
import { CodeLink } from "@/components/register/code-link";
import { formatDate, formatDateTime, formatGetal, formatGewicht } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import { Stat } from "@/components/ui/stat";
import { Cell, Row, Table } from "@/components/ui/table";
import { mayRefreshOverzicht } from "@/lib/auth/roles";
import { requireSection } from "@/lib/auth/session";
import { landelijkOverzicht, type CodeRegel, type InstellingRegel } from "@/lib/beheer/overzicht/queries";
import { db } from "@/lib/db";

const SECTOREN = ["MBO", "PO"] as const;

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("overzicht");
  return { title: t("title") };
}

export default async function BeheerOverzicht({
  searchParams,
}: {
  searchParams: Promise<{ sector?: string | string[] }>;
}) {
  const user = await requireSection("beheer");
  const t = await getTranslations("overzicht");
  const tl = await getTranslations("lijst");
  const locale = await getLocale();
  const taal = locale === "en" ? "en" : "nl";
  const gevraagd = (await searchParams).sector;
  const sector = SECTOREN.find((s) => s === gevraagd);
  const o = await landelijkOverzicht(db, { sector });
  const totaal = (k: "inschrijvingen" | "verwerkt" | "afgekeurd" | "openS01") =>
    o.sectoren.reduce((n, s) => n + s[k], 0);
  const getal = (n: number) => formatGetal(n, locale);

  const exportHref = (tabel: string) =>
    `/beheer/overzicht/export?${new URLSearchParams({ tabel, ...(sector ? { sector } : {}) })}`;
  const exportLink = (tabel: string) => (
    <p className="mt-2">
      <a href={exportHref(tabel)} className="utrecht-link" download>
        {tl("export")}
      </a>
    </p>
  );
  // Compact enough for a 1366 px screen: the BRIN with the name, the sector only on wide screens.
  const instellingKolommen: Kolom<InstellingRegel>[] = [
    {
      key: "naam",
      header: t("naam"),
      cell: (i) => (
        <Link href={`/beheer/instellingen/${i.brin}`} className="utrecht-link">
          {i.naam} ({i.brin})
        </Link>
      ),
    },
    { key: "sector", header: t("sector"), className: "hidden 2xl:table-cell", cell: (i) => i.sector },
    {
      key: "inschrijvingen",
      header: t("inschrijvingen"),
      className: "text-right",
      cell: (i) => getal(i.inschrijvingen),
    },
    { key: "verwerkt", header: t("verwerkt"), className: "text-right", cell: (i) => getal(i.verwerkt) },
    { key: "afgekeurd", header: t("afgekeurd"), className: "text-right", cell: (i) => getal(i.afgekeurd) },
    { key: "openS01", header: t("openS01"), className: "text-right", cell: (i) => getal(i.openS01) },
    { key: "bekostigd", header: t("bekostigd"), className: "text-right", cell: (i) => getal(i.bekostigd) },
    { key: "nietBekostigd", header: t("nietBekostigd"), className: "text-right", cell: (i) => getal(i.nietBekostigd) },
    {
      key: "gewicht",
      header: t("gewicht"),
      className: "text-right whitespace-nowrap",
      cell: (i) => formatGewicht(i.gewicht, locale),
    },
  ];

  const codeTabel = (rijen: CodeRegel[], id: string, titel: string) => (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="utrecht-heading-2 mb-2">
        {titel}
      </h2>
      {rijen.length === 0 ? (
        <p>{t("geenCodes")}</p>
      ) : (
        <>
          <SeriesBars
            data={rijen.map((r) => ({ code: r.code, aantal: r.aantal }))}
            xKey="code"
            label={titel}
            series={[{ key: "aantal", name: t("aantal") }]}
          />
          <Table headers={[t("code"), t("aantal")]}>
            {rijen.map((r) => (
              <Row key={r.code}>
                <Cell>
                  <CodeLink code={r.code} taal={taal} />
                </Cell>
                <Cell>{getal(r.aantal)}</Cell>
              </Row>
            ))}
          </Table>
          {exportLink(id)}
        </>
      )}
    </section>
  );

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-2">{t("intro")}</p>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <p>{o.bijgewerktOp ? t("bijgewerktOp", { moment: formatDateTime(o.bijgewerktOp) }) : t("nogNietBijgewerkt")}</p>
        {mayRefreshOverzicht(user.rol) ? <VernieuwKnop /> : null}
      </div>

      <nav aria-label={t("sectorFilter")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...SECTOREN].map((s) => (
            <li key={s ?? "alle"}>
              <Link
                href={s ? `/beheer?sector=${s}` : "/beheer"}
                aria-current={s === sector ? "page" : undefined}
                className="utrecht-link rounded border border-[var(--bron-border)] px-2 py-1 aria-[current=page]:bg-[var(--bron-lint)] aria-[current=page]:!text-white"
              >
                {s ?? t("alleSectoren")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <dl className="mb-8 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("inschrijvingen")} value={totaal("inschrijvingen")} />
        <Stat label={t("verwerkt")} value={totaal("verwerkt")} />
        <Stat label={t("afgekeurd")} value={totaal("afgekeurd")} />
        <Stat label={t("openS01")} value={totaal("openS01")} />
      </dl>

      <section aria-labelledby="per-sector" className="mb-8">
        <h2 id="per-sector" className="utrecht-heading-2 mb-2">
          {t("perSector")}
        </h2>
        <Table
          headers={[t("sector"), t("instellingen"), t("inschrijvingen"), t("verwerkt"), t("afgekeurd"), t("openS01")]}
        >
          {o.sectoren.map((s) => (
            <Row key={s.sector}>
              <Cell rowHeader>{s.sector}</Cell>
              <Cell>{getal(s.instellingen)}</Cell>
              <Cell>{getal(s.inschrijvingen)}</Cell>
              <Cell>{getal(s.verwerkt)}</Cell>
              <Cell>{getal(s.afgekeurd)}</Cell>
              <Cell>{getal(s.openS01)}</Cell>
            </Row>
          ))}
        </Table>
        {exportLink("sectoren")}
      </section>

      <section aria-labelledby="per-dag" className="mb-8">
        <h2 id="per-dag" className="utrecht-heading-2 mb-2">
          {t("perDag")}
        </h2>
        <SeriesBars
          data={o.perDag.map((d) => ({ ...d, label: formatDate(d.dag).slice(0, 5) }))}
          xKey="label"
          label={t("perDag")}
          series={[
            { key: "verwerkt", name: t("verwerkt") },
            { key: "afgekeurd", name: t("afgekeurd") },
          ]}
        />
        <details className="mt-2">
          <summary>{t("alsTabel")}</summary>
          <Table headers={[t("dag"), t("verwerkt"), t("afgekeurd")]}>
            {o.perDag.map((d) => (
              <Row key={d.dag}>
                <Cell>{formatDate(d.dag)}</Cell>
                <Cell>{getal(d.verwerkt)}</Cell>
                <Cell>{getal(d.afgekeurd)}</Cell>
              </Row>
            ))}
          </Table>
        </details>
        {exportLink("dagen")}
      </section>

      <section aria-labelledby="per-teldatum" className="mb-8">
        <h2 id="per-teldatum" className="utrecht-heading-2 mb-2">
          {t("perTeldatum")}
        </h2>
        <SeriesBars
          data={o.perTeldatum.map((r) => ({ ...r, label: `${formatDate(r.teldatum)} ${r.sector}` }))}
          xKey="label"
          label={t("perTeldatum")}
          series={[
            { key: "bekostigd", name: t("bekostigd") },
            { key: "nietBekostigd", name: t("nietBekostigd") },
          ]}
        />
        <Table headers={[t("teldatum"), t("sector"), t("bekostigd"), t("nietBekostigd"), t("gewicht")]}>
          {o.perTeldatum.map((r) => (
            <Row key={`${r.sector}-${r.teldatum}`}>
              <Cell>{formatDate(r.teldatum)}</Cell>
              <Cell>{r.sector}</Cell>
              <Cell>{getal(r.bekostigd)}</Cell>
              <Cell>{getal(r.nietBekostigd)}</Cell>
              <Cell>{formatGewicht(r.gewicht, locale)}</Cell>
            </Row>
          ))}
        </Table>
        {exportLink("teldata")}
      </section>

      {codeTabel(o.afkeuringen, "afkeuringen", t("afkeuringen"))}
      {codeTabel(o.signalen, "signalen", t("signalen"))}

      <section aria-labelledby="per-instelling">
        <h2 id="per-instelling" className="utrecht-heading-2 mb-2">
          {t("perInstelling")}
        </h2>
        <p className="mb-2">{t("perInstellingUitleg")}</p>
        <Lijst
          caption={t("perInstelling")}
          kolommen={instellingKolommen}
          rijen={o.instellingen}
          rijSleutel={(i) => i.brin}
          exportHref={exportHref("instellingen")}
          leeg={t("geenCodes")}
        />
      </section>
    </>
  );
}
