"use client";
// Vaststellen with a confirmation that names the consequences before anything happens.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { vaststellenAction } from "@/lib/register/funding/actions";
import type { ActionState } from "@/lib/server/form-state";

export function VaststellenForm({
  sector,
  datum,
  label,
  omvang,
}: {
  sector: string;
  datum: string;
  label: string;
  omvang: string;
}) {
  const t = useTranslations("teldata");
  const [state, action, pending] = useActionState<ActionState, FormData>(vaststellenAction, null);
  return (
    <details>
      <summary className="utrecht-link cursor-pointer">{t("vaststellen")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2 rounded border border-[var(--bron-border)] p-3">
        <input type="hidden" name="sector" value={sector} />
        <input type="hidden" name="datum" value={datum} />
        <p className="max-w-prose">{t("gevolgen", { teldatum: label, sector })}</p>
        <p className="max-w-prose font-semibold">{omvang}</p>
        <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action self-start">
          {t("bevestig", { teldatum: label })}
        </button>
        {state ? (
          <p role="status" className={state.ok ? "text-[#2f7d32]" : "text-[var(--bron-error)]"}>
            {state.melding}
          </p>
        ) : null}
      </form>
    </details>
  );
}
