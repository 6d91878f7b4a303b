// The school's verzuim (po) and resultaten (mbo) lists, for the school and for DUO (scope): filters
// in the URL, newest first, keyset paged, each row linked to its student; resultaten with their
// diploma funding. Exported with the same filters.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BekostigingCel } from "@/components/register/bekostiging-cel";
import { formatNaam } from "@/components/register/format";
import { DateField, SelectField, TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { formatDate } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import type { Taal } from "@/lib/bekostiging/codes";
import { withQuery } from "@/lib/lijst/params";
import { parseCursor } from "@/lib/shared/keyset";
import {
  BEHANDELSTATUSSEN,
  resultatenLijstDef,
  resultatenPagina,
  VERZUIM_SOORTEN,
  verzuimLijstDef,
  verzuimPagina,
  type ResultaatLijstRij,
  type VerzuimLijstRij,
} from "@/lib/register/queries/verzuim-resultaten";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

type Search = Record<string, string | string[] | undefined>;

/** The i18n key of a verzuim soort (the database's `16U_4W` is `U16_4W` in code). */
export const verzuimSoortKey = (soort: string) => (soort === "16U_4W" ? "U16_4W" : soort);

function StudentLink({
  scope,
  rij,
  onbekend,
}: {
  scope: RegisterScope;
  rij: {
    inschrijvingId: number | null;
    achternaam: string | null;
    voorvoegsel: string | null;
    voornamen: string | null;
  };
  onbekend: string;
}) {
  const naam = formatNaam(rij) ?? onbekend;
  return rij.inschrijvingId !== null ? (
    <Link href={`${scope.basePath}/deelnemers/${rij.inschrijvingId}`} className="utrecht-link">
      {naam}
    </Link>
  ) : (
    <>{naam}</>
  );
}

export async function VerzuimLijst({ scope, search }: { scope: RegisterScope; search: Search }) {
  const t = await getTranslations("lijsten.verzuim");
  const tl = await getTranslations("lijst");
  const tv = await getTranslations("verzuimBeheer");
  const state = verzuimLijstDef.parse(search);
  const page = await verzuimPagina(scope.brin, state, parseCursor(search));
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "verzuim",
    na: { filters: Object.fromEntries(verzuimLijstDef.toParams(state)), verzuimmeldingen: page.rijen.map((r) => r.id) },
  });
  const basePath = `${scope.basePath}/verzuim`;
  const params = verzuimLijstDef.toParams(state);
  const f = state.filters;
  const kolommen: Kolom<VerzuimLijstRij>[] = [
    {
      key: "leerling",
      header: tv("leerling"),
      rowHeader: true,
      cell: (r) => <StudentLink scope={scope} rij={r} onbekend={tl("naamOnbekend")} />,
    },
    { key: "pgn", header: t("pgn"), className: "hidden font-mono whitespace-nowrap xl:table-cell", cell: (r) => r.pgn },
    { key: "volgnummer", header: tv("volgnummer"), className: "font-mono break-all", cell: (r) => r.verzuimvolgnummer },
    { key: "soort", header: tv("soort"), cell: (r) => tv(`soorten.${verzuimSoortKey(r.soort)}`) },
    {
      key: "datum",
      header: tv("periode"),
      sorteer: "datum",
      className: "whitespace-nowrap",
      cell: (r) => `${formatDate(r.datumBegin)} – ${r.datumEinde ? formatDate(r.datumEinde) : "…"}`,
    },
    {
      key: "toelichting",
      header: tv("toelichting"),
      className: "hidden lg:table-cell",
      cell: (r) => r.toelichting ?? "—",
    },
    { key: "behandelstatus", header: tv("behandelstatus"), cell: (r) => tv(`status.${r.behandelstatus}`) },
  ];
  return (
    <>
      <FilterForm action={basePath} label={t("filterLabel")} resetHref={basePath}>
        <SelectField
          id="verzuim-soort"
          name="soort"
          label={tv("soort")}
          empty={tv("alle")}
          defaultValue={f.soort}
          options={VERZUIM_SOORTEN.map((s) => ({ value: s, label: tv(`soorten.${verzuimSoortKey(s)}`) }))}
        />
        <SelectField
          id="verzuim-status"
          name="behandelstatus"
          label={tv("behandelstatus")}
          empty={tv("alle")}
          defaultValue={f.behandelstatus}
          options={BEHANDELSTATUSSEN.map((s) => ({ value: s, label: tv(`status.${s}`) }))}
        />
        <DateField id="verzuim-van" name="van" label={t("van")} defaultValue={f.van} />
        <DateField id="verzuim-tot" name="tot" label={t("tot")} defaultValue={f.tot} />
      </FilterForm>
      <Lijst
        caption={tv("caption")}
        kolommen={kolommen}
        rijen={page.rijen}
        rijSleutel={(r) => r.id}
        sortering={{
          actief: state.sorteer,
          aflopend: state.aflopend,
          href: (s) => verzuimLijstDef.sortHref(basePath, state, s as typeof state.sorteer),
        }}
        paging={{ basePath, params, vorige: page.vorige, volgende: page.volgende }}
        exportHref={withQuery(`${basePath}/export`, params)}
        leeg={verzuimLijstDef.isFiltered(state) ? tv("geen") : t("leeg")}
      />
    </>
  );
}

export async function ResultatenLijst({ scope, search }: { scope: RegisterScope; search: Search }) {
  const t = await getTranslations("lijsten.resultaten");
  const tl = await getTranslations("lijst");
  const td = await getTranslations("deelnemer");
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const state = resultatenLijstDef.parse(search);
  const page = await resultatenPagina(scope.brin, state, parseCursor(search));
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "resultaten",
    na: { filters: Object.fromEntries(resultatenLijstDef.toParams(state)), resultaten: page.rijen.map((r) => r.id) },
  });
  const basePath = `${scope.basePath}/resultaten`;
  const params = resultatenLijstDef.toParams(state);
  const f = state.filters;
  const kolommen: Kolom<ResultaatLijstRij>[] = [
    {
      key: "deelnemer",
      header: t("deelnemer"),
      rowHeader: true,
      cell: (r) => <StudentLink scope={scope} rij={r} onbekend={tl("naamOnbekend")} />,
    },
    {
      key: "pgn",
      header: t("pgn"),
      className: "hidden font-mono whitespace-nowrap 2xl:table-cell",
      cell: (r) => r.pgn,
    },
    {
      key: "volgnummer",
      header: td("resultaatvolgnummer"),
      className: "font-mono break-all",
      cell: (r) => r.resultaatvolgnummer,
    },
    {
      key: "inschrijving",
      header: td("inschrijving"),
      className: "hidden font-mono break-all xl:table-cell",
      cell: (r) => r.inschrijvingsvolgnummer,
    },
    {
      key: "opleiding",
      header: td("opleiding"),
      cell: (r) => <span title={r.opleidingNaam ?? undefined}>{r.opleidingscode}</span>,
    },
    { key: "soort", header: td("soort"), cell: (r) => td(`resultaatSoort.${r.soort}`) },
    {
      key: "datum",
      header: td("datumBehaald"),
      sorteer: "datum",
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.datumBehaald),
    },
    {
      key: "indicatie",
      header: td("indicatieBekostigbaar"),
      className: "hidden lg:table-cell",
      cell: (r) => (r.indicatieBekostigbaar ? td("ja") : td("nee")),
    },
    {
      key: "bekostiging",
      header: t("bekostiging"),
      cell: (r) => (r.soort === "DIPLOMA" ? <BekostigingCel bekostiging={r.bekostiging} taal={taal} /> : "—"),
    },
  ];
  return (
    <>
      <FilterForm action={basePath} label={t("filterLabel")} resetHref={basePath}>
        <SelectField
          id="resultaat-soort"
          name="soort"
          label={td("soort")}
          empty={tl("alle")}
          defaultValue={f.soort}
          options={(["DIPLOMA", "CERTIFICAAT"] as const).map((s) => ({ value: s, label: td(`resultaatSoort.${s}`) }))}
        />
        <TextField id="resultaat-opleiding" name="opleiding" label={td("opleidingscode")} defaultValue={f.opleiding} />
        <SelectField
          id="resultaat-bekostigd"
          name="bekostigd"
          label={t("bekostiging")}
          empty={tl("alle")}
          defaultValue={f.bekostigd}
          options={[
            { value: "J", label: td("bekostigd") },
            { value: "N", label: td("nietBekostigd") },
          ]}
        />
        <TextField
          id="resultaat-jaar"
          name="jaar"
          label={t("jaar")}
          hint={t("jaarHint")}
          defaultValue={f.jaar === undefined ? "" : String(f.jaar)}
        />
      </FilterForm>
      <Lijst
        caption={td("resultatenCaption")}
        kolommen={kolommen}
        rijen={page.rijen}
        rijSleutel={(r) => r.id}
        sortering={{
          actief: state.sorteer,
          aflopend: state.aflopend,
          href: (s) => resultatenLijstDef.sortHref(basePath, state, s as typeof state.sorteer),
        }}
        paging={{ basePath, params, vorige: page.vorige, volgende: page.volgende }}
        exportHref={withQuery(`${basePath}/export`, params)}
        leeg={resultatenLijstDef.isFiltered(state) ? t("leegGefilterd") : td("geenResultaten")}
      />
    </>
  );
}
