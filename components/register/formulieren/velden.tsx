"use client";
// The fields of the register forms: a label, an optional hint, the afkeuringen of this field (code
// linked to its explanation, and the Dutch message), all tied to the input with aria-describedby.
import { useLocale, useTranslations } from "next-intl";
import { CodeLink } from "@/components/register/code-link";
import type { FormAfkeuring } from "@/lib/register/forms/formulier";

/** The element id of a form field: `perioden.1.leerweg` → `veld-perioden-1-leerweg`. */
export const veldId = (naam: string) => `veld-${naam.replace(/\./g, "-")}`;

export const fieldClass = "utrecht-form-field flex flex-col gap-1";
const textbox = "utrecht-textbox utrecht-textbox--html-input";
const invalidClass = "utrecht-textbox--invalid border-2 border-[var(--bron-error)]";

export interface VeldProps {
  naam: string;
  label: string;
  hint?: string;
  verplicht?: boolean;
  waarde: string;
  onWaarde: (naam: string, waarde: string) => void;
  fouten: FormAfkeuring[];
  className?: string;
}

export function FoutLijst({ id, fouten }: { id: string; fouten: FormAfkeuring[] }) {
  const taal = useLocale() === "en" ? "en" : "nl";
  if (fouten.length === 0) return null;
  return (
    <ul id={id} className="flex flex-col gap-1 font-semibold text-[var(--bron-error)]">
      {fouten.map((f, index) => (
        <li key={`${f.code}-${index}`}>
          <CodeLink code={f.code} taal={taal} /> {f.melding}
        </li>
      ))}
    </ul>
  );
}

/** Label, hint and errors around one control; the control gets its id and description from `children`. */
function Kader({
  naam,
  label,
  hint,
  verplicht,
  fouten,
  className = "",
  children,
}: Omit<VeldProps, "waarde" | "onWaarde"> & { children: (aria: AriaProps) => React.ReactNode }) {
  const t = useTranslations("formulier");
  const id = veldId(naam);
  const describedBy =
    [hint ? `${id}-hint` : null, fouten.length ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`${fieldClass} ${className}`}>
      <label htmlFor={id} className="utrecht-form-label font-semibold">
        {label}
        {verplicht ? <span className="font-normal text-[var(--bron-muted)]"> {t("verplicht")}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-[var(--bron-muted)]">
          {hint}
        </p>
      ) : null}
      <FoutLijst id={`${id}-fout`} fouten={fouten} />
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": fouten.length ? true : undefined,
        required: verplicht,
      })}
    </div>
  );
}

type AriaProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  required: boolean | undefined;
};

export function TekstVeld(
  props: VeldProps & { list?: string; inputMode?: "numeric" | "text"; autoComplete?: string; breedte?: string },
) {
  const { naam, waarde, onWaarde, list, inputMode, autoComplete = "off", breedte = "max-w-md" } = props;
  return (
    <Kader {...props}>
      {(aria) => (
        <input
          {...aria}
          name={naam}
          type="text"
          value={waarde}
          list={list}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(e) => onWaarde(naam, e.currentTarget.value)}
          className={`${textbox} ${breedte} ${aria["aria-invalid"] ? invalidClass : ""}`}
        />
      )}
    </Kader>
  );
}

/** A date as text (dd-mm-jjjj, or jjjj-mm-dd): what a file's cell accepts, with the same messages. */
export function DatumVeld(props: VeldProps) {
  const t = useTranslations("formulier");
  return <TekstVeld {...props} hint={props.hint ?? t("datumHint")} inputMode="numeric" breedte="max-w-[12rem]" />;
}

export function KeuzeVeld(props: VeldProps & { opties: readonly { waarde: string; label: string }[]; leeg?: string }) {
  const t = useTranslations("formulier");
  const { naam, waarde, onWaarde, opties, leeg } = props;
  // A stored or posted value that is not in the list stays visible, so the afkeuring can be seen and fixed.
  const alle = waarde && !opties.some((o) => o.waarde === waarde) ? [...opties, { waarde, label: waarde }] : opties;
  return (
    <Kader {...props}>
      {(aria) => (
        <select
          {...aria}
          name={naam}
          value={waarde}
          onChange={(e) => onWaarde(naam, e.currentTarget.value)}
          className={`utrecht-select utrecht-select--html-select max-w-md ${aria["aria-invalid"] ? invalidClass : ""}`}
        >
          <option value="">{leeg ?? t("kies")}</option>
          {alle.map((o) => (
            <option key={o.waarde} value={o.waarde}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Kader>
  );
}

export function TekstvakVeld(props: VeldProps) {
  const { naam, waarde, onWaarde } = props;
  return (
    <Kader {...props}>
      {(aria) => (
        <textarea
          {...aria}
          name={naam}
          value={waarde}
          rows={4}
          onChange={(e) => onWaarde(naam, e.currentTarget.value)}
          className={`utrecht-textarea utrecht-textarea--html-textarea max-w-xl ${aria["aria-invalid"] ? invalidClass : ""}`}
        />
      )}
    </Kader>
  );
}
