"use client";
// Withdraw a licence per a date (or lift it): the form says what follows before anything happens.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { wijzigLicentieAction, type ReferentieState } from "@/lib/register/funding/referentie-actions";

export function LicentieForm({ brin, opleidingscode, leerweg, einddatum }: { brin: string; opleidingscode: string; leerweg: string; einddatum: string | null }) {
  const t = useTranslations("licenties");
  const id = useId();
  const [state, action, pending] = useActionState<ReferentieState, FormData>(wijzigLicentieAction, null);
  return (
    <details>
      <summary className="utrecht-link cursor-pointer">{t("wijzig")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2 rounded border border-[var(--bron-border)] p-3">
        <input type="hidden" name="brin" value={brin} />
        <input type="hidden" name="opleidingscode" value={opleidingscode} />
        <input type="hidden" name="leerweg" value={leerweg} />
        <label htmlFor={`${id}-einddatum`} className="font-semibold">
          {t("einddatumLabel")}
        </label>
        <input
          id={`${id}-einddatum`}
          name="einddatum"
          type="date"
          defaultValue={einddatum ?? ""}
          aria-describedby={`${id}-uitleg`}
          aria-invalid={state ? true : undefined}
          className="utrecht-textbox max-w-48"
        />
        <p id={`${id}-uitleg`} className="max-w-prose text-sm">
          {t("gevolgen", { brin, opleidingscode, leerweg })}
        </p>
        <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action self-start">
          {t("opslaan")}
        </button>
        {state ? (
          <p role="alert" className="text-[var(--bron-error)]">
            {state.melding}
          </p>
        ) : null}
      </form>
    </details>
  );
}
