// What a beheerder can do with one record on the student's page: change it in its form, or remove it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { recordVerwijderen } from "@/lib/register/forms/actions";
import type { Soort } from "@/lib/register/validate";
import { VerwijderKnop } from "./verwijder-knop";

const TYPE: Record<Soort, "inschrijving" | "bpv" | "resultaat" | "verzuim"> = {
  "mbo-inschrijvingen": "inschrijving",
  "po-inschrijvingen": "inschrijving",
  "mbo-bpv": "bpv",
  "mbo-resultaten": "resultaat",
  "po-verzuim": "verzuim",
};

export async function RecordActies({
  brin,
  inschrijvingId,
  soort,
  volgnummer,
  wijzigHref,
}: {
  brin: string;
  inschrijvingId: number;
  soort: Soort;
  volgnummer: string;
  wijzigHref: string;
}) {
  const t = await getTranslations("formulier");
  const type = TYPE[soort];
  const wat = t(`wat.${type}`, { volgnummer });
  // The record's own key goes along only where the inschrijving does not already name it.
  const doel = { brin, soort, inschrijvingId, ...(type === "inschrijving" ? {} : { volgnummer }) };
  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
      <Link href={wijzigHref} className="utrecht-link">
        {t("wijzigen")}
        <span className="sr-only"> {wat}</span>
      </Link>
      <VerwijderKnop
        actie={recordVerwijderen.bind(null, doel)}
        wat={wat}
        gevolg={t(`gevolg.${type}`)}
        id={`verwijder-${type}-${inschrijvingId}-${volgnummer}`}
      />
    </div>
  );
}
