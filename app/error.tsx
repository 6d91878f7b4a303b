"use client";
// Unexpected errors: a generic message and the reference that the server log carries; never a stack.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto my-12 max-w-2xl rounded bg-white p-8 shadow-sm">
      <h1 className="utrecht-heading-1">{t("title")}</h1>
      <p className="utrecht-paragraph my-4">{t("body", { reference: error.digest ?? "—" })}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}
