// `/beheer/referentie/{soort}/nieuw`: add one RIO record.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReferentieForm } from "@/components/beheer/referentie/referentie-form";
import { requireSection } from "@/lib/auth/session";
import { isReferentieSoort } from "@/lib/rio/referentie";

type Props = { params: Promise<{ soort: string }> };

export default async function ReferentieNieuw({ params }: Props) {
  await requireSection("beheer");
  const { soort } = await params;
  if (!isReferentieSoort(soort)) notFound();
  const t = await getTranslations("referentie");
  return (
    <>
      <p className="mb-2">
        <Link href={`/beheer/referentie/${soort}`} className="utrecht-link">
          {t("terugNaar", { soort: t(`soorten.${soort}`) })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t(`nieuw.${soort}`)}</h1>
      <ReferentieForm soort={soort} waarden={{}} modus="nieuw" />
    </>
  );
}
