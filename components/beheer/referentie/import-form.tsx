"use client";
// Upload a RIO CSV: the server parses it and shows a preview; nothing changes before the confirmation.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importVoorbereidenAction } from "@/lib/rio/actions";
import type { ActionState } from "@/lib/server/form-state";

const MAX_BYTES = 900_000;

export function ImportForm() {
  const t = useTranslations("referentie.import");
  const [state, action, pending] = useActionState<ActionState, FormData>(importVoorbereidenAction, null);
  const [tooBig, setTooBig] = useState(false);
  const melding = tooBig ? t("teGroot") : state?.melding;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("bestand") as HTMLInputElement).files?.[0];
        const big = (file?.size ?? 0) > MAX_BYTES;
        setTooBig(big);
        if (big) event.preventDefault();
      }}
      className="mb-8 flex flex-col gap-4 rounded border border-[var(--bron-border)] bg-white p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="import-soort" className="font-semibold">
          {t("soort")}
        </label>
        <select id="import-soort" name="soort" className="utrecht-select max-w-80" defaultValue="licenties">
          {(["instellingen", "vestigingen", "opleidingen", "licenties"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`soorten.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="import-bestand" className="font-semibold">
          {t("bestand")}
        </label>
        <input
          id="import-bestand"
          name="bestand"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="import-uitleg"
        />
        <p id="import-uitleg" className="max-w-prose text-sm">
          {t("uitleg")}
        </p>
      </div>
      <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action self-start">
        {t("voorbereiden")}
      </button>
      {melding ? (
        <p role="alert" className="whitespace-pre-line text-[var(--bron-error)]">
          {melding}
        </p>
      ) : null}
    </form>
  );
}
