"use client";
// The beheerder grants a leverancier a mandate for one dienst from a date (until a date, optional).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/server/form-state";
import { DIENSTEN } from "@/lib/osr/contexten";
import { FoutSamenvatting, KeuzeVeld, StatusMelding, TekstVeld } from "./velden";

const VELDEN = ["leverancierId", "dienst", "begindatum", "einddatum"] as const;

export function MandaatForm({
  action,
  leveranciers,
  vandaag,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  leveranciers: { id: string; naam: string }[];
  vandaag: string;
}) {
  const t = useTranslations("osr");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const refused = state && !state.ok ? state : null;
  const waarde = (veld: string, standaard = "") =>
    typeof refused?.waarden?.[veld] === "string" ? (refused.waarden[veld] as string) : standaard;
  const fouten = refused
    ? VELDEN.filter((v) => refused.velden[v]).map((v) => ({ id: `mandaat-${v}`, melding: refused.velden[v]! }))
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
        <KeuzeVeld
          id="mandaat-leverancierId"
          name="leverancierId"
          label={t("mandaten.leverancier")}
          leeg={t("mandaten.kies")}
          fout={refused?.velden.leverancierId}
          defaultValue={waarde("leverancierId")}
          opties={leveranciers.map((l) => ({ value: l.id, label: l.naam }))}
        />
        <KeuzeVeld
          id="mandaat-dienst"
          name="dienst"
          label={t("mandaten.dienst")}
          leeg={t("mandaten.kies")}
          fout={refused?.velden.dienst}
          defaultValue={waarde("dienst")}
          opties={DIENSTEN.map((d) => ({ value: d, label: t(`dienstNamen.${d}`) }))}
        />
        <TekstVeld
          id="mandaat-begindatum"
          name="begindatum"
          type="date"
          label={t("mandaten.begindatum")}
          fout={refused?.velden.begindatum}
          defaultValue={waarde("begindatum", vandaag)}
          required
        />
        <TekstVeld
          id="mandaat-einddatum"
          name="einddatum"
          type="date"
          label={t("mandaten.einddatum")}
          hint={t("mandaten.einddatumHint")}
          fout={refused?.velden.einddatum}
          defaultValue={waarde("einddatum")}
        />
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending}
          className="utrecht-button utrecht-button--primary-action self-start"
        >
          {pending ? t("bezig") : t("mandaten.verleen")}
        </button>
      </form>
      <StatusMelding melding={state?.ok ? state.melding : undefined} />
    </div>
  );
}
