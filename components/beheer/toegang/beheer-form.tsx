"use client";
// A back-office form described by its fields (text, choice, checkboxes): labelled, each error linked
// to its field, the posted values kept after a refusal, and the outcome (with a secret shown once).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FoutSamenvatting, KeuzeVeld, TekstVeld } from "@/components/osr/velden";
import type { ActionState } from "@/lib/server/form-state";
import { Uitkomst } from "./eenmalig";

export type Veld =
  | { soort: "tekst" | "email"; name: string; label: string; hint?: string; defaultValue?: string; required?: boolean }
  | {
      soort: "keuze";
      name: string;
      label: string;
      leeg: string;
      opties: { value: string; label: string }[];
      defaultValue?: string;
    }
  | {
      soort: "vinkjes";
      name: string;
      label: string;
      hint?: string;
      opties: { value: string; label: string }[];
      gekozen: string[];
    };

export function BeheerForm({
  id,
  action,
  velden,
  knop,
  leegNaSucces = false,
}: {
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  velden: Veld[];
  knop: string;
  leegNaSucces?: boolean;
}) {
  const t = useTranslations("toegang");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const refused = state && !state.ok ? state : null;
  const veldId = (name: string) => `${id}-${name}`;
  const tekst = (v: Veld) =>
    typeof refused?.waarden?.[v.name] === "string"
      ? (refused.waarden[v.name] as string)
      : "defaultValue" in v
        ? (v.defaultValue ?? "")
        : "";
  const fouten = refused
    ? velden
        .filter((v) => refused.velden[v.name])
        .map((v) => ({ id: veldId(v.name), melding: `${v.label}: ${refused.velden[v.name]}` }))
    : [];
  // A fresh form after a refusal (its values) or, for create forms, after a success.
  const key =
    JSON.stringify(refused?.waarden ?? null) + (leegNaSucces && state?.ok ? (state.href ?? state.melding) : "");
  return (
    <div className="flex flex-col gap-4">
      <form key={key} action={formAction} noValidate className="flex flex-col gap-4">
        {refused && fouten.length ? (
          <FoutSamenvatting titel={t("fouten.samenvatting")} melding={refused.melding} fouten={fouten} />
        ) : null}
        {velden.map((v) => {
          const fout = refused?.velden[v.name];
          if (v.soort === "keuze") {
            return (
              <KeuzeVeld
                key={v.name}
                id={veldId(v.name)}
                name={v.name}
                label={v.label}
                leeg={v.leeg}
                opties={v.opties}
                fout={fout}
                defaultValue={tekst(v)}
              />
            );
          }
          if (v.soort === "vinkjes") {
            const gekozen = refused
              ? Array.isArray(refused.waarden?.[v.name])
                ? (refused.waarden[v.name] as string[])
                : []
              : v.gekozen;
            return (
              <fieldset
                key={v.name}
                id={veldId(v.name)}
                className="utrecht-form-fieldset flex flex-col gap-1"
                aria-describedby={
                  [v.hint && `${veldId(v.name)}-hint`, fout && `${veldId(v.name)}-fout`].filter(Boolean).join(" ") ||
                  undefined
                }
              >
                <legend className="utrecht-form-fieldset__legend font-semibold">{v.label}</legend>
                {v.hint ? (
                  <p id={`${veldId(v.name)}-hint`} className="text-sm text-[var(--bron-muted)]">
                    {v.hint}
                  </p>
                ) : null}
                {fout ? (
                  <p id={`${veldId(v.name)}-fout`} className="font-semibold text-[var(--bron-error)]">
                    {fout}
                  </p>
                ) : null}
                <div className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
                  {v.opties.map((o) => (
                    <div key={o.value} className="flex items-center gap-2">
                      <input
                        id={`${veldId(v.name)}-${o.value}`}
                        type="checkbox"
                        name={v.name}
                        value={o.value}
                        defaultChecked={gekozen.includes(o.value)}
                        className="utrecht-checkbox utrecht-checkbox--html-input"
                      />
                      <label htmlFor={`${veldId(v.name)}-${o.value}`} className="utrecht-form-label">
                        {o.label}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          }
          return (
            <TekstVeld
              key={v.name}
              id={veldId(v.name)}
              name={v.name}
              type={v.soort === "email" ? "email" : "text"}
              label={v.label}
              hint={v.hint}
              fout={fout}
              defaultValue={tekst(v)}
              autoComplete="off"
              required={v.required}
            />
          );
        })}
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="utrecht-button utrecht-button--primary-action self-start"
        >
          {knop}
        </button>
      </form>
      <Uitkomst state={state} />
    </div>
  );
}
