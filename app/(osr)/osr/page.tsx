// `/osr`: "Mijn gegevens" — the user's own contact card(s), one per school, each editable by them only.
import { getTranslations } from "next-intl/server";
import { EigenKaartForm } from "@/components/osr/eigen-kaart-form";
import { formatDateTime } from "@/components/ui/format";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { eigenKaarten } from "@/lib/osr/contactkaarten";
import { slaEigenKaartOp } from "@/lib/osr/actions";

export async function generateMetadata() {
  const t = await getTranslations("osr");
  return { title: t("title") };
}

export default async function MijnGegevens() {
  const user = await requireSection("osr");
  const t = await getTranslations("osr");
  const kaarten = await eigenKaarten(db, user.id);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      {kaarten.length === 0 ? (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("noCards")}</p>
      ) : null}
      <div className="flex flex-col gap-8">
        {kaarten.map((k) => (
          <section
            key={k.id}
            aria-labelledby={`kaart-${k.brin}`}
            className="rounded border border-[var(--bron-border)] p-4"
          >
            <h2 id={`kaart-${k.brin}`} className="utrecht-heading-2 mb-1">
              {t("card", { naam: k.instellingNaam, brin: k.brin })}
            </h2>
            <p className="mb-4 text-sm text-[var(--bron-muted)]">
              {t("gewijzigdOp", { moment: formatDateTime(k.gewijzigdOp) })}
            </p>
            {k.verborgen ? (
              <div className="utrecht-alert utrecht-alert--info mb-4">
                <p className="utrecht-paragraph">{t("verborgen")}</p>
              </div>
            ) : null}
            <EigenKaartForm
              kaart={{
                id: k.id,
                brin: k.brin,
                naam: k.naam,
                functie: k.functie,
                email: k.email,
                telefoon: k.telefoon,
                contexten: k.contexten,
              }}
              action={slaEigenKaartOp}
            />
          </section>
        ))}
      </div>
    </>
  );
}
