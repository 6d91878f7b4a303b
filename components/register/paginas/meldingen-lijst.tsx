// The terugkoppeling of one school (the school's page and DUO's view of it): every melding from
// upload, form and API, newest first, filtered by status, code, bron, soort and period, keyset
// paged; each linked to its record's student page or its upload; afkeuringen with codes and messages.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CodeLink } from "@/components/register/code-link";
import { DateField, SelectField, TextField } from "@/components/ui/fields";
import { FilterForm } from "@/components/ui/filter-form";
import { formatDateTime } from "@/components/ui/format";
import { Lijst, type Kolom } from "@/components/ui/lijst";
import type { Taal } from "@/lib/bekostiging/codes";
import { withQuery } from "@/lib/lijst/params";
import { parseCursor } from "@/lib/shared/keyset";
import {
  MELDING_BRONNEN,
  MELDING_SOORTEN,
  MELDING_STATUSSEN,
  meldingenLijst,
  meldingenPagina,
  type MeldingRij,
} from "@/lib/register/queries/meldingen";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export async function MeldingenLijst({
  scope,
  search,
}: {
  scope: RegisterScope;
  search: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations("meldingen");
  const td = await getTranslations("deelnemer");
  const taal: Taal = (await getLocale()) === "en" ? "en" : "nl";
  const state = meldingenLijst.parse(search);
  const page = await meldingenPagina(scope.brin, state, parseCursor(search));
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "meldingen",
    na: { filters: Object.fromEntries(meldingenLijst.toParams(state)), meldingen: page.rijen.map((m) => m.id) },
  });
  const basePath = `${scope.basePath}/meldingen`;
  const params = meldingenLijst.toParams(state);
  const f = state.filters;
  const soorten = MELDING_SOORTEN.filter((s) =>
    scope.sector === "PO" ? s === "PO_INSCHRIJVING" || s === "VERZUIM" : s !== "PO_INSCHRIJVING" && s !== "VERZUIM",
  );
  const status = (m: MeldingRij) =>
    m.status === "AFGEKEURD"
      ? td("afgekeurd")
      : m.status === "ONTVANGEN"
        ? td("ontvangen")
        : m.gewijzigd
          ? td("verwerkt")
          : td("verwerktOngewijzigd");

  const kolommen: Kolom<MeldingRij>[] = [
    {
      key: "ontvangen",
      header: td("ontvangenOp"),
      sorteer: "ontvangen",
      rowHeader: true,
      className: "font-normal whitespace-nowrap",
      cell: (m) => formatDateTime(m.ontvangenOp),
    },
    { key: "soort", header: td("soort"), cell: (m) => td(`meldingSoort.${m.soort}`) },
    {
      key: "sleutel",
      header: td("sleutel"),
      className: "font-mono break-all",
      cell: (m) =>
        m.inschrijvingId !== null ? (
          <Link href={`${scope.basePath}/deelnemers/${m.inschrijvingId}`} className="utrecht-link">
            {m.sleutel}
          </Link>
        ) : (
          m.sleutel
        ),
    },
    { key: "actie", header: td("actie"), cell: (m) => (m.verwijdering ? td("verwijderen") : td("leveren")) },
    {
      key: "bron",
      header: td("bron"),
      cell: (m) =>
        m.uploadId ? (
          <Link href={`${scope.basePath}/uploads/${m.uploadId}`} className="utrecht-link">
            {td(`meldingBron.${m.bron}`)}
          </Link>
        ) : (
          td(`meldingBron.${m.bron}`)
        ),
    },
    {
      key: "status",
      header: td("status"),
      cell: (m) => (
        <span className={m.status === "AFGEKEURD" ? "font-semibold text-[var(--bron-error)]" : undefined}>
          {status(m)}
        </span>
      ),
    },
    {
      key: "codes",
      header: td("codes"),
      cell: (m) =>
        m.codes.length === 0 ? (
          "—"
        ) : (
          <ul className="flex flex-col gap-1">
            {m.codes.map((c, index) => (
              <li key={`${c.code}-${index}`}>
                <CodeLink code={c.code} taal={taal} />
                {c.kolom ? <span className="font-mono text-sm"> ({c.kolom})</span> : null}
                {c.melding ? <span className="text-sm"> {c.melding}</span> : null}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <>
      <FilterForm action={basePath} label={t("filterLabel")} resetHref={basePath}>
        <SelectField
          id="melding-status"
          name="status"
          label={td("status")}
          empty={t("alle")}
          defaultValue={f.status}
          options={MELDING_STATUSSEN.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <TextField
          id="melding-volgnummer"
          name="volgnummer"
          label={t("volgnummer")}
          hint={t("volgnummerHint")}
          defaultValue={f.volgnummer}
        />
        <TextField id="melding-code" name="code" label={td("codes")} hint={t("codeHint")} defaultValue={f.code} />
        <SelectField
          id="melding-bron"
          name="bron"
          label={td("bron")}
          empty={t("alle")}
          defaultValue={f.bron}
          options={MELDING_BRONNEN.map((b) => ({ value: b, label: td(`meldingBron.${b}`) }))}
        />
        <SelectField
          id="melding-soort"
          name="soort"
          label={td("soort")}
          empty={t("alle")}
          defaultValue={f.soort}
          options={soorten.map((s) => ({ value: s, label: td(`meldingSoort.${s}`) }))}
        />
        <DateField id="melding-van" name="van" label={t("van")} defaultValue={f.van} />
        <DateField id="melding-tot" name="tot" label={t("tot")} defaultValue={f.tot} />
      </FilterForm>
      <Lijst
        caption={t("caption")}
        kolommen={kolommen}
        rijen={page.rijen}
        rijSleutel={(m) => m.id}
        sortering={{
          actief: state.sorteer,
          aflopend: state.aflopend,
          href: (s) => meldingenLijst.sortHref(basePath, state, s as typeof state.sorteer),
        }}
        paging={{ basePath, params, vorige: page.vorige, volgende: page.volgende }}
        exportHref={withQuery(`${basePath}/export`, params)}
        leeg={meldingenLijst.isFiltered(state) ? t("leegGefilterd") : t("leeg")}
      />
    </>
  );
}
