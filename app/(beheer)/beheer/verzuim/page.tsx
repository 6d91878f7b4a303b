// `/beheer/verzuim`: every school's verzuimmeldingen for DUO staff, filtered by school, soort and
// behandelstatus, keyset-paged; each row's behandelstatus can be set (audited).
import { getTranslations } from "next-intl/server";
import { BehandelstatusForm } from "@/components/beheer/verzuim/behandelstatus-form";
import { Pager } from "@/components/register/pager";
import { formatDate } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { BEHANDELSTATUSSEN, SOORTEN, verzuimFilter, verzuimLijst } from "@/lib/beheer/verzuim/queries";
import { db } from "@/lib/db";
import { parseCursor } from "@/lib/register/queries/keyset";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const eerste = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("verzuimBeheer");
  return { title: t("title") };
}

export default async function VerzuimBeheerPage({ searchParams }: Props) {
  await requireRole("DUO_MEDEWERKER", "DUO_BEHEERDER");
  const t = await getTranslations("verzuimBeheer");
  const search = await searchParams;
  const filter = verzuimFilter.parse({ brin: eerste(search.brin) || undefined, soort: eerste(search.soort) || undefined, behandelstatus: eerste(search.behandelstatus) || undefined });
  const [scholen, pagina] = await Promise.all([
    db.instelling.findMany({ where: { sector: "PO" }, orderBy: { brin: "asc" }, select: { brin: true, naam: true } }),
    verzuimLijst(db, filter, parseCursor({ na: search.na, voor: search.voor })),
  ]);
  const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-[var(--bron-border)] bg-white p-4" aria-label={t("filters")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-brin" className="font-semibold">
            {t("school")}
          </label>
          <select id="filter-brin" name="brin" defaultValue={filter.brin ?? ""} className="utrecht-select">
            <option value="">{t("alle")}</option>
            {scholen.map((s) => (
              <option key={s.brin} value={s.brin}>
                {s.brin} {s.naam}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-soort" className="font-semibold">
            {t("soort")}
          </label>
          <select id="filter-soort" name="soort" defaultValue={filter.soort ?? ""} className="utrecht-select">
            <option value="">{t("alle")}</option>
            {SOORTEN.map((s) => (
              <option key={s} value={s}>
                {t(`soorten.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="font-semibold">
            {t("behandelstatus")}
          </label>
          <select id="filter-status" name="behandelstatus" defaultValue={filter.behandelstatus ?? ""} className="utrecht-select">
            <option value="">{t("alle")}</option>
            {BEHANDELSTATUSSEN.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("filteren")}
        </button>
      </form>

      {pagina.rijen.length === 0 ? (
        <p>{t("geen")}</p>
      ) : (
        <div className="overflow-x-auto">
          <Table caption={t("caption")} headers={[t("school"), t("volgnummer"), t("leerling"), t("soort"), t("periode"), t("toelichting"), t("behandelstatus")]}>
            {pagina.rijen.map((v) => (
              <Row key={v.id}>
                <Cell>{v.brin}</Cell>
                <Cell className="font-mono">{v.verzuimvolgnummer}</Cell>
                <Cell>
                  {v.naam || "—"} <span className="font-mono text-sm">{v.pgn}</span>
                </Cell>
                <Cell>{t(`soorten.${v.soort}`)}</Cell>
                <Cell className="whitespace-nowrap">
                  {formatDate(v.datumBegin)} – {v.datumEinde ? formatDate(v.datumEinde) : "…"}
                </Cell>
                <Cell>{v.toelichting ?? "—"}</Cell>
                <Cell>
                  <BehandelstatusForm id={v.id} volgnummer={`${v.brin} ${v.verzuimvolgnummer}`} huidig={v.behandelstatus} statussen={BEHANDELSTATUSSEN} />
                </Cell>
              </Row>
            ))}
          </Table>
        </div>
      )}
      <Pager basePath="/beheer/verzuim" params={params} vorige={pagina.vorige} volgende={pagina.volgende} />
    </>
  );
}
