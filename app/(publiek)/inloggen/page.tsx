// `/inloggen`: the portal's own sign-in page.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getSession } from "@/lib/auth/session";
import { homePath } from "@/lib/auth/roles";
import { env } from "@/lib/env";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

/** Only places on the portal itself, so the sign-in page cannot be used to send people elsewhere. */
const safeCallback = (value: string | string[] | undefined) =>
  safeCallbackPath(value, env.NEXTAUTH_URL ?? "http://portaal.invalid");

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await getSession();
  const callbackUrl = safeCallback(params.callbackUrl);
  if (user) redirect(callbackUrl ?? homePath(user.rol));
  const t = await getTranslations();
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto my-12 max-w-md rounded bg-white p-8 shadow-sm">
      <p className="mb-2 font-semibold text-[var(--bron-lint)]">{t("app.name")}</p>
      <h1 className="utrecht-heading-1 mb-4">{t("signIn.title")}</h1>
      <SignInForm
        callbackUrl={callbackUrl ?? "/"}
        passwords={env.AUTH_PASSWORDS}
        oidcName={env.OIDC_ISSUER ? env.OIDC_NAME : null}
        failed={typeof params.error === "string"}
        demoHint={env.NODE_ENV !== "production" || !env.DATABASE_URL}
      />
    </main>
  );
}
