// `/osr/instellingen/{brin}/mandaten`: the school's beheerder grants a leverancier a mandate per
// dienst, ends one (at once for the API) and sees the list.
import { getTranslations } from "next-intl/server";
import { ActieForm } from "@/components/ui/actie-form";
import { MandaatForm } from "@/components/osr/mandaat-form";
import { MandatenTabel } from "@/components/osr/mandaten-tabel";
import { db } from "@/lib/db";
import { leveranciers, mandatenVanSchool } from "@/lib/osr/mandaten";
import { requireSchoolBeheer } from "@/lib/osr/toegang";
import { todayIso } from "@/lib/shared/dates";
import { beeindigMandaatAction, verleenMandaatAction } from "@/lib/osr/actions";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { instelling } = await requireSchoolBeheer((await params).brin);
  const t = await getTranslations("osr.mandaten");
  return { title: t("title", { naam: instelling.naam }) };
}

export default async function Mandaten({ params, searchParams }: Props) {
  const { brin } = await params;
  const { instelling } = await requireSchoolBeheer(brin);
  const t = await getTranslations("osr");
  const tl = await getTranslations("lijst");
  const vandaag = todayIso();
  const beeindigd = (await searchParams).beeindigd === "1";
  const [mandaten, alleLeveranciers] = await Promise.all([mandatenVanSchool(db, brin, vandaag), leveranciers(db)]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("mandaten.title", { naam: instelling.naam })}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("mandaten.intro")}</p>
      <div role="status" className="mb-4">
        {beeindigd ? (
          <div className="utrecht-alert utrecht-alert--ok">
            <p className="utrecht-paragraph">{t("mandaten.beeindigd")}</p>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="verlenen" className="mb-8 rounded border border-[var(--bron-border)] p-4">
        <h2 id="verlenen" className="utrecht-heading-2 mb-4">
          {t("mandaten.verlenen")}
        </h2>
        <MandaatForm action={verleenMandaatAction.bind(null, brin)} leveranciers={alleLeveranciers} vandaag={vandaag} />
      </section>

      <h2 className="utrecht-heading-2 mb-2">{t("mandaten.lijst")}</h2>
      {mandaten.length === 0 ? (
        <p className="utrecht-paragraph rounded bg-[var(--bron-subtle)] p-4">{t("mandaten.geen")}</p>
      ) : (
        <>
          <p className="mb-2">
            <a href={`/osr/instellingen/${brin}/mandaten/export`} className="utrecht-link" download>
              {tl("export")}
            </a>
          </p>
          <MandatenTabel
            mandaten={mandaten}
            caption={t("mandaten.caption", { naam: instelling.naam })}
            actie={(m) =>
              m.status === "BEEINDIGD" ? null : (
                <ActieForm
                  action={beeindigMandaatAction.bind(null, brin)}
                  knop={t("mandaten.beeindigBevestig", {
                    leverancier: m.leverancierNaam,
                    dienst: t(`dienstNamen.${m.dienst}`),
                  })}
                  bevestiging={{
                    openen: t("mandaten.beeindigen", {
                      leverancier: m.leverancierNaam,
                      dienst: t(`dienstNamen.${m.dienst}`),
                    }),
                    uitleg: t("mandaten.beeindigUitleg"),
                  }}
                >
                  <input type="hidden" name="mandaatId" value={m.id} />
                </ActieForm>
              )
            }
          />
        </>
      )}
    </>
  );
}
