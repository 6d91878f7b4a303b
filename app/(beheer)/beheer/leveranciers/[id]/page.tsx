// `/beheer/leveranciers/[id]`: one supplier — its API clients (create: the secret is shown once;
// rotate; revoke) and the mandates schools granted it (read-only: schools manage them in the OSR).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MandatenTabel } from "@/components/osr/mandaten-tabel";
import { ActieKnop } from "@/components/beheer/toegang/actie-knop";
import { BeheerForm } from "@/components/beheer/toegang/beheer-form";
import { formatDateTime } from "@/components/ui/format";
import { leverancierMetMandaten } from "@/lib/beheer/clients/clients";
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/shared/dates";
import { sleutelStatus } from "@/lib/push/sleutel";
import {
  maakClientAction,
  roteerGeheimAction,
  roteerOndertekeningssleutelAction,
  trekClientInAction,
} from "@/lib/beheer/clients/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  await requireCapability("manageUsers");
  const l = await leverancierMetMandaten(db, (await params).id, todayIso());
  if (!l) notFound();
  return { title: l.naam };
}

export default async function LeverancierPage({ params }: Props) {
  await requireCapability("manageUsers");
  const l = await leverancierMetMandaten(db, (await params).id, todayIso());
  if (!l) notFound();
  const t = await getTranslations("toegang.leveranciers");
  const ts = await getTranslations("push.sleutel");
  const sleutel = await sleutelStatus(db, l.id);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/leveranciers" className="utrecht-link">
          {t("terug")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{l.naam}</h1>

      <section aria-labelledby="clients-kop" className="mb-8">
        <h2 id="clients-kop" className="utrecht-heading-2 mb-2">
          {t("clients")}
        </h2>
        {l.clients.length === 0 ? <p className="utrecht-paragraph">{t("geenClients")}</p> : null}
        {l.clients.map((c) => (
          <article
            key={c.id}
            aria-labelledby={`client-${c.id}`}
            className="mb-4 rounded border border-[var(--bron-border)] p-4"
          >
            <h3 id={`client-${c.id}`} className="utrecht-heading-3">
              {c.clientId}
            </h3>
            <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-semibold">{t("status")}</dt>
              <dd>{c.ingetrokkenOp ? t("ingetrokkenOp", { moment: formatDateTime(c.ingetrokkenOp) }) : t("actief")}</dd>
              <dt className="font-semibold">{t("thumbprint")}</dt>
              <dd className="break-all">{c.certThumbprint ?? "—"}</dd>
              <dt className="font-semibold">{t("rateLimit")}</dt>
              <dd>{c.rateLimit ?? t("standaard")}</dd>
              <dt className="font-semibold">{t("aangemaaktOp")}</dt>
              <dd>{formatDateTime(c.aangemaaktOp)}</dd>
            </dl>
            {c.ingetrokkenOp ? null : (
              <div className="flex flex-col gap-4">
                <ActieKnop
                  action={roteerGeheimAction.bind(null, l.id, c.id)}
                  knop={t("roteren", { clientId: c.clientId })}
                  bevestiging={{ openen: t("roterenOpenen", { clientId: c.clientId }), uitleg: t("roterenUitleg") }}
                  secundair
                />
                <ActieKnop
                  action={trekClientInAction.bind(null, l.id, c.id)}
                  knop={t("intrekken", { clientId: c.clientId })}
                  bevestiging={{ openen: t("intrekkenOpenen", { clientId: c.clientId }), uitleg: t("intrekkenUitleg") }}
                />
              </div>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="nieuwe-client-kop" className="mb-8">
        <h2 id="nieuwe-client-kop" className="utrecht-heading-2 mb-2">
          {t("nieuweClient")}
        </h2>
        <BeheerForm
          id="nieuwe-client"
          action={maakClientAction.bind(null, l.id)}
          velden={[
            { soort: "tekst", name: "clientId", label: t("clientId"), hint: t("clientIdHint"), required: true },
            { soort: "tekst", name: "certThumbprint", label: t("thumbprintOptioneel"), hint: t("thumbprintHint") },
            { soort: "tekst", name: "rateLimit", label: t("rateLimitOptioneel"), hint: t("rateLimitHint") },
          ]}
          knop={t("clientAanmaken")}
          leegNaSucces
        />
      </section>

      <section aria-labelledby="sleutel-kop" className="mb-8">
        <h2 id="sleutel-kop" className="utrecht-heading-2 mb-2">
          {ts("titel")}
        </h2>
        <p className="utrecht-paragraph mb-2 max-w-prose">{ts("uitleg")}</p>
        <p className="utrecht-paragraph mb-2">
          {sleutel.aangemaaktOp ? ts("aangemaakt", { moment: formatDateTime(sleutel.aangemaaktOp) }) : ts("geen")}
        </p>
        <ActieKnop
          action={roteerOndertekeningssleutelAction.bind(null, l.id)}
          knop={ts("roteren")}
          bevestiging={{ openen: ts("roterenOpenen"), uitleg: ts("roterenUitleg") }}
          secundair
        />
      </section>

      <section aria-labelledby="mandaten-kop">
        <h2 id="mandaten-kop" className="utrecht-heading-2 mb-2">
          {t("mandaten")}
        </h2>
        <p className="utrecht-paragraph mb-2 max-w-prose">{t("mandatenUitleg")}</p>
        {l.mandaten.length === 0 ? (
          <p className="utrecht-paragraph">{t("geenMandaten")}</p>
        ) : (
          <MandatenTabel mandaten={l.mandaten} caption={t("mandatenCaption", { naam: l.naam })} metSchool />
        )}
      </section>
    </>
  );
}
