// `/beheer/referentie/import`: upload a RIO CSV; the next page previews what it would change.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/beheer/referentie/import-form";
import { requireSection } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("referentie.import");
  return { title: t("title") };
}

export default async function ImportPage() {
  await requireSection("beheer");
  const t = await getTranslations("referentie");
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/referentie" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("import.title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("import.intro")}</p>
      <ImportForm />
    </>
  );
}
