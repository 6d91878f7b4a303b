// The portal's name and owner in the header band, linking home.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Brand() {
  const t = await getTranslations("app");
  return (
    <Link href="/" className="text-xl font-bold no-underline">
      {t("name")}
      <span className="block text-sm font-normal">{t("owner")}</span>
    </Link>
  );
}
