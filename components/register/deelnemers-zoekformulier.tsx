// Search and filters of the student list. It posts to a server action (never GET), so a PGN typed
// in the search box reaches the server in the body and the URL gets only an opaque persoon id.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Sector } from "@/generated/prisma/enums";
import { DateField, FieldGrid, SelectField, TextField } from "@/components/ui/fields";
import {
  BEKOSTIGING_CODES,
  GROEPEN,
  LEERWEGEN,
  SIGNAAL_CODES,
  SORTERINGEN,
  type DeelnemerFilters,
} from "@/lib/register/queries/deelnemer-filters";

export async function DeelnemersZoekformulier({
  action,
  sector,
  filters,
  opleidingen,
  teldata,
  resetHref,
}: {
  action: (formData: FormData) => Promise<void>;
  sector: Sector;
  filters: DeelnemerFilters;
  opleidingen: { opleidingscode: string; naam: string }[];
  /** The sector's teldata as ISO dates with their label, for the funding filter and column. */
  teldata: { datum: string; label: string }[];
  resetHref: string;
}) {
  const t = await getTranslations("deelnemers");
  const codes = (list: readonly (string | number)[]) => list.map((c) => ({ value: String(c), label: c }));
  return (
    <form
      action={action}
      role="search"
      aria-label={t("searchLabel", { sector })}
      className="mb-6 flex flex-col gap-4 rounded border border-[var(--bron-border)] p-4"
    >
      {filters.persoon !== undefined ? <input type="hidden" name="persoon" value={filters.persoon} /> : null}
      <TextField
        id="zoek-q"
        name="q"
        type="search"
        label={t("search")}
        hint={t("searchHint")}
        defaultValue={filters.q}
        inputClassName="max-w-xl"
      />
      <FieldGrid>
        {sector === "MBO" ? (
          <>
            <SelectField
              id="zoek-opleiding"
              name="opleiding"
              label={t("opleiding")}
              empty={t("all")}
              defaultValue={filters.opleiding}
              options={opleidingen.map((o) => ({ value: o.opleidingscode, label: `${o.opleidingscode} ${o.naam}` }))}
            />
            <SelectField
              id="zoek-leerweg"
              name="leerweg"
              label={t("leerweg")}
              empty={t("all")}
              defaultValue={filters.leerweg}
              options={codes(LEERWEGEN)}
            />
          </>
        ) : (
          <SelectField
            id="zoek-groep"
            name="groep"
            label={t("groep")}
            empty={t("all")}
            defaultValue={filters.groep}
            options={GROEPEN.map((g) => ({ value: String(g), label: t("groepN", { groep: g }) }))}
          />
        )}
        <DateField id="zoek-actief" name="actief" label={t("actiefOp")} defaultValue={filters.actief} />
        <SelectField
          id="zoek-signaal"
          name="signaal"
          label={t("signaal")}
          empty={t("all")}
          defaultValue={filters.signaal}
          options={codes(SIGNAAL_CODES.filter((c) => (sector === "PO" ? c !== "S04" && c !== "S05" : c !== "S02")))}
        />
        <SelectField
          id="zoek-bekostiging"
          name="bekostiging"
          label={t("bekostiging")}
          empty={t("all")}
          defaultValue={filters.bekostiging}
          options={[
            { value: "J", label: t("bekostigd") },
            { value: "N", label: t("nietBekostigd") },
          ]}
        />
        <SelectField
          id="zoek-code"
          name="code"
          label={t("bekostigingscode")}
          empty={t("all")}
          defaultValue={filters.code}
          options={codes(BEKOSTIGING_CODES.filter((c) => c.startsWith(sector === "PO" ? "P" : "M")))}
        />
        <SelectField
          id="zoek-teldatum"
          name="teldatum"
          label={t("opTeldatum")}
          hint={t("opTeldatumHint")}
          empty={t("elkeTeldatum")}
          defaultValue={filters.teldatum}
          options={teldata.map((d) => ({ value: d.datum, label: d.label }))}
        />
        <SelectField
          id="zoek-sorteer"
          name="sorteer"
          label={t("sortBy")}
          defaultValue={filters.sorteer}
          options={SORTERINGEN.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
        <SelectField
          id="zoek-richting"
          name="richting"
          label={t("direction")}
          defaultValue={filters.aflopend ? "af" : "op"}
          options={[
            { value: "op", label: t("ascending") },
            { value: "af", label: t("descending") },
          ]}
        />
      </FieldGrid>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("submit")}
        </button>
        <Link href={resetHref} className="utrecht-link">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
