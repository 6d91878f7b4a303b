// `/beheer/gebruikers/[id]`: one user — edit name, e-mail, role and institutions; deactivate or
// reactivate (not oneself); reset the password (the new one is shown once).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActieKnop } from "@/components/beheer/toegang/actie-knop";
import { BeheerForm } from "@/components/beheer/toegang/beheer-form";
import { gebruikerVelden } from "@/components/beheer/toegang/gebruiker-velden";
import { gebruiker } from "@/lib/beheer/gebruikers/gebruikers";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";
import { resetWachtwoordAction, wijzigGebruikerAction, zetActiefAction } from "@/lib/beheer/gebruikers/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  await requireCapability("manageUsers");
  const g = await gebruiker(db, (await params).id);
  if (!g) notFound();
  return { title: g.naam };
}

export default async function GebruikerPage({ params }: Props) {
  const user = await requireCapability("manageUsers");
  const { id } = await params;
  const g = await gebruiker(db, id);
  if (!g) notFound();
  const t = await getTranslations("toegang.gebruikers");
  const instellingen = await instellingKeuzes(db);
  const zelf = g.id === user.id;
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/gebruikers" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{g.naam}</h1>
      <p className="utrecht-paragraph mb-6">
        {g.email} · {t(`rollen.${g.rol}`)} · {g.actief ? t("actief") : t("inactief")}
      </p>

      <section aria-labelledby="gegevens" className="mb-8">
        <h2 id="gegevens" className="utrecht-heading-2 mb-2">
          {t("gegevens")}
        </h2>
        <BeheerForm
          id="gebruiker"
          action={wijzigGebruikerAction.bind(null, g.id)}
          velden={gebruikerVelden(t, instellingen, g)}
          knop={t("opslaan")}
        />
      </section>

      <section aria-labelledby="toegang" className="mb-8 flex flex-col gap-6">
        <h2 id="toegang" className="utrecht-heading-2">
          {t("toegang")}
        </h2>
        {zelf ? (
          <p className="utrecht-paragraph">{t("zelfUitleg")}</p>
        ) : g.actief ? (
          <ActieKnop
            action={zetActiefAction.bind(null, g.id, false)}
            knop={t("deactiveren")}
            bevestiging={{ openen: t("deactiverenOpenen"), uitleg: t("deactiverenUitleg") }}
          />
        ) : (
          <ActieKnop action={zetActiefAction.bind(null, g.id, true)} knop={t("heractiveren")} secundair />
        )}
        <ActieKnop
          action={resetWachtwoordAction.bind(null, g.id)}
          knop={t("wachtwoordResetten")}
          bevestiging={{ openen: t("wachtwoordResettenOpenen"), uitleg: t("wachtwoordResettenUitleg") }}
          secundair
        />
      </section>
    </>
  );
}
