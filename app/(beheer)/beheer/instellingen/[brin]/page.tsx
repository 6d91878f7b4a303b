// `/beheer/instellingen/{brin}`: one institution as DUO reads it — uploads, latest meldingen,
// funding per teldatum and mandates. Read-only; an unknown brin is a 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SeriesBars } from "@/components/ui/bar-chart";
import { Leveringslog } from "@/components/push/leveringslog";
import { MeldingenTabel } from "@/components/register/meldingen-tabel";
import { formatDate, formatDateTime, formatGewicht } from "@/components/ui/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { Pager } from "@/components/uploads/pager";
import { requireSection } from "@/lib/auth/session";
import {
  instellingVoorBeheer,
  mandatenVan,
  RECENTE_MELDINGEN,
  recenteMeldingen,
} from "@/lib/beheer/overzicht/instelling";
import { db } from "@/lib/db";
import { bekostigingOverzicht } from "@/lib/register/funding/queries";
import { listUploads, paginaUit } from "@/lib/register/uploads/queries";
import { endpointStanden, leveringenPagina } from "@/lib/push/log";
import { opnieuwVersturenBeheerAction } from "@/lib/push/actions";

type Props = { params: Promise<{ brin: string }>; searchParams: Promise<{ pagina?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  await requireSection("beheer");
  const { brin } = await params;
  const instelling = /^[0-9]{2}[A-Z]{2}$/.test(brin) ? await instellingVoorBeheer(db, brin) : null;
  const t = await getTranslations("instellingBeheer");
  return { title: instelling ? t("title", { naam: instelling.naam, brin }) : brin };
}

export default async function InstellingBeheerPage({ params, searchParams }: Props) {
  await requireSection("beheer");
  const { brin } = await params;
  const instelling = /^[0-9]{2}[A-Z]{2}$/.test(brin) ? await instellingVoorBeheer(db, brin) : null;
  if (!instelling) notFound();
  const t = await getTranslations("instellingBeheer");
  const tu = await getTranslations("uploads");
  const tl = await getTranslations("lijst");
  const locale = await getLocale();
  const taal = locale === "en" ? "en" : "nl";
  const pagina = paginaUit((await searchParams).pagina);
  const tp = await getTranslations("push");
  const [uploads, meldingen, totalen, mandaten, standen, log] = await Promise.all([
    listUploads(db, brin, pagina),
    recenteMeldingen(db, brin),
    bekostigingOverzicht(db, brin, instelling.sector).then((o) => o.totalen),
    mandatenVan(db, brin),
    endpointStanden(db, brin),
    leveringenPagina(db, { brin }, 50, null),
  ]);
  const base = `/beheer/instellingen/${brin}`;

  return (
    <>
      <p className="mb-4">
        <Link href="/beheer" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("title", { naam: instelling.naam, brin })}</h1>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">{t("sector")}</dt>
        <dd>{instelling.sector}</dd>
        <dt className="font-semibold">{t("plaats")}</dt>
        <dd>{instelling.plaats}</dd>
        <dt className="font-semibold">{t("bestuur")}</dt>
        <dd>
          {instelling.bestuur.naam} ({instelling.bestuurscode})
        </dd>
        <dt className="font-semibold">{t("bekostigdeInstelling")}</dt>
        <dd>{instelling.bekostigd ? t("ja") : t("nee")}</dd>
      </dl>

      <section aria-labelledby="uploads" className="mb-8">
        <h2 id="uploads" className="utrecht-heading-2 mb-2">
          {t("uploads")}
        </h2>
        {uploads.items.length > 0 ? (
          <p className="mb-2">
            <a href={`${base}/uploads/export`} className="utrecht-link" download>
              {tl("export")}
            </a>
          </p>
        ) : null}
        {uploads.items.length === 0 ? (
          <p>{t("geenUploads")}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table
              headers={[
                t("datum"),
                t("bestand"),
                t("soort"),
                t("status"),
                t("rijen"),
                t("verwerkt"),
                t("afgekeurd"),
                t("signalen"),
              ]}
            >
              {uploads.items.map((u) => (
                <Row key={u.id}>
                  <Cell className="whitespace-nowrap">{formatDateTime(u.aangemaaktOp)}</Cell>
                  <Cell className="break-all">
                    <Link href={`${base}/uploads/${u.id}`} className="utrecht-link">
                      {u.bestandsnaam}
                    </Link>
                  </Cell>
                  <Cell>{tu.has(`soorten.${u.soort}`) ? tu(`soorten.${u.soort}`) : u.soort}</Cell>
                  <Cell>{t(`uploadStatus.${u.status}`)}</Cell>
                  <Cell>{u.rijen}</Cell>
                  <Cell>{u.verwerkt}</Cell>
                  <Cell>{u.afgekeurd}</Cell>
                  <Cell>{u.signalen}</Cell>
                </Row>
              ))}
            </Table>
          </div>
        )}
        <Pager
          label={t("uploadsPager")}
          pagina={uploads.pagina}
          paginas={uploads.paginas}
          href={(p) => `${base}?pagina=${p}#uploads`}
        />
      </section>

      <section aria-labelledby="bekostiging" className="mb-8">
        <h2 id="bekostiging" className="utrecht-heading-2 mb-2">
          {t("bekostiging")}
        </h2>
        <SeriesBars
          data={totalen.map((x) => ({ ...x, label: formatDate(x.teldatum) }))}
          xKey="label"
          label={t("bekostiging")}
          series={[
            { key: "bekostigd", name: t("bekostigd") },
            { key: "nietBekostigd", name: t("nietBekostigd") },
          ]}
        />
        <Table headers={[t("teldatum"), t("teldatumStatus"), t("bekostigd"), t("nietBekostigd"), t("gewicht")]}>
          {totalen.map((x) => (
            <Row key={x.teldatum}>
              <Cell>{formatDate(x.teldatum)}</Cell>
              <Cell>{x.status === "VASTGESTELD" ? t("definitief") : t("voorlopig")}</Cell>
              <Cell>{x.bekostigd}</Cell>
              <Cell>{x.nietBekostigd}</Cell>
              <Cell>{formatGewicht(x.gewicht, locale)}</Cell>
            </Row>
          ))}
        </Table>
      </section>

      <section aria-labelledby="mandaten" className="mb-8">
        <h2 id="mandaten" className="utrecht-heading-2 mb-2">
          {t("mandaten")}
        </h2>
        {mandaten.length === 0 ? (
          <p>{t("geenMandaten")}</p>
        ) : (
          <Table headers={[t("leverancier"), t("dienst"), t("begindatum"), t("einddatum")]}>
            {mandaten.map((m) => (
              <Row key={m.id}>
                <Cell>{m.leverancier.naam}</Cell>
                <Cell>{m.dienst}</Cell>
                <Cell>{formatDate(m.begindatum)}</Cell>
                <Cell>{m.einddatum ? formatDate(m.einddatum) : "—"}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="push" className="mb-8">
        <h2 id="push" className="utrecht-heading-2 mb-2">
          {tp("title")}
        </h2>
        <Leveringslog
          standen={standen}
          rijen={log.rijen}
          caption={tp("caption")}
          opnieuw={opnieuwVersturenBeheerAction.bind(null, brin)}
        />
      </section>

      <section aria-labelledby="meldingen">
        <h2 id="meldingen" className="utrecht-heading-2 mb-2">
          {t("meldingen", { aantal: RECENTE_MELDINGEN })}
        </h2>
        <MeldingenTabel meldingen={meldingen} taal={taal} limit={RECENTE_MELDINGEN} />
        <p className="mt-2">
          <Link href={`${base}/meldingen`} className="utrecht-link">
            {tl("alleMeldingen")}
          </Link>
        </p>
      </section>
    </>
  );
}
