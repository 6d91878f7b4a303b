// One row's funding on a teldatum in a list: J/N, the codes as links with their explanation on
// hover, and V (voorlopig) or D (definitief) with its meaning for screen readers and on hover.
import { getTranslations } from "next-intl/server";
import type { Taal } from "@/lib/bekostiging/codes";
import { CodeLink } from "./code-link";

export async function BekostigingCel({
  bekostiging,
  taal,
}: {
  bekostiging: { status: "J" | "N"; codes: string[]; definitief: boolean } | null;
  taal: Taal;
}) {
  const t = await getTranslations("lijst.bekostiging");
  if (!bekostiging)
    return (
      <span title={t("geen")}>
        —<span className="sr-only"> {t("geen")}</span>
      </span>
    );
  const vd = bekostiging.definitief ? "D" : "V";
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className={bekostiging.status === "N" ? "font-semibold text-[var(--bron-error)]" : "font-semibold"}>
        <abbr title={bekostiging.status === "J" ? t("J") : t("N")}>{bekostiging.status}</abbr>
      </span>
      {bekostiging.codes.map((code) => (
        <CodeLink key={code} code={code} taal={taal} />
      ))}
      <abbr title={bekostiging.definitief ? t("D") : t("V")} className="text-sm text-[var(--bron-muted)]">
        {vd}
      </abbr>
    </span>
  );
}
