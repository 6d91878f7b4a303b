// Previous/next links for a paged list, keeping the other search parameters; hidden when one page suffices.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pager({
  label,
  pagina,
  paginas,
  href,
}: {
  label: string;
  pagina: number;
  paginas: number;
  href: (pagina: number) => string;
}) {
  if (paginas <= 1) return null;
  const t = await getTranslations("uploads.pager");
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-4">
      {pagina > 1 ? (
        <Link href={href(pagina - 1)} className="utrecht-link" rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("position", { pagina, paginas })}</span>
      {pagina < paginas ? (
        <Link href={href(pagina + 1)} className="utrecht-link" rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
