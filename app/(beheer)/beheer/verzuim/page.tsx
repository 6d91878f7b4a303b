// `/beheer/verzuim`: every school's verzuimmeldingen for DUO staff, filtered by school, soort and
// behandelstatus, keyset-paged; each row's behandelstatus can be set (audited).
import { getTranslations } from "next-intl/server";
import { BehandelstatusForm } from "@/components/beheer/verzuim/behandelstatus-form";
import { Pager } from "@/components/register/pager";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { withQuery } from "@/lib/lijst/params";
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
  const tl = await getTranslations("lijst");
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
      <FilterForm action="/beheer/verzuim" label={t("filters")} resetHref="/beheer/verzuim">
        <SelectField id="filter-brin" name="brin" label={t("school")} empty={t("alle")} defaultValue={filter.brin} options={scholen.map((s) => ({ value: s.brin, label: `${s.brin} ${s.naam}` }))} />
        <SelectField id="filter-soort" name="soort" label={t("soort")} empty={t("alle")} defaultValue={filter.soort} options={SOORTEN.map((s) => ({ value: s, label: t(`soorten.${s}`) }))} />
        <SelectField id="filter-status" name="behandelstatus" label={t("behandelstatus")} empty={t("alle")} defaultValue={filter.behandelstatus} options={BEHANDELSTATUSSEN.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </FilterForm>
      {pagina.rijen.length > 0 ? (
        <p className="mb-2 text-right">
          <a href={withQuery("/beheer/verzuim/export", params)} className="utrecht-link" download>
            {tl("export")}
          </a>
        </p>
      ) : null}

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
