// The 404 page: also what another institution's data, or a section the role may not use, looks like.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto my-12 max-w-2xl rounded bg-white p-8 shadow-sm">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph my-4">{t("body")}</p>
      <Link href="/" className="utrecht-link">
        {t("home")}
      </Link>
    </main>
  );
}
