"use client";
// Sets one verzuimmelding's behandelstatus (DUO staff; the server action checks the role again).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { zetBehandelstatusAction } from "@/lib/beheer/verzuim/actions";
import type { ActionState } from "@/lib/server/form-state";

export function BehandelstatusForm({
  id,
  volgnummer,
  huidig,
  statussen,
}: {
  id: number;
  volgnummer: string;
  huidig: string;
  statussen: readonly string[];
}) {
  const t = useTranslations("verzuimBeheer");
  const [state, action, pending] = useActionState<ActionState, FormData>(zetBehandelstatusAction, null);
  const veld = `behandelstatus-${id}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={veld} className="sr-only">
        {t("behandelstatusVan", { volgnummer })}
      </label>
      <select id={veld} name="behandelstatus" defaultValue={huidig} className="utrecht-select">
        {statussen.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="utrecht-button utrecht-button--secondary-action"
        aria-label={t("opslaanVan", { volgnummer })}
      >
        {t("opslaan")}
      </button>
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={`w-full text-sm ${state.ok ? "" : "text-[var(--bron-error)]"}`}
        >
          {state.melding}
        </p>
      ) : null}
    </form>
  );
}
