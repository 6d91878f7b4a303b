// `/beheer/gebruikers/nieuw`: a new portal user; the initial password is shown once after saving.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BeheerForm } from "@/components/beheer/toegang/beheer-form";
import { gebruikerVelden } from "@/components/beheer/toegang/gebruiker-velden";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { instellingKeuzes } from "@/lib/rio/queries";
import { maakGebruikerAction } from "@/lib/beheer/gebruikers/actions";

export async function generateMetadata() {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.gebruikers");
  return { title: t("nieuwTitle") };
}

export default async function NieuweGebruikerPage() {
  await requireCapability("manageUsers");
  const t = await getTranslations("toegang.gebruikers");
  const instellingen = await instellingKeuzes(db);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/gebruikers" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("nieuwTitle")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("nieuwIntro")}</p>
      <BeheerForm
        id="nieuwe-gebruiker"
        action={maakGebruikerAction}
        velden={gebruikerVelden(t, instellingen)}
        knop={t("aanmaken")}
        leegNaSucces
      />
    </>
  );
}
