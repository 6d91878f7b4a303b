"use client";
// DUO_BEHEERDER adds a teldatum; every student of the sector is then assessed on it (a recompute).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { voegTeldatumToeAction } from "@/lib/register/funding/actions";
import type { ActionState } from "@/lib/server/form-state";

export function TeldatumForm() {
  const t = useTranslations("teldata");
  const [state, action, pending] = useActionState<ActionState, FormData>(voegTeldatumToeAction, null);
  return (
    <form
      action={action}
      className="mb-8 flex flex-wrap items-end gap-4 rounded border border-[var(--bron-border)] bg-white p-4"
      aria-labelledby="teldatum-toevoegen"
    >
      <h2 id="teldatum-toevoegen" className="utrecht-heading-3 w-full">
        {t("toevoegen")}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor="nieuwe-sector" className="font-semibold">
          {t("sector")}
        </label>
        <select id="nieuwe-sector" name="sector" className="utrecht-select" defaultValue="MBO">
          <option value="MBO">MBO</option>
          <option value="PO">PO</option>
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="nieuwe-datum" className="font-semibold">
          {t("teldatum")}
        </label>
        <input
          id="nieuwe-datum"
          name="datum"
          type="date"
          required
          className="utrecht-textbox"
          aria-describedby="nieuwe-teldatum-uitleg"
        />
      </div>
      <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action">
        {t("toevoegenKnop")}
      </button>
      <p id="nieuwe-teldatum-uitleg" className="w-full max-w-prose text-sm">
        {t("toevoegenUitleg")}
      </p>
      {state ? (
        <p role="alert" className="w-full text-[var(--bron-error)]">
          {state.melding}
        </p>
      ) : null}
    </form>
  );
}
