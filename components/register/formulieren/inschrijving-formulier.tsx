"use client";
// A new or changed inschrijving (mbo or po) with its person and perioden: the fields of the
// upload's inschrijvingen file, one periode per block. A changed inschrijving keeps its key and PGN.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Waarden } from "@/lib/register/forms/formulier";
import type { Keuzes } from "@/lib/register/forms/keuzes";
import { Formulier, useFormulier, type FormulierActie } from "./formulier";
import { DatumVeld, FoutLijst, KeuzeVeld, TekstVeld, veldId } from "./velden";

const PERIODE_VELD = /^perioden\.(\d+)\.(\w+)$/;

function aantalPerioden(waarden: Waarden): number {
  let n = 0;
  for (const naam of Object.keys(waarden)) {
    const m = PERIODE_VELD.exec(naam);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return Math.max(n, 1);
}

/** The values without periode `weg`; later perioden move up one. */
function zonderPeriode(waarden: Waarden, weg: number): Waarden {
  const uit: Waarden = {};
  for (const [naam, waarde] of Object.entries(waarden)) {
    const m = PERIODE_VELD.exec(naam);
    if (!m) uit[naam] = waarde;
    else if (Number(m[1]) !== weg)
      uit[`perioden.${Number(m[1]) > weg ? Number(m[1]) - 1 : Number(m[1])}.${m[2]}`] = waarde;
  }
  return uit;
}

export interface InschrijvingFormulierProps {
  actie: FormulierActie;
  sector: "MBO" | "PO";
  waarden: Waarden;
  /** A stored inschrijving: its key and the person's PGN are fixed (the PGN shown masked). */
  bestaand?: { volgnummer: string; pgnGemaskeerd: string };
  keuzes: Keuzes;
  opleidingen: { code: string; naam: string }[];
  vestigingen: { code: string; naam: string }[];
  annulerenHref: string;
}

export function InschrijvingFormulier({
  actie,
  sector,
  waarden: initieel,
  bestaand,
  keuzes,
  opleidingen,
  vestigingen,
  annulerenHref,
}: InschrijvingFormulierProps) {
  const t = useTranslations("formulier");
  const td = useTranslations("deelnemer");
  const f = useFormulier(actie, initieel);
  const aantal = aantalPerioden(f.waarden);
  const mbo = sector === "MBO";
  // After adding or removing a periode, focus goes to where the user continues (set before the render that shows it).
  const focusNaar = useRef<string | null>(null);
  const toevoegen = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusNaar.current) return;
    (document.getElementById(focusNaar.current) ?? toevoegen.current)?.focus();
    focusNaar.current = null;
  });

  const label = (veld: string) => t(`veld.${veld}`);
  const veldLabel = (naam: string): string | undefined => {
    const m = PERIODE_VELD.exec(naam);
    if (m)
      return Number(m[1]) < aantal ? t("periodeVeld", { nummer: Number(m[1]) + 1, veld: label(m[2]!) }) : undefined;
    if (naam === "perioden") return t("perioden");
    const velden = [
      ...(bestaand ? [] : ["inschrijvingsvolgnummer", "bsn", "onderwijsnummer"]),
      "geboortedatum",
      "geslacht",
      "achternaam",
      "voorvoegsel",
      "voornamen",
      "postcode",
      "woonland",
      "datumInschrijving",
      "datumUitschrijving",
      ...(mbo ? ["datumUitschrijvingGepland", "redenUitschrijving"] : []),
    ];
    return velden.includes(naam) ? label(naam) : undefined;
  };
  const opties = (waarden: readonly string[], tekst?: (w: string) => string) =>
    waarden.map((w) => ({ waarde: w, label: tekst ? tekst(w) : w }));

  function periodeToevoegen() {
    const n = aantal;
    f.setWaarden((w) => ({
      ...w,
      [`perioden.${n}.periodeBegindatum`]: "",
      ...(mbo ? { [`perioden.${n}.indicatieBekostigbaar`]: "J" } : {}),
    }));
    focusNaar.current = veldId(`perioden.${n}.periodeBegindatum`);
  }
  function periodeWeghalen(i: number) {
    f.setWaarden((w) => zonderPeriode(w, i));
    focusNaar.current = "periode-toevoegen";
  }

  return (
    <Formulier f={f} veldLabel={veldLabel} annulerenHref={annulerenHref} sector={sector}>
      <fieldset className="utrecht-form-fieldset flex flex-col gap-4">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-2 mb-2">{t("persoon")}</legend>
        {bestaand ? (
          <p className="utrecht-paragraph">{t("pgnVast", { pgn: bestaand.pgnGemaskeerd })}</p>
        ) : (
          <>
            <p id="pgn-uitleg" className="utrecht-paragraph text-sm text-[var(--bron-muted)]">
              {t("pgnUitleg")}
            </p>
            <TekstVeld
              {...f.veld("bsn", label("bsn"), { hint: t("bsnHint") })}
              inputMode="numeric"
              breedte="max-w-[14rem]"
            />
            <TekstVeld
              {...f.veld("onderwijsnummer", label("onderwijsnummer"), { hint: t("onderwijsnummerHint") })}
              inputMode="numeric"
              breedte="max-w-[14rem]"
            />
          </>
        )}
        <DatumVeld {...f.veld("geboortedatum", label("geboortedatum"), { verplicht: true })} />
        <KeuzeVeld
          {...f.veld("geslacht", label("geslacht"), { verplicht: true })}
          opties={opties(keuzes.geslacht, (g) => td(`geslachtWaarde.${g}`))}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TekstVeld {...f.veld("voornamen", label("voornamen"))} autoComplete="off" />
          <TekstVeld {...f.veld("voorvoegsel", label("voorvoegsel"))} breedte="max-w-[10rem]" />
          <TekstVeld {...f.veld("achternaam", label("achternaam"))} />
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TekstVeld {...f.veld("postcode", label("postcode"), { hint: t("postcodeHint") })} breedte="max-w-[10rem]" />
          <TekstVeld {...f.veld("woonland", label("woonland"), { hint: t("woonlandHint") })} breedte="max-w-[6rem]" />
        </div>
      </fieldset>

      <fieldset className="utrecht-form-fieldset flex flex-col gap-4">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-2 mb-2">{t("inschrijving")}</legend>
        {bestaand ? null : (
          <TekstVeld
            {...f.veld("inschrijvingsvolgnummer", label("inschrijvingsvolgnummer"), {
              verplicht: true,
              hint: t("volgnummerHint"),
            })}
            breedte="max-w-[16rem]"
          />
        )}
        <DatumVeld {...f.veld("datumInschrijving", label("datumInschrijving"), { verplicht: true })} />
        {mbo ? (
          <DatumVeld
            {...f.veld("datumUitschrijvingGepland", label("datumUitschrijvingGepland"), { verplicht: true })}
          />
        ) : null}
        <DatumVeld {...f.veld("datumUitschrijving", label("datumUitschrijving"))} />
        {mbo ? (
          <KeuzeVeld
            {...f.veld("redenUitschrijving", label("redenUitschrijving"), { hint: t("redenHint") })}
            opties={opties(keuzes.redenUitschrijving)}
            leeg={t("geen")}
          />
        ) : null}
      </fieldset>

      <fieldset
        id={veldId("perioden")}
        tabIndex={-1}
        className="utrecht-form-fieldset flex flex-col gap-4"
        aria-describedby="perioden-uitleg"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-heading-2 mb-2">{t("perioden")}</legend>
        <p id="perioden-uitleg" className="utrecht-paragraph text-sm text-[var(--bron-muted)]">
          {t("periodenUitleg", { sector })}
        </p>
        <FoutLijst id={`${veldId("perioden")}-fout`} fouten={f.fouten("perioden")} />
        {Array.from({ length: aantal }, (_, i) => (
          <fieldset
            key={i}
            className="utrecht-form-fieldset flex flex-col gap-3 rounded border border-[var(--bron-border)] p-4"
          >
            <legend className="utrecht-form-fieldset__legend px-1 font-semibold">
              {t("periode", { nummer: i + 1 })}
            </legend>
            <DatumVeld
              {...f.veld(`perioden.${i}.periodeBegindatum`, label("periodeBegindatum"), { verplicht: true })}
            />
            {mbo ? (
              <>
                <TekstVeld
                  {...f.veld(`perioden.${i}.opleidingscode`, label("opleidingscode"), {
                    verplicht: true,
                    hint: t("opleidingscodeHint"),
                  })}
                  list="opleidingen"
                  inputMode="numeric"
                  breedte="max-w-[10rem]"
                />
                <KeuzeVeld
                  {...f.veld(`perioden.${i}.leerweg`, label("leerweg"), { verplicht: true })}
                  opties={opties(keuzes.leerweg, (l) => t(`leerwegWaarde.${l}`))}
                />
                <KeuzeVeld
                  {...f.veld(`perioden.${i}.indicatieBekostigbaar`, label("indicatieBekostigbaar"), {
                    verplicht: true,
                  })}
                  opties={opties(keuzes.jn, (w) => (w === "J" ? td("ja") : td("nee")))}
                />
              </>
            ) : (
              <>
                <KeuzeVeld
                  {...f.veld(`perioden.${i}.vestigingscode`, label("vestigingscode"), { verplicht: true })}
                  opties={vestigingen.map((v) => ({ waarde: v.code, label: `${v.code} ${v.naam}` }))}
                />
                <KeuzeVeld
                  {...f.veld(`perioden.${i}.groep`, label("groep"), { verplicht: true })}
                  opties={opties(keuzes.groep, (g) => t("groepWaarde", { groep: g }))}
                />
              </>
            )}
            {aantal > 1 ? (
              <button
                type="button"
                onClick={() => periodeWeghalen(i)}
                className="utrecht-button utrecht-button--secondary-action self-start"
              >
                {t("periodeWeghalen", { nummer: i + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <button
          id="periode-toevoegen"
          ref={toevoegen}
          type="button"
          onClick={periodeToevoegen}
          className="utrecht-button utrecht-button--secondary-action self-start"
        >
          {t("periodeToevoegen")}
        </button>
        {mbo ? (
          <datalist id="opleidingen">
            {opleidingen.map((o) => (
              <option key={o.code} value={o.code}>
                {o.naam}
              </option>
            ))}
          </datalist>
        ) : null}
      </fieldset>
    </Formulier>
  );
}
