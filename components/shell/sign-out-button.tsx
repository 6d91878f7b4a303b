"use client";
// Signs out through next-auth and returns to the sign-in page.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/inloggen" })}
      className="underline underline-offset-4 hover:no-underline"
    >
      {t("signOut")}
    </button>
  );
}
