// For users of several institutions: the list of their institutions, the current one marked.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionInstelling } from "@/lib/auth/session";

export async function InstitutionSwitcher({
  instellingen,
  current,
}: {
  instellingen: SessionInstelling[];
  current: string;
}) {
  const t = await getTranslations("shell");
  if (instellingen.length < 2) return null;
  return (
    <nav aria-label={t("switchInstitution")} className="rounded bg-white p-4 shadow-sm">
      <h2 className="mb-2 text-base font-semibold">{t("switchInstitution")}</h2>
      <ul className="flex flex-col gap-1">
        {instellingen.map((i) => (
          <li key={i.brin}>
            <Link
              href={`/instelling/${i.brin}`}
              aria-current={i.brin === current ? "page" : undefined}
              className="utrecht-link aria-[current=page]:font-bold"
            >
              {i.naam} ({i.brin})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
