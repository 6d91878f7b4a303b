// `/beheer/personen`: DUO staff look up one person by PGN across every institution, with a reason
// that is logged before anything is shown. The PGN goes by POST only (no PGN in URLs).
import { getTranslations } from "next-intl/server";
import { PersoonZoeken } from "@/components/beheer/personen/persoon-zoeken";
import { requireCapability } from "@/lib/auth/session";
import { REDEN_MIN } from "@/lib/beheer/personen/zoek";

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("personen");
  return { title: t("title") };
}

export default async function PersonenPage() {
  await requireCapability("searchPersons");
  const t = await getTranslations("personen");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <PersoonZoeken redenMin={REDEN_MIN} />
    </>
  );
}
