// Search and filters of the student list. It posts to a server action (never GET), so a PGN typed
// in the search box reaches the server in the body and the URL gets only an opaque persoon id.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Sector } from "@/generated/prisma/enums";
import { BEKOSTIGING_CODES, GROEPEN, LEERWEGEN, SIGNAAL_CODES, SORTERINGEN, type DeelnemerFilters } from "@/lib/register/queries/deelnemer-filters";

const field = "utrecht-form-field flex flex-col gap-1";
const label = "utrecht-form-label font-semibold";
const select = "utrecht-select utrecht-select--html-select";
const textbox = "utrecht-textbox utrecht-textbox--html-input";

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
  /** The sector's teldata as ISO dates with their label, for the funding filter. */
  teldata: { datum: string; label: string }[];
  resetHref: string;
}) {
  const t = await getTranslations("deelnemers");
  return (
    <form action={action} role="search" aria-label={t("searchLabel", { sector })} className="mb-6 flex flex-col gap-4 rounded border border-[var(--bron-border)] p-4">
      {filters.persoon !== undefined ? <input type="hidden" name="persoon" value={filters.persoon} /> : null}
      <div className={field}>
        <label htmlFor="zoek-q" className={label}>
          {t("search")}
        </label>
        <input id="zoek-q" name="q" type="search" defaultValue={filters.q ?? ""} autoComplete="off" aria-describedby="zoek-q-hint" className={`${textbox} max-w-xl`} />
        <p id="zoek-q-hint" className="text-sm text-[var(--bron-muted)]">
          {t("searchHint")}
        </p>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {sector === "MBO" ? (
          <>
            <div className={field}>
              <label htmlFor="zoek-opleiding" className={label}>
                {t("opleiding")}
              </label>
              <select id="zoek-opleiding" name="opleiding" defaultValue={filters.opleiding ?? ""} className={select}>
                <option value="">{t("all")}</option>
                {opleidingen.map((o) => (
                  <option key={o.opleidingscode} value={o.opleidingscode}>
                    {o.opleidingscode} {o.naam}
                  </option>
                ))}
              </select>
            </div>
            <div className={field}>
              <label htmlFor="zoek-leerweg" className={label}>
                {t("leerweg")}
              </label>
              <select id="zoek-leerweg" name="leerweg" defaultValue={filters.leerweg ?? ""} className={select}>
                <option value="">{t("all")}</option>
                {LEERWEGEN.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <div className={field}>
            <label htmlFor="zoek-groep" className={label}>
              {t("groep")}
            </label>
            <select id="zoek-groep" name="groep" defaultValue={filters.groep ?? ""} className={select}>
              <option value="">{t("all")}</option>
              {GROEPEN.map((g) => (
                <option key={g} value={g}>
                  {t("groepN", { groep: g })}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={field}>
          <label htmlFor="zoek-actief" className={label}>
            {t("actiefOp")}
          </label>
          <input id="zoek-actief" name="actief" type="date" defaultValue={filters.actief ?? ""} className={textbox} />
        </div>
        <div className={field}>
          <label htmlFor="zoek-signaal" className={label}>
            {t("signaal")}
          </label>
          <select id="zoek-signaal" name="signaal" defaultValue={filters.signaal ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {SIGNAAL_CODES.filter((c) => sector === "PO" ? c !== "S04" && c !== "S05" : c !== "S02").map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="zoek-bekostiging" className={label}>
            {t("bekostiging")}
          </label>
          <select id="zoek-bekostiging" name="bekostiging" defaultValue={filters.bekostiging ?? ""} className={select}>
            <option value="">{t("all")}</option>
            <option value="J">{t("bekostigd")}</option>
            <option value="N">{t("nietBekostigd")}</option>
          </select>
        </div>
        <div className={field}>
          <label htmlFor="zoek-code" className={label}>
            {t("bekostigingscode")}
          </label>
          <select id="zoek-code" name="code" defaultValue={filters.code ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {BEKOSTIGING_CODES.filter((c) => c.startsWith(sector === "PO" ? "P" : "M")).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="zoek-teldatum" className={label}>
            {t("opTeldatum")}
          </label>
          <select id="zoek-teldatum" name="teldatum" defaultValue={filters.teldatum ?? ""} className={select}>
            <option value="">{t("elkeTeldatum")}</option>
            {teldata.map((d) => (
              <option key={d.datum} value={d.datum}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="zoek-sorteer" className={label}>
            {t("sortBy")}
          </label>
          <select id="zoek-sorteer" name="sorteer" defaultValue={filters.sorteer} className={select}>
            {SORTERINGEN.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="zoek-richting" className={label}>
            {t("direction")}
          </label>
          <select id="zoek-richting" name="richting" defaultValue={filters.aflopend ? "af" : "op"} className={select}>
            <option value="op">{t("ascending")}</option>
            <option value="af">{t("descending")}</option>
          </select>
        </div>
      </div>
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
