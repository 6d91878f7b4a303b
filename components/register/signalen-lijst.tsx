// The signalen on an inschrijving and its BPV, each with its Dutch explanation and what it names.
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";
import { codeTekst, type Taal } from "@/lib/bekostiging/codes";
import type { DetailSignaal } from "@/lib/register/queries/deelnemer-detail";
import { CodeLink } from "./code-link";

export async function SignalenLijst({ signalen, taal }: { signalen: DetailSignaal[]; taal: Taal }) {
  const t = await getTranslations("deelnemer");
  if (signalen.length === 0) return <p className="utrecht-paragraph">{t("geenSignalen")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {signalen.map((s) => (
        <li
          key={`${s.code}-${s.sleutel}`}
          className="rounded border-l-4 border-[var(--bron-focus)] bg-[var(--bron-subtle)] p-2"
        >
          <CodeLink code={s.code} taal={taal} /> {codeTekst(s.code, taal)?.omschrijving}
          {s.soort === "BPV" ? <> {t("signaalBpv", { bpv: s.sleutel.split("/")[1] ?? s.sleutel })}</> : null}
          {s.parameters.brin ? <> {t("signaalBrin", { brin: s.parameters.brin.split(",").join(", ") })}</> : null}
          {s.parameters.datumUitschrijving ? (
            <> {t("signaalUitschrijving", { datum: formatDate(s.parameters.datumUitschrijving) })}</>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
