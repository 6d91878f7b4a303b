"use client";
// The beheerder invites an employee. A new account's initial password is shown here once, in the
// answer to this request only: it is stored nowhere but as a hash.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/server/form-state";
import { FoutSamenvatting, TekstVeld } from "./velden";

export function UitnodigingForm({
  action,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("osr");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const refused = state && !state.ok ? state : null;
  const waarde = (veld: string) =>
    typeof refused?.waarden?.[veld] === "string" ? (refused.waarden[veld] as string) : "";
  const fouten = refused
    ? (["naam", "email"] as const)
        .filter((v) => refused.velden[v])
        .map((v) => ({ id: `uitnodiging-${v}`, melding: refused.velden[v]! }))
    : [];
  return (
    <div className="flex flex-col gap-4">
      <form
        key={JSON.stringify(refused?.waarden ?? null)}
        action={formAction}
        noValidate
        className="flex flex-col gap-4"
      >
        {refused ? (
          <FoutSamenvatting titel={t("fouten.samenvatting")} melding={refused.melding} fouten={fouten} />
        ) : null}
        <TekstVeld
          id="uitnodiging-naam"
          name="naam"
          label={t("medewerkers.naam")}
          fout={refused?.velden.naam}
          defaultValue={waarde("naam")}
          autoComplete="off"
          required
        />
        <TekstVeld
          id="uitnodiging-email"
          name="email"
          type="email"
          label={t("medewerkers.email")}
          fout={refused?.velden.email}
          defaultValue={waarde("email")}
          autoComplete="off"
          required
        />
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="utrecht-button utrecht-button--primary-action self-start"
        >
          {pending ? t("bezig") : t("medewerkers.nodigUit")}
        </button>
      </form>
      <div role="status">
        {state?.ok ? (
          <div className="utrecht-alert utrecht-alert--ok flex flex-col gap-2">
            <p className="utrecht-paragraph font-semibold">{state.melding}</p>
            {state.wachtwoord ? (
              <>
                <p className="utrecht-paragraph">
                  {t("medewerkers.wachtwoord")}:{" "}
                  <code className="rounded bg-white px-2 py-1 text-lg font-semibold">{state.wachtwoord}</code>
                </p>
                <p className="utrecht-paragraph">{t("medewerkers.wachtwoordUitleg")}</p>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
