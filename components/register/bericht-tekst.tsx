// A bericht's gegevens as Dutch (or English) sentences; unknown or incomplete gegevens still read.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Sector } from "@/generated/prisma/enums";
import { formatDate } from "@/components/ui/format";
import type { Taal } from "@/lib/bekostiging/codes";
import type { BerichtRij } from "@/lib/register/queries/berichten";
import { CodeLinks } from "./code-link";
import { formatGewicht } from "@/components/ui/format";

const text = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? String(v) : "");
const codes = (v: unknown): string[] => (Array.isArray(v) ? v.filter((c): c is string => typeof c === "string") : []);

export async function BerichtTekst({
  bericht,
  sector,
  inschrijvingHref,
  taal,
}: {
  bericht: BerichtRij;
  sector: Sector;
  inschrijvingHref?: string;
  taal: Taal;
}) {
  const t = await getTranslations("berichten");
  const locale = await getLocale();
  const g = bericht.gegevens;
  const link = inschrijvingHref ? (
    <>
      {" "}
      <Link href={inschrijvingHref} className="utrecht-link">
        {t("bekijk", { sector })}
      </Link>
    </>
  ) : null;

  switch (bericht.soort) {
    case "KENNISGEVING_INSCHRIJVING":
    case "KENNISGEVING_UITSCHRIJVING": {
      const inschrijving = bericht.soort === "KENNISGEVING_INSCHRIJVING";
      const values = {
        naam: text(g.naam) || text(g.brin),
        brin: text(g.brin),
        datum: formatDate(text(g[inschrijving ? "datumInschrijving" : "datumUitschrijving"])),
        volgnummer: text(g.inschrijvingsvolgnummer),
        sector,
      };
      return (
        <p className="utrecht-paragraph">
          {t(inschrijving ? "kennisgevingInschrijving" : "kennisgevingUitschrijving", values)}
          {link}
        </p>
      );
    }
    case "BEKOSTIGING_GEWIJZIGD": {
      const status = (s: unknown) => (s === "J" ? t("bekostigd") : t("nietBekostigd"));
      const resultaat = g.kalenderjaar !== undefined;
      return (
        <>
          <p className="utrecht-paragraph">
            {resultaat
              ? t("bekostigingResultaat", { volgnummer: text(g.volgnummer), jaar: text(g.kalenderjaar) })
              : t("bekostigingInschrijving", {
                  volgnummer: text(g.volgnummer),
                  teldatum: formatDate(text(g.teldatum)),
                })}
            {link}
          </p>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
            <dt className="font-semibold">{t("was")}</dt>
            <dd className="flex flex-wrap gap-x-2">
              {status(g.oudeStatus)} <CodeLinks codes={codes(g.oudeCodes)} taal={taal} none="" />
            </dd>
            <dt className="font-semibold">{t("nu")}</dt>
            <dd className="flex flex-wrap gap-x-2">
              {status(g.nieuweStatus)} <CodeLinks codes={codes(g.nieuweCodes)} taal={taal} none="" />
            </dd>
          </dl>
        </>
      );
    }
    case "UPLOAD_VERWERKT": {
      const a = (g.aantallen ?? {}) as Record<string, unknown>;
      return (
        <p className="utrecht-paragraph">
          {g.status === "MISLUKT"
            ? t("uploadMislukt", { bestand: text(g.bestandsnaam) })
            : t("uploadVerwerkt", {
                bestand: text(g.bestandsnaam),
                verwerkt: Number(a.verwerkt ?? 0),
                afgekeurd: Number(a.afgekeurd ?? 0),
              })}
        </p>
      );
    }
    case "TELDATUM_VASTGESTELD": {
      const hasTotals = g.bekostigd !== undefined && g.nietBekostigd !== undefined;
      return (
        <p className="utrecht-paragraph">
          {t("teldatumVastgesteld", { teldatum: formatDate(text(g.teldatum)) })}
          {hasTotals
            ? ` ${t("teldatumTotalen", { bekostigd: Number(g.bekostigd), nietBekostigd: Number(g.nietBekostigd), gewicht: formatGewicht(Number(g.gewicht ?? 0), locale) })}`
            : null}
        </p>
      );
    }
  }
}
