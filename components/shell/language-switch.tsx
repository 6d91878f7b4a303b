// A one-button form that switches between Dutch and English (works without JavaScript).
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/actions";

export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={t("switchToLabel")}
        className="underline underline-offset-4 hover:no-underline"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
