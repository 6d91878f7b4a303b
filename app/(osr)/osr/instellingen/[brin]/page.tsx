// `/osr/instellingen/{brin}`: the school's OSR page for its beheerder — the addresses and endpoints
// its mandated supplier delivered, who delivered them and when, and the way to employees and mandates.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GeleverdeAdressen, GeleverdeEndpoints } from "@/components/osr/leveringen";
import { Leveringslog } from "@/components/push/leveringslog";
import { db } from "@/lib/db";
import { leveringenVanSchool } from "@/lib/osr/leveringen";
import { requireSchoolBeheer } from "@/lib/osr/toegang";
import { endpointStanden, leveringenPagina } from "@/lib/push/log";
import { opnieuwVersturenAction } from "@/lib/push/actions";

type Props = { params: Promise<{ brin: string }>; searchParams: Promise<{ voor?: string | string[] }> };

const LOG_PAGINA = 50;

export async function generateMetadata({ params }: Props) {
  const { instelling } = await requireSchoolBeheer((await params).brin);
  const t = await getTranslations("osr.schoolbeheer");
  return { title: t("title", { naam: instelling.naam }) };
}

export default async function SchoolOsr({ params, searchParams }: Props) {
  const { brin } = await params;
  const { instelling } = await requireSchoolBeheer(brin);
  const t = await getTranslations("osr");
  const tp = await getTranslations("push");
  const rawVoor = (await searchParams).voor;
  const voor = typeof rawVoor === "string" && /^\d{1,10}$/.test(rawVoor) ? Number(rawVoor) : null;
  const [{ adressen, endpoints }, standen, log] = await Promise.all([
    leveringenVanSchool(db, brin),
    endpointStanden(db, brin),
    leveringenPagina(db, { brin }, LOG_PAGINA, voor),
  ]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("schoolbeheer.title", { naam: instelling.naam })}</h1>
      <p className="utrecht-paragraph mb-2 max-w-prose">{t("schoolbeheer.intro")}</p>
      <ul className="utrecht-unordered-list mb-6">
        <li>
          <Link href={`/osr/instellingen/${brin}/medewerkers`} className="utrecht-link">
            {t("nav.medewerkers")}
          </Link>
        </li>
        <li>
          <Link href={`/osr/instellingen/${brin}/mandaten`} className="utrecht-link">
            {t("nav.mandaten")}
          </Link>
        </li>
        <li>
          <Link href={`/osr/telefoonboek/${brin}`} className="utrecht-link">
            {t("schoolbeheer.telefoonboekLink")}
          </Link>
        </li>
      </ul>
      <h2 className="utrecht-heading-2 mb-2">{t("telefoonboek.adressen")}</h2>
      <div className="mb-8">
        <GeleverdeAdressen adressen={adressen} />
      </div>
      <h2 className="utrecht-heading-2 mb-2">{t("telefoonboek.endpoints")}</h2>
      <GeleverdeEndpoints
        endpoints={endpoints}
        caption={t("telefoonboek.endpointsCaption", { naam: instelling.naam })}
      />
      <h2 className="utrecht-heading-2 mt-8 mb-2">{tp("title")}</h2>
      <p className="utrecht-paragraph mb-2 max-w-prose">{tp("intro")}</p>
      <Leveringslog
        standen={standen}
        rijen={log.rijen}
        caption={tp("caption")}
        opnieuw={opnieuwVersturenAction.bind(null, brin)}
        ouderHref={log.volgende ? `/osr/instellingen/${brin}?voor=${log.volgende}` : null}
      />
    </>
  );
}
