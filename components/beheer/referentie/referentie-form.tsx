"use client";
// Add or edit one RIO record. The server parses it as one CSV row (the import's rules) and, when
// funding reads a changed field, plans the recompute and shows its progress.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { bewaarReferentieAction } from "@/lib/rio/actions";
import type { ActionState } from "@/lib/server/form-state";
import type { ReferentieSoort } from "@/lib/rio/referentie";
import { VELDEN, type Veld } from "./velden";

const LEERWEGEN = ["BOL", "BBL", "EX"];

export function ReferentieForm({
  soort,
  waarden,
  modus,
}: {
  soort: ReferentieSoort;
  waarden: Record<string, string>;
  modus: "nieuw" | "wijzig";
}) {
  const t = useTranslations("referentie");
  const id = useId();
  const [state, action, pending] = useActionState<ActionState, FormData>(bewaarReferentieAction, null);
  const veld = (v: Veld) => {
    const fieldId = `${id}-${v.naam}`;
    const label = t(`veld.${v.naam}`) + (v.optioneel ? ` ${t("optioneel")}` : "");
    const value = waarden[v.naam] ?? "";
    const fixed = modus === "wijzig" && v.sleutel;
    if (v.type === "leerwegen") {
      const chosen = value.split(",");
      return (
        <fieldset key={v.naam} className="flex flex-col gap-1">
          <legend className="font-semibold">{label}</legend>
          <div className="flex gap-4">
            {LEERWEGEN.map((l) => (
              <label key={l} className="flex items-center gap-1">
                <input type="checkbox" name={v.naam} value={l} defaultChecked={chosen.includes(l)} /> {l}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    const options =
      v.type === "jn"
        ? [
            ["J", t("ja")],
            ["N", t("nee")],
          ]
        : v.type === "sector"
          ? [
              ["MBO", "MBO"],
              ["PO", "PO"],
            ]
          : v.type === "leerweg"
            ? LEERWEGEN.map((l) => [l, l])
            : v.type === "niveau"
              ? ["1", "2", "3", "4"].map((n) => [n, n])
              : null;
    return (
      <div key={v.naam} className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="font-semibold">
          {label}
        </label>
        {fixed ? (
          <>
            <input
              id={fieldId}
              value={value}
              readOnly
              className="utrecht-textbox max-w-80 bg-gray-100"
              aria-describedby={`${id}-sleutel`}
            />
            <input type="hidden" name={v.naam} value={value} />
          </>
        ) : options ? (
          <select id={fieldId} name={v.naam} defaultValue={value || options[0]![0]} className="utrecht-select max-w-80">
            {options.map(([optionValue, optionLabel]) => (
              <option key={optionValue} value={optionValue}>
                {optionLabel}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={fieldId}
            name={v.naam}
            type={v.type === "date" ? "date" : "text"}
            inputMode={v.type === "decimal" ? "decimal" : undefined}
            defaultValue={value}
            required={!v.optioneel}
            maxLength={200}
            className="utrecht-textbox max-w-80"
          />
        )}
      </div>
    );
  };
  return (
    <form
      action={action}
      className="flex max-w-2xl flex-col gap-4 rounded border border-[var(--bron-border)] bg-white p-4"
    >
      <input type="hidden" name="soort" value={soort} />
      <input type="hidden" name="modus" value={modus} />
      {modus === "wijzig" ? (
        <p id={`${id}-sleutel`} className="text-sm">
          {t("sleutelVast")}
        </p>
      ) : null}
      {VELDEN[soort].map(veld)}
      <p className="max-w-prose text-sm">{t("bewaarUitleg")}</p>
      <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action self-start">
        {t("bewaren")}
      </button>
      {state ? (
        <p role="alert" className="text-[var(--bron-error)]">
          {state.melding}
        </p>
      ) : null}
    </form>
  );
}
