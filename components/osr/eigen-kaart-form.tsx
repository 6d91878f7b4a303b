"use client";
// "Mijn gegevens": one form per contact card, for the card's owner only. A refused save keeps what
// was typed and says per field what is wrong.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { OsrContext } from "@/generated/prisma/enums";
import type { ActionState } from "@/lib/server/form-state";
import { ContextenVeld, FoutSamenvatting, StatusMelding, TekstVeld } from "./velden";
import { useContextNamen } from "./use-context-namen";

export type EigenKaartGegevens = {
  id: string;
  brin: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
  contexten: OsrContext[];
};

const VELDEN = ["naam", "functie", "email", "telefoon", "contexten"] as const;

export function EigenKaartForm({
  kaart,
  action,
}: {
  kaart: EigenKaartGegevens;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("osr");
  const namen = useContextNamen();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const id = (veld: string) => `kaart-${kaart.brin}-${veld}`;
  const waarde = (veld: "naam" | "functie" | "email" | "telefoon") => {
    const posted = state && !state.ok ? state.waarden?.[veld] : undefined;
    return typeof posted === "string" ? posted : (kaart[veld] ?? "");
  };
  const posted = state && !state.ok ? state.waarden?.contexten : undefined;
  const gekozen = Array.isArray(posted) ? posted : kaart.contexten;
  const fouten =
    state && !state.ok
      ? VELDEN.filter((v) => state.velden[v]).map((v) => ({ id: id(v), melding: state.velden[v]! }))
      : [];

  return (
    <div className="flex flex-col gap-4">
      {/* Keyed by what was posted: a refused form remounts with the typed values, not React's reset to the old ones. */}
      <form key={JSON.stringify(state?.waarden ?? null)} action={formAction} noValidate className="flex flex-col gap-4">
        <input type="hidden" name="kaartId" value={kaart.id} />
        {state && !state.ok ? (
          <FoutSamenvatting titel={t("fouten.samenvatting")} melding={state.melding} fouten={fouten} />
        ) : null}
        <TekstVeld
          id={id("naam")}
          name="naam"
          label={t("naam")}
          fout={state?.velden.naam}
          defaultValue={waarde("naam")}
          autoComplete="name"
          required
        />
        <TekstVeld
          id={id("functie")}
          name="functie"
          label={t("functie")}
          fout={state?.velden.functie}
          defaultValue={waarde("functie")}
          autoComplete="organization-title"
        />
        <TekstVeld
          id={id("email")}
          name="email"
          type="email"
          label={t("email")}
          fout={state?.velden.email}
          defaultValue={waarde("email")}
          autoComplete="email"
        />
        <TekstVeld
          id={id("telefoon")}
          name="telefoon"
          type="tel"
          label={t("telefoon")}
          hint={t("telefoonHint")}
          fout={state?.velden.telefoon}
          defaultValue={waarde("telefoon")}
          autoComplete="tel"
        />
        <ContextenVeld
          id={id("contexten")}
          legend={t("contexten")}
          hint={t("contextenHint")}
          fout={state?.velden.contexten}
          gekozen={gekozen}
          namen={namen}
          beperktLabel={t("beperkt")}
        />
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="utrecht-button utrecht-button--primary-action self-start"
        >
          {pending ? t("bezig") : t("opslaan")}
        </button>
      </form>
      <StatusMelding melding={state?.ok ? state.melding : undefined} />
    </div>
  );
}
