// `/beheer/verzuim`: every school's verzuimmeldingen for DUO staff, filtered by school, soort and
// behandelstatus, keyset-paged; each row's behandelstatus can be set (audited).
import { getTranslations } from "next-intl/server";
import { BehandelstatusForm } from "@/components/beheer/verzuim/behandelstatus-form";
import { SelectField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { withQuery } from "@/lib/lijst/params";
import { formatDate } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import { requireCapability } from "@/lib/auth/session";
import {
  BEHANDELSTATUSSEN,
  SOORTEN,
  verzuimFilter,
  verzuimLijst,
  type VerzuimRegel,
} from "@/lib/beheer/verzuim/queries";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";
import { parseCursor } from "@/lib/shared/keyset";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const eerste = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("verzuimBeheer");
  return { title: t("title") };
}

export default async function VerzuimBeheerPage({ searchParams }: Props) {
  await requireCapability("handleVerzuim");
  const t = await getTranslations("verzuimBeheer");
  const search = await searchParams;
  const filter = verzuimFilter.parse({
    brin: eerste(search.brin) || undefined,
    soort: eerste(search.soort) || undefined,
    behandelstatus: eerste(search.behandelstatus) || undefined,
  });
  const [scholen, pagina] = await Promise.all([
    instellingKeuzes(db, { sector: "PO", orderBy: "brin" }),
    verzuimLijst(db, filter, parseCursor({ na: search.na, voor: search.voor })),
  ]);
  const params = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"),
  );

  const kolommen: Kolom<VerzuimRegel>[] = [
    { key: "school", header: t("school"), cell: (v) => v.brin },
    { key: "volgnummer", header: t("volgnummer"), className: "font-mono break-all", cell: (v) => v.verzuimvolgnummer },
    {
      key: "leerling",
      header: t("leerling"),
      rowHeader: true,
      className: "font-normal",
      cell: (v) => (
        <>
          {v.naam || "—"} <span className="font-mono text-sm">{v.pgn}</span>
        </>
      ),
    },
    { key: "soort", header: t("soort"), cell: (v) => t(`soorten.${v.soort}`) },
    {
      key: "periode",
      header: t("periode"),
      className: "whitespace-nowrap",
      cell: (v) => `${formatDate(v.datumBegin)} – ${v.datumEinde ? formatDate(v.datumEinde) : "…"}`,
    },
    { key: "toelichting", header: t("toelichting"), cell: (v) => v.toelichting ?? "—" },
    {
      key: "behandelstatus",
      header: t("behandelstatus"),
      cell: (v) => (
        <BehandelstatusForm
          id={v.id}
          volgnummer={`${v.brin} ${v.verzuimvolgnummer}`}
          huidig={v.behandelstatus}
          statussen={BEHANDELSTATUSSEN}
        />
      ),
    },
  ];

  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <FilterForm action="/beheer/verzuim" label={t("filters")} resetHref="/beheer/verzuim">
        <SelectField
          id="filter-brin"
          name="brin"
          label={t("school")}
          empty={t("alle")}
          defaultValue={filter.brin}
          options={scholen.map((s) => ({ value: s.brin, label: `${s.brin} ${s.naam}` }))}
        />
        <SelectField
          id="filter-soort"
          name="soort"
          label={t("soort")}
          empty={t("alle")}
          defaultValue={filter.soort}
          options={SOORTEN.map((s) => ({ value: s, label: t(`soorten.${s}`) }))}
        />
        <SelectField
          id="filter-status"
          name="behandelstatus"
          label={t("behandelstatus")}
          empty={t("alle")}
          defaultValue={filter.behandelstatus}
          options={BEHANDELSTATUSSEN.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </FilterForm>
      <Lijst
        caption={t("caption")}
        kolommen={kolommen}
        rijen={pagina.rijen}
        rijSleutel={(v) => v.id}
        paging={{ basePath: "/beheer/verzuim", params, vorige: pagina.vorige, volgende: pagina.volgende }}
        exportHref={withQuery("/beheer/verzuim/export", params)}
        leeg={t("geen")}
      />
    </>
  );
}
