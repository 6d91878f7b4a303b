// The counts of an upload as figures, and verwerkt vs afgekeurd as a bar for those who would rather look.
import { useTranslations } from "next-intl";
import { Stat } from "@/components/ui/stat";
import type { UploadStatusJson } from "@/lib/register/uploads/queries";

export function UploadCounts({ status: s }: { status: UploadStatusJson }) {
  const t = useTranslations("uploads.detail");
  const done = s.verwerkt + s.afgekeurd;
  const share = (n: number) => (done > 0 ? `${(n * 100) / done}%` : "0%");
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-5" data-testid="upload-aantallen">
        <Stat label={t("rijen")} value={s.rijen} />
        <Stat label={t("meldingen")} value={s.meldingen} />
        <Stat label={t("verwerkt")} value={s.verwerkt} />
        <Stat label={t("afgekeurd")} value={s.afgekeurd} />
        <Stat label={t("signalen")} value={s.signalen} />
      </dl>
      {done > 0 ? (
        // The figures above say the same in text; the bar is a picture of them only.
        <figure aria-hidden="true" className="flex flex-col gap-1">
          <figcaption className="text-sm text-[var(--bron-muted)]">{t("verdeling")}</figcaption>
          <div className="flex h-6 w-full overflow-hidden rounded border border-[var(--bron-border)]">
            <div className="h-full bg-[#39870c]" style={{ width: share(s.verwerkt) }} />
            <div className="h-full bg-[var(--bron-error)]" style={{ width: share(s.afgekeurd) }} />
          </div>
          <div className="flex gap-4 text-sm">
            <span className="flex items-center gap-1">
              <span className="inline-block h-3 w-3 bg-[#39870c]" /> {t("verwerkt")}
            </span>
            <span className="flex items-center gap-1">
              <span className="inline-block h-3 w-3 bg-[var(--bron-error)]" /> {t("afgekeurd")}
            </span>
          </div>
        </figure>
      ) : null}
    </>
  );
}
