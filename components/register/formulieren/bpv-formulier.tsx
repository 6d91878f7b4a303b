"use client";
// A new or changed BPV of one mbo inschrijving: the fields of the upload's bpv file.
import { useTranslations } from "next-intl";
import type { Waarden } from "@/lib/register/forms/formulier";
import { Formulier, useFormulier, type FormulierActie } from "./formulier";
import { DatumVeld, TekstVeld } from "./velden";

const VELDEN = [
  "bpvVolgnummer",
  "leerbedrijfId",
  "opleidingscode",
  "afsluitdatum",
  "datumBegin",
  "datumEindeGepland",
  "datumEinde",
  "omvangUren",
];

export function BpvFormulier({
  actie,
  waarden,
  bestaand,
  opleidingen,
  annulerenHref,
}: {
  actie: FormulierActie;
  waarden: Waarden;
  bestaand: boolean;
  opleidingen: { code: string; naam: string }[];
  annulerenHref: string;
}) {
  const t = useTranslations("formulier");
  const f = useFormulier(actie, waarden);
  const label = (veld: string) => t(`veld.${veld}`);
  const veldLabel = (naam: string) =>
    VELDEN.includes(naam) && !(bestaand && naam === "bpvVolgnummer") ? label(naam) : undefined;
  return (
    <Formulier f={f} veldLabel={veldLabel} annulerenHref={annulerenHref} sector="MBO">
      <div className="flex flex-col gap-4">
        {bestaand ? null : (
          <TekstVeld
            {...f.veld("bpvVolgnummer", label("bpvVolgnummer"), { verplicht: true, hint: t("volgnummerHint") })}
            breedte="max-w-[16rem]"
          />
        )}
        <TekstVeld
          {...f.veld("leerbedrijfId", label("leerbedrijfId"), { verplicht: true, hint: t("leerbedrijfHint") })}
          inputMode="numeric"
          breedte="max-w-[14rem]"
        />
        <TekstVeld
          {...f.veld("opleidingscode", label("opleidingscode"), { verplicht: true, hint: t("opleidingscodeHint") })}
          list="opleidingen"
          inputMode="numeric"
          breedte="max-w-[10rem]"
        />
        <DatumVeld
          {...f.veld("afsluitdatum", label("afsluitdatum"), { verplicht: true, hint: t("afsluitdatumHint") })}
        />
        <DatumVeld {...f.veld("datumBegin", label("datumBegin"), { verplicht: true })} />
        <DatumVeld {...f.veld("datumEindeGepland", label("datumEindeGepland"), { verplicht: true })} />
        <DatumVeld {...f.veld("datumEinde", label("datumEinde"))} />
        <TekstVeld
          {...f.veld("omvangUren", label("omvangUren"), { verplicht: true, hint: t("omvangHint") })}
          inputMode="numeric"
          breedte="max-w-[8rem]"
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
