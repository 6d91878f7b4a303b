"use client";
// The live state of one upload: polls the status route every second while it waits or runs, shows the
// progress bar, rows/s and time left, and the counts; all state is on the server, so the page may be
// closed and reopened. When the upload finishes, the server part of the page (report) is refreshed.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { UploadStatusJson } from "@/lib/register/uploads/queries";
import { formatDateTime } from "@/components/ui/format";
import { estimate, isOpen, minutesAndSeconds } from "./progress-estimate";
import { ProgressBar } from "./progress-bar";
import { fetchUploadStatus, uploadKeys } from "./query";
import { UploadCounts } from "./upload-counts";

export function UploadProgress({ brin, initial }: { brin: string; initial: UploadStatusJson }) {
  const t = useTranslations("uploads.detail");
  const tStatus = useTranslations("uploads.status");
  const locale = useLocale();
  const router = useRouter();
  const query = useQuery({
    queryKey: uploadKeys.status(brin, initial.id),
    queryFn: () => fetchUploadStatus(brin, initial.id),
    initialData: initial,
    refetchInterval: (q) => (q.state.data && isOpen(q.state.data.status) ? 1000 : false),
    retry: 3,
  });
  const s = query.data;
  const open = isOpen(s.status);

  // Finished while watching: render the server part again (summary, error report).
  const wasOpen = useRef(isOpen(initial.status));
  useEffect(() => {
    if (wasOpen.current && !open) {
      wasOpen.current = false;
      router.refresh();
    }
  }, [open, router]);

  const { rijenPerSeconde, resterendSeconden } = estimate(s);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const left = resterendSeconden === null ? null : minutesAndSeconds(resterendSeconden);

  return (
    <section aria-labelledby="voortgang-titel" className="flex flex-col gap-4">
      <h2 id="voortgang-titel" className="utrecht-heading-2">
        {t("verwerking")}
      </h2>
      {/* Announces the phase (waiting, running, done) once, not every percent. */}
      <p role="status" className="text-lg">
        <span className="font-semibold">{t("statusLabel")}</span>{" "}
        <span data-testid="upload-status">{tStatus(s.status)}</span>
        {s.klaarOp && !open ? <> · {t("klaarOp", { datum: formatDateTime(s.klaarOp) })}</> : null}
      </p>
      {s.status === "IN_WACHTRIJ" ? <p className="utrecht-paragraph">{t("wachtrij")}</p> : null}
      {s.status !== "MISLUKT" ? <ProgressBar id="verwerking" label={t("voortgang")} value={s.voortgang} /> : null}
      {s.status === "BEZIG" || s.status === "KLAAR" ? (
        <p className="utrecht-paragraph" data-testid="upload-snelheid">
          {rijenPerSeconde === null ? t("snelheidOnbekend") : t("snelheid", { aantal: number.format(rijenPerSeconde) })}
          {s.status === "BEZIG" ? (
            <>
              {" · "}
              {left === null
                ? t("resterendOnbekend")
                : left.minuten > 0
                  ? t("resterendMinuten", left)
                  : t("resterendSeconden", left)}
            </>
          ) : null}
        </p>
      ) : null}
      {open ? <p className="text-sm text-[var(--bron-muted)]">{t("sluiten")}</p> : null}
      {s.status === "MISLUKT" ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <div className="flex flex-col gap-1">
            <p className="utrecht-paragraph font-semibold">{t("mislukt")}</p>
            {s.foutmelding ? (
              <p className="utrecht-paragraph" data-testid="upload-foutmelding">
                {s.foutmelding}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      {query.isError ? (
        <div role="alert" className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">{t("pollFailed")}</p>
        </div>
      ) : null}
      <UploadCounts status={s} />
    </section>
  );
}
