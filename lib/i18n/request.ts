// next-intl without locale routing: the language is a cookie (Dutch unless the user chose English).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default as Record<string, unknown>;
  return { locale, messages, timeZone: "Europe/Amsterdam" };
});
