"use client";
// A new or changed verzuimmelding (po) of the pupil of the page: the fields of the upload's verzuim
// file; the PGN is the pupil's, the behandelstatus DUO's.
import { useTranslations } from "next-intl";
import type { Waarden } from "@/lib/register/forms/formulier";
import type { Keuzes } from "@/lib/register/forms/keuzes";
import { Formulier, useFormulier, type FormulierActie } from "./formulier";
import { DatumVeld, KeuzeVeld, TekstVeld, TekstvakVeld } from "./velden";

const VELDEN = ["verzuimvolgnummer", "soort", "datumBegin", "datumEinde", "toelichting"];

export function VerzuimFormulier({
  actie,
  waarden,
  bestaand,
  keuzes,
  annulerenHref,
}: {
  actie: FormulierActie;
  waarden: Waarden;
  bestaand: boolean;
  keuzes: Keuzes;
  annulerenHref: string;
}) {
  const t = useTranslations("formulier");
  const f = useFormulier(actie, waarden);
  const label = (veld: string) => t(`veld.${veld}`);
  const veldLabel = (naam: string) =>
    VELDEN.includes(naam) && !(bestaand && naam === "verzuimvolgnummer")
      ? naam === "soort"
        ? t("veld.verzuimSoort")
        : label(naam)
      : undefined;
  return (
    <Formulier f={f} veldLabel={veldLabel} annulerenHref={annulerenHref} sector="PO">
      <div className="flex flex-col gap-4">
        {bestaand ? null : (
          <TekstVeld
            {...f.veld("verzuimvolgnummer", label("verzuimvolgnummer"), { verplicht: true, hint: t("volgnummerHint") })}
            breedte="max-w-[16rem]"
          />
        )}
        <KeuzeVeld
          {...f.veld("soort", t("veld.verzuimSoort"), { verplicht: true })}
          opties={keuzes.verzuimSoort.map((s) => ({ waarde: s, label: t(`verzuimSoortWaarde.${s}`) }))}
        />
        <DatumVeld {...f.veld("datumBegin", label("datumBegin"), { verplicht: true })} />
        <DatumVeld {...f.veld("datumEinde", label("datumEinde"), { hint: t("datumEindeVerzuimHint") })} />
        <TekstvakVeld {...f.veld("toelichting", label("toelichting"))} />
      </div>
    </Formulier>
  );
}
