// The fields of the user form (create and edit), from the roles and the institutions.
import type { Rol } from "@/generated/prisma/enums";
import { ROLLEN } from "@/lib/beheer/gebruikers/validation";
import type { Veld } from "./beheer-form";

type T = (key: string) => string;

export function gebruikerVelden(
  t: T,
  instellingen: { brin: string; naam: string }[],
  huidig?: { naam: string; email: string; rol: Rol; instellingen: string[] },
): Veld[] {
  return [
    { soort: "tekst", name: "naam", label: t("naam"), defaultValue: huidig?.naam, required: true },
    { soort: "email", name: "email", label: t("email"), defaultValue: huidig?.email, required: true },
    {
      soort: "keuze",
      name: "rol",
      label: t("rol"),
      leeg: t("kiesRol"),
      opties: ROLLEN.map((r) => ({ value: r, label: t(`rollen.${r}`) })),
      defaultValue: huidig?.rol,
    },
    {
      soort: "vinkjes",
      name: "instellingen",
      label: t("instellingen"),
      hint: t("instellingenHint"),
      opties: instellingen.map((i) => ({ value: i.brin, label: `${i.naam} (${i.brin})` })),
      gekozen: huidig?.instellingen ?? [],
    },
  ];
}
