"use client";
// Confirm a previewed import: only now are the reference data changed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { importToepassenAction } from "@/lib/rio/actions";
import type { ActionState } from "@/lib/server/form-state";

export function ToepassenForm({ id, gevolgen }: { id: string; gevolgen: string }) {
  const t = useTranslations("referentie.import");
  const [state, action, pending] = useActionState<ActionState, FormData>(importToepassenAction, null);
  return (
    <form action={action} className="mt-6 flex flex-col gap-2 rounded border border-[var(--bron-border)] bg-white p-4">
      <input type="hidden" name="id" value={id} />
      <p className="max-w-prose">{gevolgen}</p>
      <button type="submit" disabled={pending} className="utrecht-button utrecht-button--primary-action self-start">
        {t("toepassen")}
      </button>
      {state ? (
        <p role="alert" className="text-[var(--bron-error)]">
          {state.melding}
        </p>
      ) : null}
    </form>
  );
}
