// Keyset paging links (first, previous, next) that keep the list's filters in the URL.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pager({
  basePath,
  params,
  vorige,
  volgende,
}: {
  basePath: string;
  params: URLSearchParams;
  vorige: number | null;
  volgende: number | null;
}) {
  if (vorige === null && volgende === null) return null;
  const t = await getTranslations("paging");
  const href = (extra?: [string, number]) => {
    const p = new URLSearchParams(params);
    if (extra) p.set(extra[0], String(extra[1]));
    const qs = p.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <nav aria-label={t("label")} className="mt-4">
      <ul className="flex flex-wrap gap-4">
        {vorige !== null ? (
          <>
            <li>
              <Link href={href()} className="utrecht-link">
                {t("first")}
              </Link>
            </li>
            <li>
              <Link href={href(["voor", vorige])} rel="prev" className="utrecht-link">
                {t("previous")}
              </Link>
            </li>
          </>
        ) : null}
        {volgende !== null ? (
          <li>
            <Link href={href(["na", volgende])} rel="next" className="utrecht-link">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
