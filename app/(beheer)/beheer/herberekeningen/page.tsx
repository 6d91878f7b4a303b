// `/beheer/herberekeningen`: the recomputes that reference-data changes started, newest first, with
// live progress while one runs.
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/beheer/auto-refresh";
import { formatDateTime } from "@/components/ui/format";
import { ProgressBar } from "@/components/uploads/progress-bar";
import { requireSection } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recenteHerberekeningen } from "@/lib/rio/queries";

// The tab's title; the product name is added by the root layout's template.
export async function generateMetadata() {
  const t = await getTranslations("herberekeningen");
  return { title: t("title") };
}

export default async function HerberekeningenPage() {
  await requireSection("beheer");
  const t = await getTranslations("herberekeningen");
  const jobs = await recenteHerberekeningen(db);
  const running = jobs.some((j) => j.status === "IN_WACHTRIJ" || j.status === "BEZIG");
  return (
    <>
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph mb-6 max-w-prose">{t("intro")}</p>
      <AutoRefresh active={running} />
      {jobs.length === 0 ? <p className="utrecht-paragraph">{t("geen")}</p> : null}
      <ol className="flex flex-col gap-4">
        {jobs.map((j) => {
          const percent = j.totaal === 0 ? (j.status === "KLAAR" ? 100 : 0) : (j.verwerkt / j.totaal) * 100;
          return (
            <li key={j.id} id={`h-${j.id}`} className="rounded border border-[var(--bron-border)] bg-white p-4">
              <h2 className="utrecht-heading-3">{j.aanleiding}</h2>
              <p className="mb-2 text-sm">{t("door", { actor: j.actor, tijdstip: formatDateTime(j.aangemaaktOp) })}</p>
              <ProgressBar
                id={`voortgang-${j.id}`}
                label={t(`status.${j.status}`)}
                value={percent}
                valueText={t("voortgang", { verwerkt: j.verwerkt, totaal: j.totaal })}
              />
              <p className="mt-2" role={j.status === "KLAAR" ? "status" : undefined}>
                {t("resultaat", { verwerkt: j.verwerkt, totaal: j.totaal, gewijzigd: j.gewijzigd })}
                {j.klaarOp ? ` ${t("klaar", { tijdstip: formatDateTime(j.klaarOp) })}` : ""}
              </p>
              {j.foutmelding ? <p className="text-[var(--bron-error)]">{j.foutmelding}</p> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
