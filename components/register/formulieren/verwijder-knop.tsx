"use client";
// Removing one record delivered by mistake: a disclosure with the consequence and a confirmation
// button; a refusal (R06, R07) is shown in place, a removal leads back to the student's page.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { VerwijderState } from "@/lib/register/forms/types";
import { FoutLijst } from "./velden";

export function VerwijderKnop({
  actie,
  wat,
  gevolg,
  id,
}: {
  actie: (vorige: VerwijderState, formData: FormData) => Promise<VerwijderState>;
  wat: string;
  gevolg: string;
  id: string;
}) {
  const t = useTranslations("formulier");
  const [state, dispatch, pending] = useActionState(actie, null);
  const afkeuringen = state?.uitkomst.status === "afgekeurd" ? state.uitkomst.afkeuringen : [];
  return (
    <details className="inline-block">
      <summary className="utrecht-link cursor-pointer">
        {t("verwijderen")}
        <span className="sr-only"> {wat}</span>
      </summary>
      <form
        action={dispatch}
        className="mt-2 flex max-w-md flex-col gap-2 rounded border border-[var(--bron-border)] bg-white p-3"
      >
        <p className="utrecht-paragraph">{gevolg}</p>
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="utrecht-button utrecht-button--secondary-action self-start"
        >
          {t("bevestigVerwijderen", { wat })}
        </button>
        {afkeuringen.length ? (
          <div role="alert">
            <p className="font-semibold">{t("nietVerwijderd")}</p>
            <FoutLijst id={`${id}-fout`} fouten={afkeuringen} />
          </div>
        ) : null}
      </form>
    </details>
  );
}
