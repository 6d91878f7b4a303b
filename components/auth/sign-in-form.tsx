"use client";
// E-mail + password through next-auth's Credentials provider, and the organisation's OIDC provider
// when configured. One message for every failure: it never says whether an account exists.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export function SignInForm({
  callbackUrl,
  passwords,
  oidcName,
  failed,
  demoHint,
}: {
  callbackUrl: string;
  passwords: boolean;
  oidcName: string | null;
  failed: boolean;
  demoHint: boolean;
}) {
  const t = useTranslations("signIn");
  const [error, setError] = useState(failed);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(false);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // Checked again here: this is the redirect the browser performs, whatever the page passed.
      window.location.assign(safeCallbackPath(callbackUrl, window.location.origin) ?? "/");
      return;
    }
    setBusy(false);
    setError(true);
  }

  return (
    <div className="flex flex-col gap-6">
      {error ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{t("failed")}</p>
        </div>
      ) : null}
      {passwords ? (
        <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
          <p className="utrecht-paragraph">{t("intro")}</p>
          <div className="utrecht-form-field">
            <label htmlFor="email" className="utrecht-form-label block font-semibold">
              {t("email")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              className="utrecht-textbox utrecht-textbox--html-input w-full"
            />
          </div>
          <div className="utrecht-form-field">
            <label htmlFor="password" className="utrecht-form-label block font-semibold">
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className="utrecht-textbox utrecht-textbox--html-input w-full"
            />
          </div>
          <button
            type="submit"
            disabled={busy}
            aria-busy={busy}
            className="utrecht-button utrecht-button--primary-action self-start"
          >
            {busy ? t("busy") : t("submit")}
          </button>
          {demoHint ? <p className="text-sm text-[var(--bron-muted)]">{t("demoHint")}</p> : null}
        </form>
      ) : null}
      {oidcName ? (
        <div className="flex flex-col gap-2">
          {passwords ? <p className="utrecht-paragraph">{t("oidc")}</p> : null}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action self-start"
            onClick={() => void signIn("oidc", { callbackUrl })}
          >
            {oidcName}
          </button>
        </div>
      ) : null}
    </div>
  );
}
