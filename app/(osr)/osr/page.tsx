// `/osr`: the user's own contact card(s), one per school.
import { getTranslations } from "next-intl/server";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function OsrHome() {
  const user = await requireSection("osr");
  const t = await getTranslations("osr");
  const kaarten = await db.contactkaart.findMany({ where: { gebruikerId: user.id }, orderBy: { brin: "asc" } });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6">{t("intro")}</p>
      {kaarten.length === 0 ? <p className="utrecht-paragraph">{t("noCards")}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {kaarten.map((k) => (
          <section key={k.id} aria-labelledby={`kaart-${k.brin}`} className="rounded border border-[var(--bron-border)] p-4">
            <h2 id={`kaart-${k.brin}`} className="utrecht-heading-3 mb-2">
              {t("card", { brin: k.brin })}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("naam")}</dt>
              <dd>{k.naam}</dd>
              <dt className="font-semibold">{t("functie")}</dt>
              <dd>{k.functie ?? t("geen")}</dd>
              <dt className="font-semibold">{t("email")}</dt>
              <dd>{k.email ?? t("geen")}</dd>
              <dt className="font-semibold">{t("telefoon")}</dt>
              <dd>{k.telefoon ?? t("geen")}</dd>
              <dt className="font-semibold">{t("contexten")}</dt>
              <dd>{k.contexten.length ? k.contexten.join(", ") : t("geen")}</dd>
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
