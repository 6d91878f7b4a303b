// The frame of a form page: the way back to the student (or the list), the title and what happens on saving.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function FormulierPagina({
  terugHref,
  terugLabel,
  titel,
  children,
}: {
  terugHref: string;
  terugLabel: string;
  titel: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("formulier");
  return (
    <>
      <p className="mb-2">
        <Link href={terugHref} className="utrecht-link">
          {terugLabel}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 mb-2">{titel}</h1>
      <p className="utrecht-paragraph mb-6 max-w-3xl text-[var(--bron-muted)]">{t("intro")}</p>
      {children}
    </>
  );
}
