"use client";
// The frame of every register form: its values in state, the action through useActionState, the
// afkeuringen as a summary (focused, linking to the fields) and beside each field, and after a
// verwerkt melding the terugkoppeling (signalen and funding) instead of the form.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import type { FormAfkeuring, Waarden } from "@/lib/register/forms/formulier";
import type { FormulierState } from "@/lib/register/forms/types";
import { CodeLink } from "@/components/register/code-link";
import { Terugkoppeling } from "./terugkoppeling";
import { veldId, type VeldProps } from "./velden";

export type FormulierActie = (vorige: FormulierState, formData: FormData) => Promise<FormulierState>;

export function useFormulier(actie: FormulierActie, initieel: Waarden) {
  const [waarden, setWaarden] = useState(initieel);
  const [state, dispatch, pending] = useActionState(actie, null);
  const onWaarde = useCallback((naam: string, waarde: string) => setWaarden((w) => ({ ...w, [naam]: waarde })), []);
  const afkeuringen: FormAfkeuring[] = state?.uitkomst.status === "afgekeurd" ? state.uitkomst.afkeuringen : [];
  const fouten = (naam: string) => afkeuringen.filter((a) => a.veld === naam);
  /** The props every field takes: its value, change handler and afkeuringen. */
  const veld = (naam: string, label: string, extra: Partial<VeldProps> = {}): VeldProps => ({
    naam,
    label,
    waarde: waarden[naam] ?? "",
    onWaarde,
    fouten: fouten(naam),
    ...extra,
  });
  // No form action: React would reset the fields after it, and a rejected melding must keep them.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { waarden, setWaarden, state, pending, afkeuringen, fouten, veld, onSubmit };
}

export type FormulierHook = ReturnType<typeof useFormulier>;

export function Formulier({
  f,
  veldLabel,
  annulerenHref,
  sector,
  children,
}: {
  f: FormulierHook;
  /** The label of a field of this form, or undefined when the form has no such field (brin, a fixed key). */
  veldLabel: (veld: string) => string | undefined;
  annulerenHref: string;
  sector: "MBO" | "PO";
  children: React.ReactNode;
}) {
  const t = useTranslations("formulier");
  const [verborgen, setVerborgen] = useState<FormulierState>(null);
  const samenvatting = useRef<HTMLDivElement>(null);
  const afgekeurd = f.state?.uitkomst.status === "afgekeurd" ? f.state.uitkomst : null;

  useEffect(() => {
    if (f.state?.uitkomst.status === "afgekeurd") samenvatting.current?.focus();
  }, [f.state]);

  if (f.state?.uitkomst.status === "verwerkt" && f.state !== verborgen) {
    return (
      <Terugkoppeling
        uitkomst={f.state.uitkomst}
        detailHref={f.state.detailHref}
        sector={sector}
        onOpnieuw={() => setVerborgen(f.state)}
      />
    );
  }
  return (
    <form noValidate onSubmit={f.onSubmit} className="flex max-w-3xl flex-col gap-6">
      {afgekeurd ? (
        <div
          ref={samenvatting}
          tabIndex={-1}
          role="alert"
          aria-labelledby="afkeuringen-titel"
          className="utrecht-alert utrecht-alert--error flex flex-col gap-2 border-l-4 border-[var(--bron-error)] p-4"
        >
          <h2 id="afkeuringen-titel" className="utrecht-heading-3">
            {t("afgekeurd")}
          </h2>
          <p className="utrecht-paragraph">{t("afgekeurdUitleg")}</p>
          <AfkeuringenLijst afkeuringen={afgekeurd.afkeuringen} veldLabel={veldLabel} />
        </div>
      ) : null}
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={f.pending}
          aria-busy={f.pending}
          className="utrecht-button utrecht-button--primary-action"
        >
          {f.pending ? t("bezig") : t("opslaan")}
        </button>
        <Link href={annulerenHref} className="utrecht-link">
          {t("annuleren")}
        </Link>
      </div>
    </form>
  );
}

/** Every afkeuring with its field: a link to the field when the form has it, else the field's name. */
function AfkeuringenLijst({
  afkeuringen,
  veldLabel,
}: {
  afkeuringen: FormAfkeuring[];
  veldLabel: (veld: string) => string | undefined;
}) {
  const t = useTranslations("formulier");
  const taal = useLocale() === "en" ? "en" : "nl";
  return (
    <ul className="flex list-disc flex-col gap-1 pl-6">
      {afkeuringen.map((a, index) => {
        const label = veldLabel(a.veld);
        return (
          <li key={`${a.veld}-${a.code}-${index}`}>
            {label ? (
              <a href={`#${veldId(a.veld)}`} className="utrecht-link font-semibold">
                {label}
              </a>
            ) : (
              <span className="font-semibold">{t("kolom", { kolom: a.kolom })}</span>
            )}
            : <CodeLink code={a.code} taal={taal} /> {a.melding}
          </li>
        );
      })}
    </ul>
  );
}
