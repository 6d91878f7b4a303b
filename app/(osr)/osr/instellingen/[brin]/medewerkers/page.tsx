// `/osr/instellingen/{brin}/medewerkers`: the school's beheerder invites and removes employees,
// assigns their contexten and hides cards — never their contact details, which are theirs.
import { getTranslations } from "next-intl/server";
import { ActieForm } from "@/components/ui/actie-form";
import { UitnodigingForm } from "@/components/osr/uitnodiging-form";
import { ContextenVeld } from "@/components/osr/velden";
import { db } from "@/lib/db";
import type { OsrContext } from "@/generated/prisma/enums";
import { schoolKaarten } from "@/lib/osr/contactkaarten";
import { CONTEXTEN } from "@/lib/osr/contexten";
import { requireSchoolBeheer } from "@/lib/osr/toegang";
import {
  nodigMedewerkerUit,
  verwijderMedewerkerAction,
  wijsContextenToeAction,
  zetVerborgenAction,
} from "@/lib/osr/actions";

type Props = {
  params: Promise<{ brin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { instelling } = await requireSchoolBeheer((await params).brin);
  const t = await getTranslations("osr.medewerkers");
  return { title: t("title", { naam: instelling.naam }) };
}

export default async function Medewerkers({ params, searchParams }: Props) {
  const { brin } = await params;
  const { user, instelling } = await requireSchoolBeheer(brin);
  const t = await getTranslations("osr");
  const shell = await getTranslations("shell");
  const kaarten = await schoolKaarten(db, brin);
  const verwijderd = (await searchParams).verwijderd === "1";
  const namen = Object.fromEntries(CONTEXTEN.map((c) => [c, t(`contextNamen.${c}`)])) as Record<OsrContext, string>;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("medewerkers.title", { naam: instelling.naam })}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("medewerkers.intro")}</p>
      <div role="status" className="mb-4">
        {verwijderd ? (
          <div className="utrecht-alert utrecht-alert--ok">
            <p className="utrecht-paragraph">{t("medewerkers.verwijderd")}</p>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="uitnodigen" className="mb-8 rounded border border-[var(--bron-border)] p-4">
        <h2 id="uitnodigen" className="utrecht-heading-2 mb-1">
          {t("medewerkers.uitnodigen")}
        </h2>
        <p className="utrecht-paragraph mb-4 max-w-prose">{t("medewerkers.uitnodigenIntro")}</p>
        <UitnodigingForm action={nodigMedewerkerUit.bind(null, brin)} />
      </section>

      <h2 className="utrecht-heading-2 mb-2">
        {t("medewerkers.lijst")}{" "}
        <span className="text-base font-normal">({t("medewerkers.aantal", { aantal: kaarten.length })})</span>
      </h2>
      <ul className="flex flex-col gap-4">
        {kaarten.map((k) => {
          const zelf = k.gebruikerId === user.id;
          return (
            <li key={k.id}>
              <article
                aria-labelledby={`medewerker-${k.id}`}
                className="rounded border border-[var(--bron-border)] p-4"
              >
                <h3 id={`medewerker-${k.id}`} className="utrecht-heading-3 mb-2">
                  {k.naam} {zelf ? <span className="text-base font-normal">{t("medewerkers.uzelf")}</span> : null}
                </h3>
                <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">{t("medewerkers.account")}</dt>
                  <dd>{k.accountEmail}</dd>
                  <dt className="font-semibold">{t("medewerkers.rol")}</dt>
                  <dd>{shell(`roles.${k.rol}`)}</dd>
                  <dt className="font-semibold">{t("functie")}</dt>
                  <dd>{k.functie ?? "—"}</dd>
                  <dt className="font-semibold">{t("email")}</dt>
                  <dd>{k.email ?? "—"}</dd>
                  <dt className="font-semibold">{t("telefoon")}</dt>
                  <dd>{k.telefoon ?? "—"}</dd>
                  <dt className="font-semibold">{t("medewerkers.zichtbaarheid")}</dt>
                  <dd>{k.verborgen ? t("medewerkers.verborgenStatus") : t("medewerkers.zichtbaar")}</dd>
                </dl>
                <div className="flex flex-col gap-4">
                  <ActieForm
                    action={wijsContextenToeAction.bind(null, brin)}
                    knop={t("medewerkers.contextenOpslaan")}
                    secundair
                  >
                    <input type="hidden" name="kaartId" value={k.id} />
                    <ContextenVeld
                      id={`contexten-${k.id}`}
                      legend={t("medewerkers.contextenToewijzen", { naam: k.naam })}
                      gekozen={k.contexten}
                      namen={namen}
                      beperktLabel={t("beperkt")}
                    />
                  </ActieForm>
                  <ActieForm
                    action={zetVerborgenAction.bind(null, brin)}
                    knop={
                      k.verborgen ? t("medewerkers.toon", { naam: k.naam }) : t("medewerkers.verberg", { naam: k.naam })
                    }
                    secundair
                  >
                    <input type="hidden" name="kaartId" value={k.id} />
                    <input type="hidden" name="verborgen" value={k.verborgen ? "nee" : "ja"} />
                  </ActieForm>
                  {!zelf ? (
                    <ActieForm
                      action={verwijderMedewerkerAction.bind(null, brin)}
                      knop={t("medewerkers.verwijderBevestig", { naam: k.naam })}
                      bevestiging={{
                        openen: t("medewerkers.verwijderen", { naam: k.naam }),
                        uitleg: t("medewerkers.verwijderUitleg", { naam: k.naam, school: instelling.naam }),
                      }}
                    >
                      <input type="hidden" name="kaartId" value={k.id} />
                    </ActieForm>
                  ) : null}
                </div>
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
