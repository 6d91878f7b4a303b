// The error report of an upload: afkeuringen per code with their explanation, then every rejected row
// (paged, optionally of one code), and the whole report as a CSV download.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cell, Row, Table } from "@/components/ui/table";
import { codeTekst } from "@/lib/bekostiging/codes";
import type { FoutenPerCode, FoutRegel, Pagina } from "@/lib/register/uploads/queries";
import { formatGetal } from "@/components/ui/format";
import { Pager } from "./pager";

export async function ErrorReport({
  base,
  perCode,
  regels,
  code,
}: {
  /** The upload page's path; the report's links add search parameters to it. */
  base: string;
  perCode: FoutenPerCode[];
  regels: Pagina<FoutRegel>;
  code: string | null;
}) {
  const t = await getTranslations("uploads.report");
  const taal = (await getLocale()) === "en" ? "en" : "nl";
  const link = (params: { code?: string | null; pagina?: number }) => {
    const search = new URLSearchParams();
    if (params.code) search.set("code", params.code);
    if (params.pagina && params.pagina > 1) search.set("pagina", String(params.pagina));
    const query = search.toString();
    return `${base}${query ? `?${query}` : ""}#afgekeurde-regels`;
  };

  return (
    <section aria-labelledby="foutenrapport" className="mt-8 flex flex-col gap-4">
      <h2 id="foutenrapport" className="utrecht-heading-2">
        {t("heading")}
      </h2>
      <p className="utrecht-paragraph">{t("intro")}</p>
      <p>
        <a href={`${base}/fouten.csv`} download className="utrecht-link font-semibold">
          {t("download")}
        </a>
      </p>

      <Table caption={t("perCode")} headers={[t("code"), t("aantal"), t("uitleg"), t("regelsKolom")]}>
        {perCode.map((g) => (
          <Row key={g.code}>
            <Cell rowHeader className="font-mono font-bold">
              <Link href={`/help/codes#${g.code}`} className="utrecht-link">
                {g.code}
              </Link>
            </Cell>
            <Cell className="text-right">{formatGetal(g.aantal, taal)}</Cell>
            <Cell>{codeTekst(g.code, taal)?.omschrijving ?? t("onbekendeCode")}</Cell>
            <Cell>
              {code === g.code ? (
                <span>{t("getoond")}</span>
              ) : (
                <Link href={link({ code: g.code })} className="utrecht-link">
                  {t("toon", { code: g.code })}
                </Link>
              )}
            </Cell>
          </Row>
        ))}
      </Table>

      <h3 id="afgekeurde-regels" className="utrecht-heading-3 mt-4" tabIndex={-1}>
        {code ? t("regelsVanCode", { code, aantal: regels.total }) : t("regels", { aantal: regels.total })}
      </h3>
      {code ? (
        <p>
          <Link href={link({})} className="utrecht-link">
            {t("alle")}
          </Link>
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <Table
          headers={[t("rij"), t("kolom"), t("code"), t("melding")]}
          caption={t("regelsCaption", { pagina: regels.pagina, paginas: regels.paginas })}
        >
          {regels.items.map((f, index) => (
            <Row key={`${f.rij}-${index}`}>
              <Cell rowHeader className="text-right">
                {f.rij}
              </Cell>
              <Cell className="font-mono">{f.kolom}</Cell>
              <Cell className="font-mono">
                <Link
                  href={`/help/codes#${f.code}`}
                  className="utrecht-link"
                  title={codeTekst(f.code, taal)?.omschrijving}
                >
                  {f.code}
                </Link>
              </Cell>
              <Cell>{f.melding}</Cell>
            </Row>
          ))}
        </Table>
      </div>
      <Pager
        label={t("pager")}
        pagina={regels.pagina}
        paginas={regels.paginas}
        href={(p) => link({ code, pagina: p })}
      />
    </section>
  );
}
