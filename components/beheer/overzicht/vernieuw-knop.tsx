"use client";
// The "Nu vernieuwen" button of the national overview (DUO_BEHEERDER only; the action checks again).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { vernieuwOverzichtAction } from "@/lib/beheer/overzicht/actions";
import type { ActionState } from "@/lib/server/form-state";

export function VernieuwKnop() {
  const t = useTranslations("overzicht");
  const [state, action, pending] = useActionState<ActionState, FormData>(vernieuwOverzichtAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <button type="submit" disabled={pending} className="utrecht-button utrecht-button--secondary-action">
        {pending ? t("vernieuwenBezig") : t("vernieuwen")}
      </button>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "" : "text-[var(--bron-error)]"}>
          {state.melding}
        </p>
      ) : null}
    </form>
  );
}
