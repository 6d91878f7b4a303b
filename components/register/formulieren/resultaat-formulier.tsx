"use client";
// A new or changed resultaat (diploma or certificaat) of the person of the page: the fields of the
// upload's resultaten file; the PGN is the person's, the inschrijving one of theirs here.
import { useTranslations } from "next-intl";
import type { Waarden } from "@/lib/register/forms/formulier";
import type { Keuzes } from "@/lib/register/forms/keuzes";
import { Formulier, useFormulier, type FormulierActie } from "./formulier";
import { DatumVeld, KeuzeVeld, TekstVeld } from "./velden";

const VELDEN = [
  "resultaatvolgnummer",
  "inschrijvingsvolgnummer",
  "opleidingscode",
  "soort",
  "datumBehaald",
  "indicatieBekostigbaar",
];

export function ResultaatFormulier({
  actie,
  waarden,
  bestaand,
  keuzes,
  inschrijvingen,
  opleidingen,
  annulerenHref,
}: {
  actie: FormulierActie;
  waarden: Waarden;
  bestaand: boolean;
  keuzes: Keuzes;
  /** The person's mbo inschrijvingen at this school. */
  inschrijvingen: string[];
  opleidingen: { code: string; naam: string }[];
  annulerenHref: string;
}) {
  const t = useTranslations("formulier");
  const td = useTranslations("deelnemer");
  const f = useFormulier(actie, waarden);
  const label = (veld: string) => t(`veld.${veld}`);
  const veldLabel = (naam: string) =>
    VELDEN.includes(naam) && !(bestaand && naam === "resultaatvolgnummer") ? label(naam) : undefined;
  return (
    <Formulier f={f} veldLabel={veldLabel} annulerenHref={annulerenHref} sector="MBO">
      <div className="flex flex-col gap-4">
        {bestaand ? null : (
          <TekstVeld
            {...f.veld("resultaatvolgnummer", label("resultaatvolgnummer"), {
              verplicht: true,
              hint: t("volgnummerHint"),
            })}
            breedte="max-w-[16rem]"
          />
        )}
        <KeuzeVeld
          {...f.veld("inschrijvingsvolgnummer", label("inschrijvingsvolgnummer"), { verplicht: true })}
          opties={inschrijvingen.map((v) => ({ waarde: v, label: v }))}
        />
        <TekstVeld
          {...f.veld("opleidingscode", label("opleidingscode"), { verplicht: true, hint: t("opleidingscodeHint") })}
          list="opleidingen"
          inputMode="numeric"
          breedte="max-w-[10rem]"
        />
        <KeuzeVeld
          {...f.veld("soort", t("veld.resultaatSoort"), { verplicht: true })}
          opties={keuzes.resultaatSoort.map((s) => ({ waarde: s, label: td(`resultaatSoort.${s}`) }))}
        />
        <DatumVeld {...f.veld("datumBehaald", label("datumBehaald"), { verplicht: true })} />
        <KeuzeVeld
          {...f.veld("indicatieBekostigbaar", label("indicatieBekostigbaar"), { verplicht: true })}
          opties={keuzes.jn.map((w) => ({ waarde: w, label: w === "J" ? td("ja") : td("nee") }))}
        />
        <datalist id="opleidingen">
          {opleidingen.map((o) => (
            <option key={o.code} value={o.code}>
              {o.naam}
            </option>
          ))}
        </datalist>
      </div>
    </Formulier>
  );
}
